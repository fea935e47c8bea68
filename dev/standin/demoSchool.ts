import {
  DEMO_ROSTERS,
  FIRST_ROSTER_LOOKUP_ID,
  rosterOf,
  rosterPupilEmail,
  type RosterPupilSeed,
} from './demoRosters';
import type { Directory } from './directory/directory';
import type {
  AppGrant,
  DirectorySite,
  DirectoryTeam,
  DirectoryUser,
  OnlineMeetingProvider,
  SiteRole,
} from './directory/model';

/**
 * Oakfield Primary School: the invented tenant the stand-in starts with. Users, class teams and sites only;
 * the IEP lists are created by the product's own provisioning code over HTTP, and staff calendars by the
 * calendar routes. Ids are fixed so demo links and tests stay stable across restarts.
 */
export const DEMO_TENANT = {
  tenantId: '6d1f4a52-3b8e-4c19-9a7d-2e5b0c8f1a34',
  organisationName: 'Oakfield Primary School',
  hostname: 'contoso.sharepoint.com',
} as const;

const CREATED = '2024-09-02T08:00:00Z';

interface DemoUserSeed {
  readonly key: string;
  readonly id: string;
  readonly givenName: string;
  readonly surname: string;
  /** The mailbox's primary SMTP address (`mail`). */
  readonly email: string;
  /** The sign-in name, when it is not the mail address (schools often keep older short UPNs). */
  readonly upn?: string;
  /** Other addresses that reach the same mailbox. */
  readonly aliases?: readonly string[];
  /** Absent: Teams meetings allowed. */
  readonly onlineMeetingProviders?: readonly OnlineMeetingProvider[];
  readonly jobTitle: string;
  /** Shown in the persona switcher. */
  readonly role: string;
}

const USERS: readonly DemoUserSeed[] = [
  {
    key: 'senco',
    id: '3f2a8c61-7d4e-4b1a-9c05-1e6f2d8a4b73',
    givenName: 'Priya',
    surname: 'Shah',
    email: 'senco@oakfield.example',
    jobTitle: 'SENCO',
    role: 'SENCO',
  },
  {
    key: 'head',
    id: '8b4e1d27-2c9f-4a63-b8e1-5d0c7a2f9e46',
    givenName: 'David',
    surname: 'Okafor',
    email: 'head@oakfield.example',
    // Teams meetings are not licensed for this mailbox: Outlook can only make ordinary meetings.
    onlineMeetingProviders: [],
    jobTitle: 'Head teacher',
    role: 'Head teacher',
  },
  {
    key: 'year3Teacher',
    id: 'c71d5e08-4a2b-4f9c-8d36-9b1e0f4a7c25',
    givenName: 'Emma',
    surname: 'Clarke',
    email: 'emma.clarke@oakfield.example',
    jobTitle: 'Class teacher',
    role: 'Class teacher (Year 3 Kestrels)',
  },
  {
    key: 'year4Teacher',
    id: '1a9e6f34-8b7c-4d02-a5e9-3c8d2b1f6e07',
    givenName: 'James',
    surname: 'Patel',
    email: 'james.patel@oakfield.example',
    jobTitle: 'Class teacher',
    role: 'Class teacher (Year 4 Otters)',
  },
  {
    key: 'year5Teacher',
    id: 'e5c8b2a9-6f1d-4e7a-b3c4-7a0e9d5f2b18',
    givenName: 'Sarah',
    surname: 'Hughes',
    email: 'sarah.hughes@oakfield.example',
    // Signs in with an older short name; plans name her by her mail address.
    upn: 's.hughes@oakfield.example',
    aliases: ['s.hughes@oakfield.example', 'sarah.hughes@oakfieldprimary.example'],
    jobTitle: 'Class teacher',
    role: 'Class teacher (Year 5 Foxes)',
  },
  {
    key: 'year3Assistant',
    id: '4d7b3e95-1c6a-4f28-9e0b-8f2a5c7d1e69',
    givenName: 'Tom',
    surname: 'Bennett',
    email: 'tom.bennett@oakfield.example',
    jobTitle: 'Teaching assistant',
    role: 'Teaching assistant (Year 3 Kestrels)',
  },
  {
    key: 'year4Assistant',
    id: '9f0c2d71-5e8b-4a3c-b6d9-2e4f7a1c8b50',
    givenName: 'Aisha',
    surname: 'Rahman',
    email: 'aisha.rahman@oakfield.example',
    jobTitle: 'Teaching assistant',
    role: 'Teaching assistant (Year 4 Otters)',
  },
  {
    key: 'year5Assistant',
    id: '6b8e4f13-9a2d-4c75-8e1f-0d3b6c9a2e84',
    givenName: 'Grace',
    surname: "O'Brien",
    email: 'grace.obrien@oakfield.example',
    jobTitle: 'Teaching assistant',
    role: 'Teaching assistant (Year 5 Foxes)',
  },
  {
    key: 'pupil',
    id: 'a2c5e7f9-3b1d-4e6a-9c8b-7f0e2d4a6c31',
    givenName: 'Leo',
    surname: 'Turner',
    email: 'leo.turner@oakfield.example',
    jobTitle: 'Pupil',
    role: 'Pupil (Year 4 Otters)',
  },
];

