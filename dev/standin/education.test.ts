import fs from 'node:fs';
import { DEMO_PERSONAS, DEMO_SCHOOL } from './demoSchool';
import { internalsOf } from './internals';
import { startStandIn, type StandIn } from './server';
import { errorOf, graph, PUPIL, SENCO, startTestStandIn, TEACHER_Y3, tempDataDir } from './testSupport';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

const classNamed = (displayName: string) => {
  const found = DEMO_SCHOOL.classes.find((c) => c.displayName === displayName);
  if (!found) throw new Error(`no demo class ${displayName}`);
  return found;
};
const KESTRELS = classNamed('Year 3 Kestrels');
const OTTERS = classNamed('Year 4 Otters');
const FOXES = classNamed('Year 5 Foxes');

/** The local token with the scopes it was asked for, as src/auth/localTokenProvider.ts writes it. */
const withScopes = (as: string, scopes: readonly string[]) => ({
  as,
  headers: { Authorization: `Bearer local-dev-token:${as};scp=${scopes.join(',')}` },
});
const ROSTER = ['User.Read', 'EduRoster.ReadBasic'];

test('an education class lists its teachers and students as educationUsers, with primaryRole', async () => {
  const answer = await graph(
    standIn,
    'GET',
    `/education/classes/${KESTRELS.teamId}/members`,
    withScopes(SENCO, ROSTER),
  );
  expect(answer.status).toBe(200);
  expect(answer.body['@odata.context']).toMatch(/\$metadata#Collection\(microsoft\.graph\.educationUser\)$/);
  const members = answer.body.value ?? [];
  const students = members.filter((m) => m['primaryRole'] === 'student').map((m) => m['id']);
  expect(students.sort()).toEqual(KESTRELS.rosterPupils.map((p) => p.id).sort());
  const teachers = members.filter((m) => m['primaryRole'] === 'teacher').map((m) => m['displayName']);
  expect(teachers).toEqual(expect.arrayContaining(['Emma Clarke', 'Priya Shah']));
  expect(members.find((m) => m['id'] === KESTRELS.rosterPupils[0]?.id)).toMatchObject({
    givenName: 'Zoë',
    surname: "O'Brien",
    userType: 'Member',
  });
});

test('$select keeps the id and the fields asked for', async () => {
  const answer = await graph(
    standIn,
    'GET',
    `/education/classes/${KESTRELS.teamId}/members?$select=givenName,primaryRole`,
    withScopes(TEACHER_Y3, ROSTER),
  );
  expect(Object.keys(answer.body.value?.[0] ?? {}).sort()).toEqual(['givenName', 'id', 'primaryRole']);
});

test('a token without EduRoster.ReadBasic is refused with 403', async () => {
  const without = await graph(
    standIn,
    'GET',
    `/education/classes/${KESTRELS.teamId}/members`,
    withScopes(SENCO, ['User.Read']),
  );
  expect(without.status).toBe(403);
  const bare = await graph(standIn, 'GET', `/education/classes/${KESTRELS.teamId}/members`);
  expect(bare.status).toBe(403);
});

test('a delegated caller sees only their own classes', async () => {
  // Leo is a pupil in Year 4 Otters: his own class answers, Year 3's does not.
  expect(
    (await graph(standIn, 'GET', `/education/classes/${OTTERS.teamId}/members`, withScopes(PUPIL, ROSTER)))
      .status,
  ).toBe(200);
  const other = await graph(
    standIn,
    'GET',
    `/education/classes/${KESTRELS.teamId}/members`,
    withScopes(PUPIL, ROSTER),
  );
  expect(other.status).toBe(403);
  expect(errorOf(other).code).toBe('accessDenied');
});

test('a team that is not an education class is not found as a class, but is still a team', async () => {
  const asClass = await graph(
    standIn,
    'GET',
    `/education/classes/${FOXES.teamId}/members`,
    withScopes(SENCO, ROSTER),
  );
  expect(asClass.status).toBe(404);
  expect(
    (await graph(standIn, 'GET', `/education/classes/${FOXES.teamId}`, withScopes(SENCO, ROSTER))).status,
  ).toBe(404);
  expect((await graph(standIn, 'GET', `/teams/${FOXES.teamId}/members`)).status).toBe(200);
  const kestrels = await graph(
    standIn,
    'GET',
    `/education/classes/${KESTRELS.teamId}`,
    withScopes(SENCO, ROSTER),
  );
  expect(kestrels.body['displayName']).toBe('Year 3 Kestrels');
});

test('pages with @odata.nextLink and gives every member once', async () => {
  const whole = await graph(
    standIn,
    'GET',
    `/education/classes/${KESTRELS.teamId}/members`,
    withScopes(SENCO, ROSTER),
  );
  const ids: unknown[] = [];
  let next: string | undefined = `/education/classes/${KESTRELS.teamId}/members?$top=3`;
  let pages = 0;
  while (next) {
    const page = await graph(standIn, 'GET', next, withScopes(SENCO, ROSTER));
    expect(page.status).toBe(200);
    ids.push(...(page.body.value ?? []).map((m) => m['id']));
    next = page.body['@odata.nextLink'] as string | undefined;
    pages += 1;
  }
  expect(pages).toBeGreaterThan(3);
  expect(ids).toEqual((whole.body.value ?? []).map((m) => m['id']));
});

test('a page larger than 999 is refused', async () => {
  const answer = await graph(
    standIn,
    'GET',
    `/education/classes/${KESTRELS.teamId}/members?$top=1000`,
    withScopes(SENCO, ROSTER),
  );
  expect(answer.status).toBe(400);
});

test('the demo keeps roster pupils out of the persona switcher and off the SEN site', async () => {
  const pupilId = KESTRELS.rosterPupils[3]?.id ?? '';
  const me = await graph(standIn, 'GET', '/me', { as: KESTRELS.rosterPupils[3]?.email ?? '' });
  expect(me.body['id']).toBe(pupilId);
  const sen = await graph(standIn, 'GET', `/sites/${DEMO_SCHOOL.senSiteId}/lists`, {
    as: KESTRELS.rosterPupils[3]?.email ?? '',
  });
  expect(sen.status).toBe(403);
  const personas = DEMO_PERSONAS.map((p) => p.email);
  for (const demoClass of DEMO_SCHOOL.classes)
    for (const pupil of demoClass.rosterPupils) expect(personas).not.toContain(pupil.email);
});

test('a demo data folder from before rosters gets them on its next start', async () => {
  const dataDir = tempDataDir();
  const before = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
  const { directory, store } = internalsOf(before).services;
  // As an earlier stand-in stored it: no pupil accounts beyond the persona, teams without pupils.
  for (const demoClass of DEMO_SCHOOL.classes) {
    for (const pupil of demoClass.rosterPupils) directory.users.delete(pupil.id);
    const team = directory.teams.get(demoClass.teamId);
    if (!team) throw new Error('no team');
    const roster = new Set(demoClass.rosterPupils.map((p) => p.id));
    const { isEducationClass: _dropped, ...older } = team;
    directory.teams.put(team.id, { ...older, memberIds: team.memberIds.filter((id) => !roster.has(id)) });
  }
  store.flush();
  await before.close();

  const after = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
  try {
    const answer = await graph(
      after,
      'GET',
      `/education/classes/${KESTRELS.teamId}/members`,
      withScopes(SENCO, ROSTER),
    );
    expect(answer.status).toBe(200);
    const students = (answer.body.value ?? []).filter((m) => m['primaryRole'] === 'student');
    expect(students.map((m) => m['id']).sort()).toEqual(KESTRELS.rosterPupils.map((p) => p.id).sort());
  } finally {
    await after.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
