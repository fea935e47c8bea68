import { DEMO_SCHOOL } from './demoSchool';
import type { StandIn } from './server';
import {
  addItemUsingPath,
  createList,
  fieldsOf,
  graph,
  PUPIL,
  SEN_SERVER_PATH,
  SEN_SITE_ID,
  SENCO,
  sp,
  spErrorOf,
  startTestStandIn,
  TEACHER_Y3,
} from './testSupport';

let standIn: StandIn;
let listId: string;
const listName = 'RestTargets';
const rootUrl = `${SEN_SERVER_PATH}/Lists/${listName}`;

beforeAll(async () => {
  standIn = await startTestStandIn();
  listId = await createList(standIn, listName, [
    { name: 'Score', number: { minimum: 0, maximum: 10 }, indexed: true },
    { name: 'Met', boolean: {} },
    { name: 'Note', text: { maxLength: 10 } },
  ]);
});
afterAll(() => standIn.close());

describe('users and site groups', () => {
  it('names the signed-in user with their claims login name and lookup id', async () => {
    const me = await sp(standIn, 'GET', 'web/currentuser', { as: TEACHER_Y3 });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      Title: DEMO_SCHOOL.users['year3Teacher']?.name,
      LoginName: `i:0#.f|membership|${TEACHER_Y3}`,
      Email: TEACHER_Y3,
      IsSiteAdmin: false,
    });
    expect(typeof me.body['Id']).toBe('number');
  });

  it('ensureuser finds a user by sign-in name or claims, and refuses an unknown one', async () => {
    const plain = await sp(standIn, 'POST', 'web/ensureuser', { body: { logonName: TEACHER_Y3 } });
    const claims = await sp(standIn, 'POST', 'web/ensureuser', {
      body: { logonName: `i:0#.f|membership|${TEACHER_Y3}` },
    });
    expect(plain.status).toBe(200);
    expect(claims.body['Id']).toBe(plain.body['Id']);
    const unknown = await sp(standIn, 'POST', 'web/ensureuser', {
      body: { logonName: 'nobody@oakfield.example' },
    });
    expect(unknown.status).toBe(404);
    expect(spErrorOf(unknown).message).toContain('nobody@oakfield.example');
  });

  it('lists the site associated groups, whose members are the site roles', async () => {
    const groups = await sp(standIn, 'GET', 'web/sitegroups');
    const titles = (groups.body.value ?? []).map((g) => g['Title']);
    expect(titles).toEqual(expect.arrayContaining(['SEN Owners', 'SEN Members', 'SEN Visitors']));
    const mine = await sp(standIn, 'GET', 'web/currentuser/groups');
    expect((mine.body.value ?? []).map((g) => g['Title'])).toEqual(['SEN Owners']);
  });

  it('creates a group owned by its creator, refuses the same title twice, and adds and removes members idempotently', async () => {
    const created = await sp(standIn, 'POST', 'web/sitegroups', {
      body: { __metadata: { type: 'SP.Group' }, Title: 'IEP class K teachers', Description: 'Kestrels' },
      verbose: true,
    });
    expect(created.status).toBe(201);
    const group = (created.body['d'] ?? {}) as Record<string, unknown>;
    expect(group).toMatchObject({
      Title: 'IEP class K teachers',
      OwnerTitle: DEMO_SCHOOL.users['senco']?.name,
    });
    expect(group['Id']).toBeGreaterThanOrEqual(1000);

    const again = await sp(standIn, 'POST', 'web/sitegroups', { body: { Title: 'iep class k teachers' } });
    expect(again.status).toBe(400);

    const byName = await sp(standIn, 'GET', `web/sitegroups/getbyname('IEP%20class%20K%20teachers')`);
    expect(byName.body['Id']).toBe(group['Id']);
    const login = { LoginName: `i:0#.f|membership|${TEACHER_Y3}` };
    for (let i = 0; i < 2; i++) {
      const added = await sp(standIn, 'POST', `web/sitegroups(${String(group['Id'])})/users`, {
        body: login,
      });
      expect(added.status).toBe(201);
    }
    const users = await sp(standIn, 'GET', `web/SiteGroups/GetById(${String(group['Id'])})/Users`);
    expect((users.body.value ?? []).map((u) => u['Email'])).toEqual([TEACHER_Y3]);

    const teacherId = (users.body.value ?? [])[0]?.['Id'] as number;
    // A member who does not own the group cannot change it.
    const refused = await sp(
      standIn,
      'POST',
      `web/sitegroups(${String(group['Id'])})/users/removebyid(${teacherId})`,
      {
        as: TEACHER_Y3,
      },
    );
    expect(refused.status).toBe(403);
    expect(spErrorOf(refused)).toEqual({
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied.',
    });
    for (let i = 0; i < 2; i++) {
      const removed = await sp(
        standIn,
        'POST',
        `web/sitegroups(${String(group['Id'])})/users/removebyid(${teacherId})`,
      );
      expect(removed.status).toBe(200);
    }
    const after = await sp(standIn, 'GET', `web/sitegroups(${String(group['Id'])})/users`);
    expect(after.body.value).toEqual([]);
  });

  it('lets the members of the owning group change a group once SetUserAsOwner names it', async () => {
    const leads = await sp(standIn, 'POST', 'web/sitegroups', { body: { Title: 'Owner test leads' } });
    const owned = await sp(standIn, 'POST', 'web/sitegroups', { body: { Title: 'Owner test class' } });
    const ownedId = String(owned.body['Id']);
    const add = (as: string): Promise<unknown> =>
      sp(standIn, 'POST', `web/sitegroups(${ownedId})/users`, {
        as,
        body: { LoginName: `i:0#.f|membership|${PUPIL}` },
      }).then((r) => r.status);
    expect(await add(TEACHER_Y3)).toBe(403);
    await sp(standIn, 'POST', `web/sitegroups(${String(leads.body['Id'])})/users`, {
      body: { LoginName: TEACHER_Y3 },
    });
    await sp(standIn, 'POST', `web/sitegroups(${ownedId})/SetUserAsOwner(${String(leads.body['Id'])})`);
    expect((await sp(standIn, 'GET', `web/sitegroups(${ownedId})`)).body['OwnerTitle']).toBe(
      'Owner test leads',
    );
    expect(await add(TEACHER_Y3)).toBe(201);
  });

  it('answers 404 for a group that does not exist', async () => {
    const missing = await sp(standIn, 'GET', `web/sitegroups/getbyname('No such group')`);
    expect(missing.status).toBe(404);
    expect(spErrorOf(missing).message).toBe('Group cannot be found.');
  });
});