const userId = (key: string): string => {
  const user = USERS.find((u) => u.key === key);
  if (!user) throw new Error(`No demo user '${key}'.`);
  return user.id;
};

/** On the SEN site the SENCO is an owner and the other staff are members; pupils have no access at all. */
const SEN_SITE_ROLES: Readonly<Record<string, SiteRole>> = Object.fromEntries(
  USERS.filter((u) => u.key !== 'pupil').map((u) => [u.id, u.key === 'senco' ? 'fullControl' : 'edit']),
);

/**
 * The demo's grant on the SEN site: 'fullcontrol', because the product's setup creates the IEP lists and
 * secures each pupil's records (breaking inheritance, adding role assignments), which needs Manage
 * permissions (docs/ACCESS.md, "The app's grant"). The user's own rights still apply on top of it.
 */
export const DEMO_SEN_SITE_GRANT: AppGrant = 'fullcontrol';

interface DemoClassSeed {
  readonly teamId: string;
  readonly displayName: string;
  readonly sitePath: string;
  readonly siteGuids: readonly [string, string];
  readonly teacher: string;
  readonly assistant: string;
  readonly pupils: readonly string[];
}

const CLASSES: readonly DemoClassSeed[] = [
  {
    teamId: '0e3b7a15-6c2d-4f98-a1e4-5b9c8d2f7a60',
    displayName: 'Year 3 Kestrels',
    sitePath: '/sites/Year3Kestrels',
    siteGuids: ['5c1e9a37-2f4b-4d86-b0a3-6e8d1c4f9b72', 'd4a8c2e6-1b9f-4a57-8c3d-0f7e5b2a9c14'],
    teacher: 'year3Teacher',
    assistant: 'year3Assistant',
    pupils: [],
  },
  {
    teamId: '7f5d2c98-3a1e-4b6c-9d07-8e2a4f6c1b35',
    displayName: 'Year 4 Otters',
    sitePath: '/sites/Year4Otters',
    siteGuids: ['b9e3f1a5-7c2d-4e08-a6b4-3d9f0c7e2a58', '2e6a9d4c-8f1b-4c37-b5e0-9a4c1f8d6b23'],
    teacher: 'year4Teacher',
    assistant: 'year4Assistant',
    pupils: ['pupil'],
  },
  {
    teamId: 'c3a9e6b2-0d4f-4a71-8b5c-2f7e9a1d4c86',
    displayName: 'Year 5 Foxes',
    sitePath: '/sites/Year5Foxes',
    siteGuids: ['8d2f6b0a-4e9c-4f13-a7d5-1c6e3b9f0a47', 'f1b7d3e9-5a0c-4b62-9e8f-4a2d7c5b1e90'],
    teacher: 'year5Teacher',
    assistant: 'year5Assistant',
    pupils: [],
  },
];

const SEN_SITE_GUIDS = [
  'a7c3e9b1-4d2f-4a8e-9b6c-1e5f3d7a0c92',
  '3b9d5f1e-7a4c-4e20-8d6b-2c0a9e4f7b15',
] as const;
const siteId = (guids: readonly [string, string] | readonly string[]): string =>
  `${DEMO_TENANT.hostname},${guids.join(',')}`;

