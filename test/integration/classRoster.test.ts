/**
 * A class's roster for the register import, against the stand-in over HTTP: the composition root's
 * `listClassRoster` with the demo personas' local tokens (which carry the scopes asked for), and the
 * adapter itself for what the personas cannot show (a token without the scope, a class of 250).
 */
import type { AppConfig } from '../../src/app/config';
import { createServices } from '../../src/app/services';
import { createLocalTokenProvider } from '../../src/auth/localTokenProvider';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { AccessDenied, asClassTeamId, fixedClock } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import { loadClassRoster } from '../../src/graph/directory/classRoster';
import { DEMO_PERSONAS, DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { internalsOf } from '../../dev/standin/internals';
import type { StandIn } from '../../dev/standin/server';
import { startTestStandIn } from '../../dev/standin/testSupport';

let standIn: StandIn;
let config: AppConfig;
const clock = fixedClock('2026-11-24T09:00:00Z');

const persona = (key: string) => {
  const email = DEMO_SCHOOL.users[key]?.upn;
  const found = DEMO_PERSONAS.find((p) => p.email === email);
  if (!found) throw new Error(`no demo persona ${key}`);
  return found;
};

const demoClass = (displayName: string) => {
  const found = DEMO_SCHOOL.classes.find((c) => c.displayName === displayName);
  if (!found) throw new Error(`no demo class ${displayName}`);
  return found;
};
const KESTRELS = demoClass('Year 3 Kestrels');
const FOXES = demoClass('Year 5 Foxes');

interface SeenRequest {
  readonly path: string;
  readonly token: string;
}

const recordingFetch = (seen: SeenRequest[]): typeof fetch => {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    seen.push({ path: new URL(url).pathname, token: headers.get('Authorization') ?? '' });
    return fetch(input, init);
  };
};

const clientAs = (email: string, scopes: readonly string[], fetchImpl?: typeof fetch) =>
  createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: (asked) => createLocalTokenProvider(() => ({ name: '', email })).getAccessToken(asked),
    scopes,
    retry: { maxRetries: 0, delaySeconds: 0 },
    ...(fetchImpl ? { fetchImpl } : {}),
  });

beforeAll(async () => {
  standIn = await startTestStandIn();
  config = {
    mode: 'local',
    graphBaseUrl: `${standIn.url}/`,
    senSite: DEMO_SCHOOL.senSite,
    personas: [...DEMO_PERSONAS],
  };
});
afterAll(() => standIn.close());

test('the class teacher sees her class’s pupils, by family name, and none of its staff', async () => {
  const services = await createServices(config, { clock, persona: persona('year3Teacher') });
  const roster = await services.listClassRoster(asClassTeamId(KESTRELS.teamId));
  expect(roster.source).toBe('education-class');
  expect(roster.students.map((s) => `${s.familyName}, ${s.givenName}`)).toEqual([
    'Fairbairn, Tilly',
    'Kapoor, Ishaan',
    'Kowalczyk, Maja',
    'Mensah, Amara',
    'Nowak, Yusuf',
    "O'Brien, Zoë",
    'Okoye, Darius',
    'Whitfield, Harvey',
  ]);
  expect(roster.students.map((s) => s.userId).sort()).toEqual(KESTRELS.rosterPupils.map((p) => p.id).sort());
});

test('the roster scope is asked for when the roster is opened, not before', async () => {
  const seen: SeenRequest[] = [];
  const services = await createServices(config, {
    clock,
    persona: persona('senco'),
    fetchImpl: recordingFetch(seen),
  });
  await services.listMyClasses();
  expect(seen.some((request) => request.token.includes('EduRoster.ReadBasic'))).toBe(false);
  await services.listClassRoster(asClassTeamId(KESTRELS.teamId));
  const rosterRequest = seen.find((request) => request.path.includes('/education/classes/'));
  expect(rosterRequest?.token).toContain('EduRoster.ReadBasic');
});

test('a teacher of another class is refused, as Graph refuses a class the caller is not in', async () => {
  const services = await createServices(config, { clock, persona: persona('year4Teacher') });
  await expect(services.listClassRoster(asClassTeamId(KESTRELS.teamId))).rejects.toBeInstanceOf(AccessDenied);
});

test('a token without EduRoster.ReadBasic is refused, even for the caller’s own class', async () => {
  const withoutRoster = clientAs(DEMO_SCHOOL.users['senco']?.email ?? '', GRAPH_SCOPES.base);
  await expect(loadClassRoster(withoutRoster, KESTRELS.teamId)).rejects.toBeInstanceOf(AccessDenied);
});

test('a plain team (not an education class) gives its members who are not owners', async () => {
  const services = await createServices(config, { clock, persona: persona('senco') });
  const roster = await services.listClassRoster(asClassTeamId(FOXES.teamId));
  expect(roster.source).toBe('team-members');
  const names = roster.students.map((s) => s.displayName);
  for (const pupil of FOXES.rosterPupils) expect(names).toContain(`${pupil.givenName} ${pupil.surname}`);
  // The owners (the class teacher and the SENCO) are staff; staff who are plain members cannot be told apart.
  expect(names).not.toContain('Sarah Hughes');
  expect(names).not.toContain('Priya Shah');
});

test('a class of 250 is read whole, page by page', async () => {
  const { directory } = internalsOf(standIn).services;
  const senco = DEMO_SCHOOL.users['senco']?.id ?? '';
  const pupils = Array.from({ length: 250 }, (_, i) => {
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    directory.users.put(id, {
      id,
      displayName: `Pupil ${String(i).padStart(3, '0')} Large`,
      givenName: `Pupil ${String(i).padStart(3, '0')}`,
      surname: 'Large',
      mail: `pupil${i}@oakfield.example`,
      userPrincipalName: `pupil${i}@oakfield.example`,
      jobTitle: 'Pupil',
      lookupId: 1000 + i,
      primaryRole: 'student',
    });
    return id;
  });
  const teamId = '11111111-2222-4333-8444-555555555555';
  directory.teams.put(teamId, {
    id: teamId,
    displayName: 'Year 6 Combined',
    description: 'A large class',
    ownerIds: [senco],
    memberIds: pupils,
    siteId: KESTRELS.siteId,
    isEducationClass: true,
  });
  const seen: SeenRequest[] = [];
  const client = clientAs(DEMO_SCHOOL.users['senco']?.email ?? '', GRAPH_SCOPES.roster, recordingFetch(seen));
  const roster = await loadClassRoster(client, teamId);
  expect(roster.students).toHaveLength(250);
  expect(new Set(roster.students.map((s) => s.userId)).size).toBe(250);
  expect(roster.students[0]?.givenName).toBe('Pupil 000');
  expect(roster.students[249]?.givenName).toBe('Pupil 249');
  expect(seen.filter((request) => request.path.endsWith('/members')).length).toBeGreaterThan(1);
});