describe('permission levels', () => {
  it("lists SharePoint's built-in levels with their real ids and masks", async () => {
    const roles = await sp(standIn, 'GET', 'web/roledefinitions');
    const read = (roles.body.value ?? []).find((r) => r['Name'] === 'Read');
    expect(read).toMatchObject({ Id: 1073741826, BasePermissions: { High: '176', Low: '138612833' } });
    const full = await sp(standIn, 'GET', `web/roledefinitions/getbyname('Full Control')`);
    expect(full.body['Id']).toBe(1073741829);
  });

  it('creates a level for the site owner only, once per name', async () => {
    const body = {
      Name: 'IEP Edit',
      Description: 'View, add and edit items',
      Order: 200,
      BasePermissions: { High: '432', Low: '1011028711' },
    };
    expect((await sp(standIn, 'POST', 'web/roledefinitions', { as: TEACHER_Y3, body })).status).toBe(403);
    const created = await sp(standIn, 'POST', 'web/roledefinitions', { body });
    expect(created.status).toBe(201);
    expect(created.body['Id']).toBeGreaterThan(1073741830);
    expect((await sp(standIn, 'POST', 'web/roledefinitions', { body })).status).toBe(400);
    const found = await sp(standIn, 'GET', `web/roledefinitions/getbyname('IEP Edit')`);
    expect(found.body['BasePermissions']).toEqual({ High: '432', Low: '1011028711' });
  });
});

describe('lists', () => {
  it('reads a list by any of its address forms, with its root folder', async () => {
    for (const address of [`lists('${listId}')`, `lists(guid'${listId}')`, `lists/getbyid('${listId}')`]) {
      const list = await sp(standIn, 'GET', `web/${address}?$expand=RootFolder`);
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({
        Id: listId,
        Title: listName,
        // SharePoint Online keeps versions for a new list; the stand-in's lists made through Graph do too.
        EnableVersioning: true,
        HasUniqueRoleAssignments: false,
        RootFolder: { ServerRelativeUrl: rootUrl },
      });
    }
    const root = await sp(standIn, 'GET', `WEB/LISTS('${listId.toUpperCase()}')/RootFolder`);
    expect(root.body['ServerRelativeUrl']).toBe(rootUrl);
  });

  it('turns versioning on with MERGE for those who manage lists only', async () => {
    const merge = (as: string): Promise<number> =>
      sp(standIn, 'POST', `web/lists('${listId}')`, {
        as,
        headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
        body: { __metadata: { type: 'SP.List' }, EnableVersioning: true },
      }).then((r) => r.status);
    expect(await merge(TEACHER_Y3)).toBe(403);
    expect(await merge(SENCO)).toBe(204);
    expect((await sp(standIn, 'GET', `web/lists('${listId}')`)).body['EnableVersioning']).toBe(true);
  });

  it('answers an unknown list with a 404 in SharePoint error shape', async () => {
    const missing = await sp(standIn, 'GET', `web/lists('00000000-0000-0000-0000-000000000000')`);
    expect(missing.status).toBe(404);
    expect(missing.body['odata.error']).toBeDefined();
  });
});