/** The school's SEN site, in the `hostname:/path` form app-config.json uses. */
export const DEMO_SEN_SITE = `${DEMO_TENANT.hostname}:/sites/SEN`;
export const DEMO_SEN_SITE_ID = siteId(SEN_SITE_GUIDS);

export interface DemoPersona {
  readonly name: string;
  /** The sign-in name, as a real account would give it (the UPN, not always the mail address). */
  readonly email: string;
  readonly role: string;
}

const upnOf = (seed: DemoUserSeed): string => seed.upn ?? seed.email;

/** Offered by the persona switcher in local mode (app-config.json `personas`). */
export const DEMO_PERSONAS: readonly DemoPersona[] = USERS.map((u) => ({
  name: `${u.givenName} ${u.surname}`,
  email: upnOf(u),
  role: u.role,
}));

/** Ids other stand-in modules and tests can rely on. */
export const DEMO_SCHOOL = {
  ...DEMO_TENANT,
  senSite: DEMO_SEN_SITE,
  senSiteId: DEMO_SEN_SITE_ID,
  users: Object.fromEntries(
    USERS.map((u) => [
      u.key,
      { id: u.id, email: u.email, upn: upnOf(u), name: `${u.givenName} ${u.surname}` },
    ]),
  ) as Record<string, { id: string; email: string; upn: string; name: string }>,
  classes: CLASSES.map((c) => ({
    teamId: c.teamId,
    displayName: c.displayName,
    siteId: siteId(c.siteGuids),
    sitePath: c.sitePath,
    isEducationClass: rosterOf(c.teamId)?.isEducationClass ?? false,
    /** The roster's pupil accounts beyond the pupil persona, with whether the seeded register has them. */
    rosterPupils: (rosterOf(c.teamId)?.pupils ?? []).map((p) => ({
      id: p.id,
      givenName: p.givenName,
      surname: p.surname,
      email: rosterPupilEmail(p, 'oakfield.example'),
      onRegister: p.onRegister,
    })),
  })),
} as const;

const toUser = (seed: DemoUserSeed, index: number): DirectoryUser => ({
  id: seed.id,
  displayName: `${seed.givenName} ${seed.surname}`,
  givenName: seed.givenName,
  surname: seed.surname,
  mail: seed.email,
  userPrincipalName: upnOf(seed),
  jobTitle: seed.jobTitle,
  lookupId: 11 + index,
  proxyAddresses: [`SMTP:${seed.email}`, ...(seed.aliases ?? []).map((alias) => `smtp:${alias}`)],
  ...(seed.onlineMeetingProviders ? { allowedOnlineMeetingProviders: seed.onlineMeetingProviders } : {}),
  primaryRole: seed.key === 'pupil' ? 'student' : 'teacher',
});

const ROSTER_PUPILS: readonly RosterPupilSeed[] = DEMO_ROSTERS.flatMap((roster) => roster.pupils);

const toRosterUser = (seed: RosterPupilSeed, index: number): DirectoryUser => {
  const email = rosterPupilEmail(seed, 'oakfield.example');
  return {
    id: seed.id,
    displayName: `${seed.givenName} ${seed.surname}`,
    givenName: seed.givenName,
    surname: seed.surname,
    mail: email,
    userPrincipalName: email,
    jobTitle: 'Pupil',
    lookupId: FIRST_ROSTER_LOOKUP_ID + index,
    primaryRole: 'student',
  };
};

const toTeam = (seed: DemoClassSeed): DirectoryTeam => {
  const teacher = userId(seed.teacher);
  const members = [
    teacher,
    userId(seed.assistant),
    userId('senco'),
    userId('head'),
    ...seed.pupils.map(userId),
    ...(rosterOf(seed.teamId)?.pupils ?? []).map((p) => p.id),
  ];
  return {
    id: seed.teamId,
    displayName: seed.displayName,
    description: `Class team for ${seed.displayName}`,
    ownerIds: [teacher, userId('senco')],
    memberIds: members,
    siteId: siteId(seed.siteGuids),
    isEducationClass: rosterOf(seed.teamId)?.isEducationClass ?? false,
  };
};

