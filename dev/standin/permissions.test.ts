import { DEMO_SCHOOL } from './demoSchool';
import { internalsOf } from './internals';
import type { StandIn } from './server';
import {
  addItemUsingPath,
  createList,
  fieldsOf,
  graph,
  SEN_SERVER_PATH,
  SEN_SITE_ID,
  sp,
  spErrorOf,
  startTestStandIn,
  TEACHER_Y3,
} from './testSupport';

/**
 * The care-team model of docs/ACCESS.md on the stand-in: a list secured from the site, a folder per pupil
 * with its own permissions, a class group given a level without delete, staff added to and removed from it.
 */
const TEACHER_Y4 = DEMO_SCHOOL.users['year4Teacher']?.upn ?? '';
const MEMBERS_GROUP = 5;
const CONTRIBUTE = 1073741827;

let standIn: StandIn;
let listId: string;
let classGroup: number;
let iepEdit: number;
const ids: Record<string, string> = {};
const rootUrl = `${SEN_SERVER_PATH}/Lists/CareTargets`;
const items = (): string => `/sites/${SEN_SITE_ID}/lists/${listId}/items`;
const onList = (path: string): string => `web/lists('${listId}')/${path}`;

const ok = async (call: Promise<{ status: number; body: unknown }>): Promise<void> => {
  const result = await call;
  if (result.status >= 300) throw new Error(`${result.status}: ${JSON.stringify(result.body)}`);
};

const visibleTitles = async (as: string): Promise<string[]> => {
  const titles: string[] = [];
  let url: string | null = `${items()}?$expand=fields&$top=1`;
  while (url) {
    const page = await graph(standIn, 'GET', url, { as });
    expect(page.status).toBe(200);
    for (const item of page.body.value ?? [])
      titles.push(String(fieldsOf(item)['Title'] ?? fieldsOf(item)['FileLeafRef']));
    url = (page.body['@odata.nextLink'] as string | undefined) ?? null;
  }
  return titles.sort();
};

beforeAll(async () => {
  standIn = await startTestStandIn();
  listId = await createList(standIn, 'CareTargets', [{ name: 'Goal', text: {} }]);
  for (const pupil of ['p1', 'p2']) {
    ids[pupil] = (await addItemUsingPath(standIn, listId, rootUrl, {}, { folderName: pupil })).id ?? '';
    for (const n of [1, 2]) {
      const added = await addItemUsingPath(standIn, listId, `${rootUrl}/${pupil}`, {
        Title: `${pupil} target ${n}`,
      });
      ids[`${pupil}t${n}`] = added.id ?? '';
    }
  }
  // The setup: the list stops inheriting, keeps the owners and visitors but not the site's members.
  await ok(sp(standIn, 'POST', onList('breakroleinheritance(copyroleassignments=true,clearsubscopes=true)')));
  await ok(
    sp(
      standIn,
      'POST',
      onList(`roleassignments/removeroleassignment(principalid=${MEMBERS_GROUP},roledefid=${CONTRIBUTE})`),
    ),
  );
  internalsOf(standIn).setSiteRole(SEN_SITE_ID, TEACHER_Y3, 'read');
  internalsOf(standIn).setSiteRole(SEN_SITE_ID, TEACHER_Y4, 'edit');
  const visitors = await sp(standIn, 'GET', onList('roleassignments'));
  const visitorsBound = (visitors.body.value ?? []).some((a) => a['PrincipalId'] === 4);
  if (visitorsBound)
    await ok(
      sp(standIn, 'POST', onList('roleassignments/removeroleassignment(principalid=4,roledefid=1073741826)')),
    );
  const level = await sp(standIn, 'POST', 'web/roledefinitions', {
    // View, Add and Edit list items with Open and View pages: no delete.
    body: {
      Name: 'IEP Edit',
      Order: 300,
      BasePermissions: { High: '0', Low: String(0x1 | 0x2 | 0x4 | 0x10000 | 0x20000) },
    },
  });
  iepEdit = level.body['Id'] as number;
  const group = await sp(standIn, 'POST', 'web/sitegroups', { body: { Title: 'IEP class K teachers' } });
  classGroup = group.body['Id'] as number;
  // Pupil 1's folder: the class group may read, add and edit there.
  await ok(
    sp(
      standIn,
      'POST',
      onList(`items(${ids['p1'] ?? ''})/breakroleinheritance(copyroleassignments=true,clearsubscopes=false)`),
    ),
  );
  await ok(
    sp(
      standIn,
      'POST',
      onList(
        `items(${ids['p1'] ?? ''})/roleassignments/addroleassignment(principalid=${classGroup},roledefid=${iepEdit})`,
      ),
    ),
  );
});
afterAll(() => standIn.close());