describe('AddValidateUpdateItemUsingPath', () => {
  it('creates a folder and an item in it, which Graph then reads with its fields', async () => {
    const folder = await addItemUsingPath(standIn, listId, rootUrl, {}, { folderName: 'p12' });
    expect(folder.status).toBe(200);
    const item = await addItemUsingPath(standIn, listId, `${rootUrl}/p12`, {
      Title: 'Read a page aloud',
      Score: '3.5',
      Met: 'Yes',
      Note: 'short',
    });
    expect(item.status).toBe(200);
    expect(item.body.value?.map((v) => [v['FieldName'], v['HasException']])).toEqual([
      ['Title', false],
      ['Score', false],
      ['Met', false],
      ['Note', false],
      ['Id', false],
    ]);
    const read = await graph(
      standIn,
      'GET',
      `/sites/${SEN_SITE_ID}/lists/${listId}/items/${String(item.id)}?$expand=fields`,
    );
    expect(read.status).toBe(200);
    expect(fieldsOf(read.body)).toMatchObject({
      Title: 'Read a page aloud',
      Score: 3.5,
      Met: true,
      ContentType: 'Item',
    });
    expect(read.body['createdBy']).toMatchObject({ user: { email: SENCO } });

    const all = await graph(standIn, 'GET', `/sites/${SEN_SITE_ID}/lists/${listId}/items?$expand=fields`);
    const folderItem = (all.body.value ?? []).find((i) => i['id'] === folder.id);
    expect(folderItem?.['contentType']).toMatchObject({ name: 'Folder' });
    expect(fieldsOf(folderItem ?? {})).toMatchObject({ FileLeafRef: 'p12', ContentType: 'Folder' });
  });

  it('refuses a bad value field by field and creates nothing', async () => {
    const before = await graph(standIn, 'GET', `/sites/${SEN_SITE_ID}/lists/${listId}/items`);
    const result = await addItemUsingPath(standIn, listId, `${rootUrl}/p12`, {
      Title: 'Fine',
      Score: 'three',
      Note: 'far too long for ten',
    });
    expect(result.status).toBe(200);
    expect(result.id).toBeNull();
    expect(result.body.value?.map((v) => [v['FieldName'], v['HasException']])).toEqual([
      ['Title', false],
      ['Score', true],
      ['Note', true],
    ]);
    const after = await graph(standIn, 'GET', `/sites/${SEN_SITE_ID}/lists/${listId}/items`);
    expect(after.body.value?.length).toBe(before.body.value?.length);
  });

  it('refuses a second folder of the same name and an item in a folder that does not exist', async () => {
    const duplicate = await addItemUsingPath(standIn, listId, rootUrl, {}, { folderName: 'P12' });
    expect(duplicate.status).toBe(400);
    expect(spErrorOf(duplicate).message).toContain('already exists');
    const nowhere = await addItemUsingPath(standIn, listId, `${rootUrl}/p99`, { Title: 'Lost' });
    expect(nowhere.status).toBe(404);
  });
});

describe('what PnPjs sends', () => {
  it('takes arguments with spaces after commas, and reads an item with $select', async () => {
    const folder = await addItemUsingPath(standIn, listId, rootUrl, {}, { folderName: 'p40' });
    const item = `web/lists('${listId}')/items(${String(folder.id)})`;
    const broken = await sp(
      standIn,
      'POST',
      `${item}/breakroleinheritance(copyroleassignments=true, clearsubscopes=false)`,
    );
    expect(broken.status).toBe(200);
    const read = await sp(standIn, 'GET', `${item}?$select=HasUniqueRoleAssignments,FileSystemObjectType`);
    expect(read.body).toEqual({ HasUniqueRoleAssignments: true, FileSystemObjectType: 1 });
    const added = await sp(
      standIn,
      'POST',
      `${item}/roleassignments/addroleassignment(principalid=5, roledefid=1073741826)`,
    );
    expect(added.status).toBe(200);
  });

  it('hands out a form digest for clients that ask for one', async () => {
    const digest = await sp(standIn, 'POST', 'contextinfo');
    expect(digest.status).toBe(200);
    expect(typeof digest.body['FormDigestValue']).toBe('string');
  });
});

describe('the pipeline', () => {
  it('asks for a token, and throttles SharePoint calls like Graph calls', async () => {
    expect((await sp(standIn, 'GET', 'web/currentuser', { as: null })).status).toBe(401);
    standIn.setFaults({ rate: 1, statuses: [429], retryAfterSeconds: 2, withoutRetryAfter: 0, seed: 1 });
    try {
      const throttled = await sp(standIn, 'GET', 'web/currentuser');
      expect(throttled.status).toBe(429);
      expect(throttled.headers.get('retry-after')).toBe('2');
      expect(throttled.body['odata.error']).toBeDefined();
    } finally {
      standIn.setFaults(null);
    }
  });
});