const toClassSite = (seed: DemoClassSeed, team: DirectoryTeam): DirectorySite => ({
  id: siteId(seed.siteGuids),
  hostname: DEMO_TENANT.hostname,
  serverRelativePath: seed.sitePath,
  name: seed.sitePath.replace('/sites/', ''),
  displayName: seed.displayName,
  description: `Team site for ${seed.displayName}`,
  createdDateTime: CREATED,
  userRoles: Object.fromEntries([
    ...team.memberIds.map((id) => [id, 'edit'] as const),
    ...team.ownerIds.map((id) => [id, 'fullControl'] as const),
  ]),
  // IEP Planner is selected for the SEN site only.
  appGrant: 'none',
  groupId: team.id,
});

/**
 * The SEN site is group-connected (docs/DEPLOY.md): its Microsoft 365 group's members are the site's
 * members and owners, the claim `all-staff` read access puts into IEP Read-only staff.
 */
export const DEMO_SEN_GROUP_ID = '6d2b8f40-9c1a-4e57-b3d8-0a7f5e2c9b14';

const senSite = (appGrant: AppGrant): DirectorySite => ({
  id: DEMO_SEN_SITE_ID,
  hostname: DEMO_TENANT.hostname,
  serverRelativePath: '/sites/SEN',
  name: 'SEN',
  displayName: 'SEN',
  description: 'Special educational needs: confidential pupil plans (staff only)',
  createdDateTime: CREATED,
  userRoles: SEN_SITE_ROLES,
  appGrant,
  groupId: DEMO_SEN_GROUP_ID,
});

/**
 * Sites stored by an earlier stand-in listed readers only; they get the demo's roles and grants, so an
 * existing demo data folder keeps working.
 */
function upgradeDemoSites(directory: Directory): void {
  for (const seed of CLASSES) {
    const stored = directory.sites.get(siteId(seed.siteGuids));
    const team = directory.teams.get(seed.teamId);
    if (stored && team && stored.userRoles === undefined)
      directory.sites.put(stored.id, toClassSite(seed, team));
  }
  const sen = directory.sites.get(DEMO_SEN_SITE_ID);
  if (sen && sen.userRoles === undefined) directory.sites.put(sen.id, senSite(DEMO_SEN_SITE_GRANT));
  // Demo data from before the care-team permissions had the earlier 'manage' grant, which cannot secure pupils.
  else if (sen && sen.appGrant === 'manage')
    directory.sites.put(sen.id, { ...sen, appGrant: DEMO_SEN_SITE_GRANT });
  // Demo data from before the SEN site was group-connected.
  const stored = directory.sites.get(DEMO_SEN_SITE_ID);
  if (stored && stored.groupId === undefined)
    directory.sites.put(stored.id, { ...stored, groupId: DEMO_SEN_GROUP_ID });
}

/**
 * A demo data folder from before class rosters gets the roster pupils' accounts, the staff's and the
 * pupil persona's education roles, and the class teams with their pupils, so import has someone to offer.
 */
function upgradeDemoRosters(directory: Directory): void {
  const first = ROSTER_PUPILS[0];
  if (!first || directory.users.get(first.id)) return;
  USERS.forEach((seed) => {
    const stored = directory.users.get(seed.id);
    if (stored)
      directory.users.put(seed.id, { ...stored, primaryRole: seed.key === 'pupil' ? 'student' : 'teacher' });
  });
  ROSTER_PUPILS.forEach((seed, index) => directory.users.put(seed.id, toRosterUser(seed, index)));
  for (const seed of CLASSES) {
    const team = toTeam(seed);
    directory.teams.put(team.id, team);
    directory.sites.put(siteId(seed.siteGuids), toClassSite(seed, team));
  }
}

/** Puts the demo school into an empty directory; with users already there, only brings old records up to date. */
export function seedDemoSchool(directory: Directory): void {
  if (directory.users.size > 0) {
    upgradeDemoSites(directory);
    upgradeDemoRosters(directory);
    return;
  }
  directory.setTenant(DEMO_TENANT);
  USERS.forEach((seed, index) => directory.users.put(seed.id, toUser(seed, index)));
  ROSTER_PUPILS.forEach((seed, index) => directory.users.put(seed.id, toRosterUser(seed, index)));
  for (const seed of CLASSES) {
    const team = toTeam(seed);
    directory.teams.put(team.id, team);
    const site = toClassSite(seed, team);
    directory.sites.put(site.id, site);
  }
  directory.sites.put(DEMO_SEN_SITE_ID, senSite(DEMO_SEN_SITE_GRANT));
}