const join = (as: string): Promise<unknown> =>
  ok(
    sp(standIn, 'POST', `web/sitegroups(${classGroup})/users`, {
      body: { LoginName: `i:0#.f|membership|${as}` },
    }),
  );
const leave = async (as: string): Promise<void> => {
  const user = await sp(standIn, 'POST', 'web/ensureuser', { body: { logonName: as } });
  await ok(sp(standIn, 'POST', `web/sitegroups(${classGroup})/users/removebyid(${String(user.body['Id'])})`));
};

describe('who sees what', () => {
  it('the SENCO, a site owner, sees every folder and item', async () => {
    expect(await visibleTitles(DEMO_SCHOOL.users['senco']?.upn ?? '')).toEqual([
      'p1',
      'p1 target 1',
      'p1 target 2',
      'p2',
      'p2 target 1',
      'p2 target 2',
    ]);
  });

  it('a member of the site outside the care team gets nothing from a query and 404 for a direct read', async () => {
    expect(await visibleTitles(TEACHER_Y4)).toEqual([]);
    const direct = await graph(standIn, 'GET', `${items()}/${ids['p1t1'] ?? ''}`, { as: TEACHER_Y4 });
    expect(direct.status).toBe(404);
    expect(direct.body['error']).toMatchObject({ code: 'itemNotFound' });
    const batched = await graph(standIn, 'POST', '/$batch', {
      as: TEACHER_Y4,
      body: { requests: [{ id: '1', method: 'GET', url: `${items()}/${ids['p1t1'] ?? ''}` }] },
    });
    expect((batched.body['responses'] as { status: number }[])[0]?.status).toBe(404);
  });

  it('joining the class group opens the pupil folder, and leaving closes it again', async () => {
    await join(TEACHER_Y3);
    try {
      expect(await visibleTitles(TEACHER_Y3)).toEqual(['p1', 'p1 target 1', 'p1 target 2']);
      expect(
        (await graph(standIn, 'GET', `${items()}/${ids['p2t1'] ?? ''}`, { as: TEACHER_Y3 })).status,
      ).toBe(404);
    } finally {
      await leave(TEACHER_Y3);
    }
    expect(await visibleTitles(TEACHER_Y3)).toEqual([]);
    expect((await graph(standIn, 'GET', `${items()}/${ids['p1t1'] ?? ''}`, { as: TEACHER_Y3 })).status).toBe(
      404,
    );
  });
});

describe('what they may change', () => {
  beforeAll(() => join(TEACHER_Y3));
  afterAll(() => leave(TEACHER_Y3));

  it('edits with IEP Edit but gets 403 deleting, and 404 for what they cannot see', async () => {
    const item = `${items()}/${ids['p1t1'] ?? ''}`;
    const edited = await graph(standIn, 'PATCH', `${item}/fields`, {
      as: TEACHER_Y3,
      body: { Goal: 'Read aloud' },
    });
    expect(edited.status).toBe(200);
    const deleted = await graph(standIn, 'DELETE', item, { as: TEACHER_Y3 });
    expect(deleted.status).toBe(403);
    expect(deleted.body['error']).toMatchObject({ code: 'accessDenied' });
    const hidden = `${items()}/${ids['p2t1'] ?? ''}`;
    expect(
      (await graph(standIn, 'PATCH', `${hidden}/fields`, { as: TEACHER_Y3, body: { Goal: 'x' } })).status,
    ).toBe(404);
    expect((await graph(standIn, 'DELETE', hidden, { as: TEACHER_Y3 })).status).toBe(404);
  });

  it('adds items in the pupil folder through REST, but not at the list root through Graph or REST', async () => {
    const added = await addItemUsingPath(
      standIn,
      listId,
      `${rootUrl}/p1`,
      { Title: 'p1 target 3' },
      { as: TEACHER_Y3 },
    );
    expect(added.status).toBe(200);
    const read = await graph(standIn, 'GET', `${items()}/${String(added.id)}?$expand=fields`, {
      as: TEACHER_Y3,
    });
    expect(read.body['createdBy']).toMatchObject({ user: { email: TEACHER_Y3 } });
    expect(
      (await graph(standIn, 'POST', items(), { as: TEACHER_Y3, body: { fields: { Title: 'x' } } })).status,
    ).toBe(403);
    expect(
      (await addItemUsingPath(standIn, listId, rootUrl, { Title: 'x' }, { as: TEACHER_Y3 })).status,
    ).toBe(403);
    expect(
      (await addItemUsingPath(standIn, listId, `${rootUrl}/p2`, { Title: 'x' }, { as: TEACHER_Y3 })).status,
    ).toBe(404);
  });

  it('cannot change permissions: IEP Edit has no Manage permissions', async () => {
    const refused = await sp(
      standIn,
      'POST',
      onList(
        `items(${ids['p1'] ?? ''})/roleassignments/addroleassignment(principalid=${classGroup},roledefid=1073741829)`,
      ),
      {
        as: TEACHER_Y3,
      },
    );
    expect(refused.status).toBe(403);
  });
});

