/**
 * The pupils in each demo class's roster, as School Data Sync would put them in the directory: student
 * accounts that are members of the class team. Some are already on the SEN register the seed writes
 * (dev/seed: the same names, so the import can say so) and at least four per class are not, for the
 * SENCO to import. Ids are fixed so the demo stays the same on every first run.
 */
export interface RosterPupilSeed {
  readonly id: string;
  readonly givenName: string;
  readonly surname: string;
  /** True when the seeded SEN register already has a pupil of this name in this class. */
  readonly onRegister: boolean;
}

export interface DemoRosterSeed {
  /** The class team (its group id). */
  readonly teamId: string;
  /** False for a team made as an ordinary team: the app then reads the team's members instead. */
  readonly isEducationClass: boolean;
  readonly pupils: readonly RosterPupilSeed[];
}

const pupil = (id: string, givenName: string, surname: string, onRegister = false): RosterPupilSeed => ({
  id,
  givenName,
  surname,
  onRegister,
});

export const DEMO_ROSTERS: readonly DemoRosterSeed[] = [
  {
    // Year 3 Kestrels
    teamId: '0e3b7a15-6c2d-4f98-a1e4-5b9c8d2f7a60',
    isEducationClass: true,
    pupils: [
      pupil('e8d79f49-af6d-414c-8a6f-188a424e617b', 'Zoë', "O'Brien", true),
      pupil('e3d6e4b9-d96e-482d-8d50-2d42af1ffe0d', 'Darius', 'Okoye', true),
      pupil('aa8b230f-3b05-4392-a6ea-1c0d2f8b9e9d', 'Yusuf', 'Nowak', true),
      pupil('a415c4c8-39a4-4721-9e85-eb9025ac45a0', 'Amara', 'Mensah'),
      pupil('1221b5a2-2155-441c-aff7-c0fcbbe8f88d', 'Harvey', 'Whitfield'),
      pupil('bea4256e-36c2-44c7-9885-bbac88043e5f', 'Ishaan', 'Kapoor'),
      pupil('2054fa81-6e7c-4c6a-87ac-5fed4b6ea010', 'Maja', 'Kowalczyk'),
      pupil('ff7d5ec0-9bc0-4e20-af25-29cad670a838', 'Tilly', 'Fairbairn'),
    ],
  },
  {
    // Year 4 Otters; Leo Turner, the pupil persona, is a member already (demoSchool.ts).
    teamId: '7f5d2c98-3a1e-4b6c-9d07-8e2a4f6c1b35',
    isEducationClass: true,
    pupils: [
      pupil('d59a0625-469d-4e78-be33-9eca03b1d74b', '美玲', '陈', true),
      pupil('cb4ac8b4-df0c-441f-95bf-54df258ececb', 'Hannah', 'Hussain', true),
      pupil('432ff218-ce59-45e6-a36b-0753cf4b1858', 'Ethan', 'Llewellyn', true),
      pupil('6fcfd73d-bea7-4239-b379-0dfbd38cadcd', 'Nia', 'Adeyemi'),
      pupil('e08409f0-cb34-4bfb-a3b6-bd8ff306dc01', 'Bartek', 'Nowicki'),
      pupil('3be93fb8-d995-4a62-9b11-96f741b79d35', 'Rosie', 'Pemberton'),
      pupil('8cb950a5-c147-4ea8-a5f3-1bed7c9df940', 'Zain', 'Chaudhry'),
    ],
  },
  {
    // Year 5 Foxes: made as an ordinary team, not through School Data Sync, so it has no education roster.
    teamId: 'c3a9e6b2-0d4f-4a71-8b5c-2f7e9a1d4c86',
    isEducationClass: false,
    pupils: [
      pupil('abb4da1c-6df8-4cf6-bb3e-7196906b630c', 'Siobhán', 'Murphy', true),
      pupil('a37e3728-6e08-4514-a37d-37395d3c6201', 'Layla', 'Thomas', true),
      pupil('58921843-1e0b-4ee5-a7be-99ae5052aa32', 'Ffion', 'Silva', true),
      pupil('a23fb787-cc5a-4d8f-983c-a1bed1d42a63', 'Kofi', 'Asante'),
      pupil('72c8dd98-b0e0-4e90-834c-bf26fc559a25', 'Elsie', 'Marsh'),
      pupil('fcb627af-bf97-4520-9c76-df528de1c743', 'Rahul', 'Mistry'),
      pupil('ba9c678a-ad44-4d8b-b0bc-b8e32285c6af', 'Hollie', 'Dunn'),
    ],
  },
];

export const rosterOf = (teamId: string): DemoRosterSeed | undefined =>
  DEMO_ROSTERS.find((roster) => roster.teamId === teamId);

/** Roster pupils' accounts follow the staff in SharePoint's site-local user ids. */
export const FIRST_ROSTER_LOOKUP_ID = 40;

/** Sign-in names like the pupil persona's: given and family name, letters only, at the school's domain. */
export const rosterPupilEmail = (seed: RosterPupilSeed, domain: string): string => {
  const part = (name: string): string =>
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  const local = [part(seed.givenName), part(seed.surname)].filter((p) => p !== '').join('.');
  return `${local || `pupil.${seed.id.slice(0, 8)}`}@${domain}`;
};
