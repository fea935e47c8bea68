import { DEMO_SCHOOL, DEMO_SEN_GROUP_ID } from './demoSchool';
import type { StandIn } from './server';
import {
  addItemUsingPath,
  createList,
  graph,
  SEN_SERVER_PATH,
  SEN_SITE_ID,
  sp,
  startTestStandIn,
} from './testSupport';

/**
 * A Microsoft 365 group's claim as a member of a SharePoint group (sharepoint/permissions/groupClaims.ts):
 * the SEN site's group claim put into a group that reads a folder gives every member of the site, and
 * nobody else, that folder.
 */
const TEACHER_Y4 = DEMO_SCHOOL.users['year4Teacher']?.upn ?? '';
const PUPIL = DEMO_SCHOOL.users['pupil']?.upn ?? '';
const READ = 1073741826;
const CLAIM = `c:0o.c|federateddirectoryclaimprovider|${DEMO_SEN_GROUP_ID}`;

let standIn: StandIn;
let listId: string;
let readers: number;
let itemId: string;

const ok = async <T extends { status: number; body: unknown }>(call: Promise<T>): Promise<T> => {
  const result = await call;
  if (result.status >= 300) throw new Error(`${result.status}: ${JSON.stringify(result.body)}`);
  return result;
};
const onList = (path: string): string => `web/lists('${listId}')/${path}`;
const readAs = (as: string) =>
  graph(standIn, 'GET', `/sites/${SEN_SITE_ID}/lists/${listId}/items/${itemId}`, { as });

beforeAll(async () => {
  standIn = await startTestStandIn();
  listId = await createList(standIn, 'Claims', [{ name: 'Goal', text: {} }]);
  const rootUrl = `${SEN_SERVER_PATH}/Lists/Claims`;
  const folder = await addItemUsingPath(standIn, listId, rootUrl, {}, { folderName: 'p1' });
  itemId = (await addItemUsingPath(standIn, listId, `${rootUrl}/p1`, { Title: 'A target' })).id ?? '';
  readers = (await ok(sp(standIn, 'POST', 'web/sitegroups', { body: { Title: 'Readers' } }))).body[
    'Id'
  ] as number;
  const scope = `items(${folder.id ?? ''})`;
  await ok(
    sp(
      standIn,
      'POST',
      onList(`${scope}/breakroleinheritance(copyroleassignments=false,clearsubscopes=false)`),
    ),
  );
  await ok(
    sp(
      standIn,
      'POST',
      onList(`${scope}/roleassignments/addroleassignment(principalid=${readers},roledefid=${READ})`),
    ),
  );
});
afterAll(() => standIn.close());

describe('a Microsoft 365 group claim in a SharePoint group', () => {
  it('names the SEN site’s group in _api/site', async () => {
    const site = await ok(sp(standIn, 'GET', 'site?$select=GroupId'));
    expect(site.body['GroupId']).toBe(DEMO_SEN_GROUP_ID);
  });

  it('gives every member of the site what the group has, and is taken away by its id', async () => {
    expect((await readAs(TEACHER_Y4)).status).toBe(404);
    const added = await ok(
      sp(standIn, 'POST', `web/sitegroups(${readers})/users`, { body: { LoginName: CLAIM } }),
    );
    expect(added.body).toMatchObject({ LoginName: CLAIM, PrincipalType: 4 });
    const members = await ok(sp(standIn, 'GET', `web/sitegroups(${readers})/users`));
    expect(members.body.value?.map((m) => m['LoginName'])).toEqual([CLAIM]);

    expect((await readAs(TEACHER_Y4)).status).toBe(200);
    // The pupil is no member of the SEN site, so of its group neither.
    expect((await readAs(PUPIL)).status).toBe(403);

    await ok(sp(standIn, 'POST', `web/sitegroups(${readers})/users/removebyid(${String(added.body['Id'])})`));
    expect((await readAs(TEACHER_Y4)).status).toBe(404);
  });

  it('refuses the claim of a group the tenant does not have', async () => {
    const unknown = await sp(standIn, 'POST', `web/sitegroups(${readers})/users`, {
      body: { LoginName: 'c:0o.c|federateddirectoryclaimprovider|00000000-0000-4000-8000-00000000abcd' },
    });
    expect(unknown.status).toBe(404);
  });
});