describe('role assignments', () => {
  it('breaking with copy copies what the object inherited at that moment', async () => {
    const inherited = await sp(
      standIn,
      'GET',
      onList(`items(${ids['p1t2'] ?? ''})/roleassignments?$expand=Member,RoleDefinitionBindings`),
    );
    expect(
      (await sp(standIn, 'GET', onList(`items(${ids['p1t2'] ?? ''})/hasuniqueroleassignments`))).body[
        'value'
      ],
    ).toBe(false);
    await ok(
      sp(
        standIn,
        'POST',
        onList(
          `items(${ids['p1t2'] ?? ''})/breakroleinheritance(copyroleassignments=true,clearsubscopes=true)`,
        ),
      ),
    );
    const copied = await sp(
      standIn,
      'GET',
      onList(`items(${ids['p1t2'] ?? ''})/roleassignments?$expand=Member,RoleDefinitionBindings`),
    );
    expect(copied.body.value).toEqual(inherited.body.value);
    const names = (copied.body.value ?? []).map((a) => (a['Member'] as { Title: string }).Title);
    expect(names).toEqual(expect.arrayContaining(['SEN Owners', 'IEP class K teachers']));
    expect(
      (await sp(standIn, 'GET', onList(`items(${ids['p1t2'] ?? ''})/hasuniqueroleassignments`))).body[
        'value'
      ],
    ).toBe(true);
    await ok(sp(standIn, 'POST', onList(`items(${ids['p1t2'] ?? ''})/resetroleinheritance`)));
  });

  it('adding a binding twice or removing a missing one changes nothing', async () => {
    const path = onList(`items(${ids['p1'] ?? ''})/roleassignments`);
    const before = await sp(standIn, 'GET', path);
    await ok(
      sp(standIn, 'POST', `${path}/addroleassignment(principalid=${classGroup},roledefid=${iepEdit})`),
    );
    await ok(
      sp(standIn, 'POST', `${path}/removeroleassignment(principalid=${classGroup},roledefid=1073741826)`),
    );
    expect((await sp(standIn, 'GET', path)).body).toEqual(before.body);
  });

  it('refuses to add an assignment to an object that inherits', async () => {
    const refused = await sp(
      standIn,
      'POST',
      onList(
        `items(${ids['p2'] ?? ''})/roleassignments/addroleassignment(principalid=${classGroup},roledefid=${iepEdit})`,
      ),
    );
    expect(refused.status).toBe(400);
    expect(spErrorOf(refused).message).toBe(
      'This operation is not allowed on an object that inherits permissions.',
    );
  });

  it('with a write grant even the site owner cannot break inheritance', async () => {
    internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'write');
    try {
      const refused = await sp(
        standIn,
        'POST',
        onList(
          `items(${ids['p2'] ?? ''})/breakroleinheritance(copyroleassignments=true,clearsubscopes=false)`,
        ),
      );
      expect(refused.status).toBe(403);
      // Items stay writable for the owner as before.
      const edited = await graph(standIn, 'PATCH', `${items()}/${ids['p2t1'] ?? ''}/fields`, {
        body: { Goal: 'Still editable' },
      });
      expect(edited.status).toBe(200);
    } finally {
      internalsOf(standIn).setAppGrant(SEN_SITE_ID, 'fullcontrol');
    }
  });

  it('counts unique scopes per list: the list itself and each secured folder', () => {
    expect(internalsOf(standIn).uniqueScopeCounts(SEN_SITE_ID)['CareTargets']).toBe(2);
  });
});
