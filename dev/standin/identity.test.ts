import { DEMO_SCHOOL } from './demoSchool';
import type { StandIn } from './server';
import {
  errorOf,
  graph,
  PUPIL,
  SEN_PATH,
  SEN_SITE_ID,
  SENCO,
  startTestStandIn,
  TEACHER_Y3,
} from './testSupport';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

describe('sign-in', () => {
  it('refuses a request without a token as Graph does', async () => {
    const result = await graph(standIn, 'GET', '/me', { as: null });
    expect(result.status).toBe(401);
    expect(errorOf(result).code).toBe('InvalidAuthenticationToken');
    expect(result.body['error']).toMatchObject({
      innerError: { 'request-id': expect.any(String), date: expect.any(String) },
    });
  });

  it('refuses a token for someone who is not in the demo school', async () => {
    const result = await graph(standIn, 'GET', '/me', { as: 'stranger@elsewhere.example' });
    expect(result.status).toBe(401);
    expect(errorOf(result).code).toBe('InvalidAuthenticationToken');
  });

  it('answers /me as the signed-in persona', async () => {
    const result = await graph(standIn, 'GET', '/me', { as: TEACHER_Y3 });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      displayName: 'Emma Clarke',
      mail: TEACHER_Y3,
      userPrincipalName: TEACHER_Y3,
    });
  });
});

describe('users', () => {
  it('finds a user by principal name and by id', async () => {
    const byUpn = await graph(standIn, 'GET', `/users/${encodeURIComponent(SENCO)}`);
    expect(byUpn.body).toMatchObject({ displayName: 'Priya Shah', jobTitle: 'SENCO' });
    const byId = await graph(standIn, 'GET', `/users/${byUpn.body['id'] as string}`);
    expect(byId.body['mail']).toBe(SENCO);
  });

  it('answers 404 for an unknown user', async () => {
    const result = await graph(standIn, 'GET', '/users/nobody@oakfield.example');
    expect(result.status).toBe(404);
    expect(errorOf(result).code).toBe('Request_ResourceNotFound');
  });

  it('searches by the start of the display name, including names with an apostrophe', async () => {
    const grace = await graph(
      standIn,
      'GET',
      `/users?$filter=${encodeURIComponent("startswith(displayName,'Grace O''B')")}`,
    );
    expect(grace.body.value?.map((u) => u['displayName'])).toEqual(["Grace O'Brien"]);
    const top = await graph(
      standIn,
      'GET',
      `/users?$filter=${encodeURIComponent("startswith(displayName,'')")}&$top=2&$select=displayName`,
    );
    expect(top.body.value).toHaveLength(2);
    expect(Object.keys(top.body.value?.[0] ?? {}).sort()).toEqual(['displayName', 'id']);
  });

  it('refuses a page size over 999', async () => {
    const result = await graph(standIn, 'GET', '/users?$top=1000');
    expect(result.status).toBe(400);
  });
});

describe('teams', () => {
  it('lists only the class teams a teacher belongs to, and all of them for the SENCO', async () => {
    const teacher = await graph(standIn, 'GET', '/me/joinedTeams', { as: TEACHER_Y3 });
    expect(teacher.body.value?.map((t) => t['displayName'])).toEqual(['Year 3 Kestrels']);
    const senco = await graph(standIn, 'GET', '/me/joinedTeams');
    expect(senco.body.value?.map((t) => t['displayName']).sort()).toEqual([
      'Year 3 Kestrels',
      'Year 4 Otters',
      'Year 5 Foxes',
    ]);
    expect(senco.body.value?.[0]).toMatchObject({ id: expect.any(String), description: expect.any(String) });
  });

  it("reaches a class team's site through its group", async () => {
    const kestrels = DEMO_SCHOOL.classes[0];
    const site = await graph(standIn, 'GET', `/groups/${kestrels?.teamId ?? ''}/sites/root`, {
      as: TEACHER_Y3,
    });
    expect(site.status).toBe(200);
    expect(site.body['webUrl']).toBe('https://contoso.sharepoint.com/sites/Year3Kestrels');
  });
});

describe('sites', () => {
  it('finds the SEN site by path and by id', async () => {
    const byPath = await graph(standIn, 'GET', SEN_PATH);
    expect(byPath.status).toBe(200);
    expect(byPath.body).toMatchObject({
      id: SEN_SITE_ID,
      webUrl: 'https://contoso.sharepoint.com/sites/SEN',
      siteCollection: { hostname: 'contoso.sharepoint.com' },
    });
    const byId = await graph(standIn, 'GET', `/sites/${encodeURIComponent(SEN_SITE_ID)}`);
    expect(byId.body['id']).toBe(SEN_SITE_ID);
  });

  it('tells a pupil they have no access to the SEN site or its lists', async () => {
    const site = await graph(standIn, 'GET', SEN_PATH, { as: PUPIL });
    expect(site.status).toBe(403);
    expect(errorOf(site).code).toBe('accessDenied');
    const lists = await graph(standIn, 'GET', `${SEN_PATH}:/lists`, { as: PUPIL });
    expect(lists.status).toBe(403);
  });

  it('answers 404 for a site that does not exist', async () => {
    const result = await graph(standIn, 'GET', '/sites/contoso.sharepoint.com:/sites/Nowhere');
    expect(result.status).toBe(404);
    expect(errorOf(result).code).toBe('itemNotFound');
  });

  it('answers an unknown path the way OData does', async () => {
    const result = await graph(standIn, 'GET', '/me/somethingElse');
    expect(result.status).toBe(400);
    expect(errorOf(result).message).toContain("'somethingElse'");
  });
});
