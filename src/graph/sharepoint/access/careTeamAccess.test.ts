import { AccessDenied, Invalid, NotFound, Offline } from '../../../domain/errors';
import { isUnknownFailure } from '../../batch';
import type { IepListIds } from '../lists';
import { createCareTeamAccess, type CareTeamAccess } from './careTeamAccess';
import { createSharePointRest } from './spFactory';
import { httpRefusalOf } from './spErrors';
import { fakeSharePointSite, ME, SITE, type FakeSite } from './testing/fakeSharePointSite';
import { noWait, spError } from './testing/recordingFetch';

const LIST_IDS: IepListIds = {
  pupils: 'a0000000-0000-0000-0000-000000000001',
  plans: 'a0000000-0000-0000-0000-000000000002',
  targets: 'a0000000-0000-0000-0000-000000000003',
  evidence: 'a0000000-0000-0000-0000-000000000004',
  reviews: 'a0000000-0000-0000-0000-000000000005',
  provisions: 'a0000000-0000-0000-0000-000000000006',
  placements: 'a0000000-0000-0000-0000-000000000007',
  groupPlans: 'a0000000-0000-0000-0000-000000000008',
};
const CLASS = 'team-3b';
const OTHER_CLASS = 'team-4c';

const connect = (site: FakeSite, options: { assistantsMayEdit?: boolean } = {}): CareTeamAccess =>
  createCareTeamAccess(
    createSharePointRest({
      webUrl: `http://127.0.0.1:3978/_sp${SITE}`,
      getAccessToken: async () => `local-dev-token:senco@oakfield.example`,
      scopes: ['http://127.0.0.1:3978/Sites.Selected'],
      fetchImpl: site.fetchImpl,
      timing: noWait().timing,
    }),
    options,
  );

const newSite = () => fakeSharePointSite(LIST_IDS as unknown as Record<string, string>);

const groupId = (site: FakeSite, title: string): number => {
  const group = [...site.groups.values()].find((g) => g.Title === title);
  if (!group) throw new Error(`no group ${title}`);
  return group.Id;
};
const levelId = (site: FakeSite, name: string): number => {
  const level = [...site.levels.values()].find((l) => l.Name === name);
  if (!level) throw new Error(`no level ${name}`);
  return level.Id;
};

const setUpSite = async (options: { assistantsMayEdit?: boolean } = {}) => {
  const site = newSite();
  const access = connect(site, options);
  await access.ensureSetup(LIST_IDS);
  site.seen.length = 0;
  return { site, access };
};

describe('care-team setup', () => {
  it('makes the levels, the groups and each list’s own permissions', async () => {
    const site = newSite();
    const progress: string[] = [];
    await connect(site).ensureSetup(LIST_IDS, { onProgress: (p) => progress.push(`${p.done}/${p.total}`) });

    const edit = [...site.levels.values()].find((l) => l.Name === 'IEP Edit');
    // View, Add, Edit items, Open items, Versions, Form pages, Open, View pages, Browse user info; Remote APIs.
    expect(edit?.BasePermissions).toEqual({ High: '32', Low: '134418535' });
    const leads = groupId(site, 'IEP SEN leads');
    const readOnly = groupId(site, 'IEP Read-only staff');
    expect(site.groups.get(leads)?.Owner).toBe(leads);
    expect(site.groups.get(readOnly)?.Owner).toBe(leads);
    expect(site.groups.get(leads)?.members.has(ME.Id)).toBe(true);
    const nameless = new Set([LIST_IDS.provisions, LIST_IDS.groupPlans]);
    for (const listId of Object.values(LIST_IDS)) {
      expect(site.lists.get(listId)?.versioning).toBe(true);
      expect(site.unique.has(listId)).toBe(true);
      expect([...(site.assignments.get(listId) ?? [])].sort()).toEqual(
        [
          `3:${levelId(site, 'Full Control')}`,
          `${leads}:${levelId(site, 'IEP Lead')}`,
          `${readOnly}:${levelId(site, 'Read')}`,
          // The site's members read only the lists that name no child.
          ...(nameless.has(listId) ? [`5:${levelId(site, 'Read')}`] : []),
        ].sort(),
      );
    }
    expect(progress).toEqual([
      '1/10',
      '2/10',
      '3/10',
      '4/10',
      '5/10',
      '6/10',
      '7/10',
      '8/10',
      '9/10',
      '10/10',
    ]);
    expect(site.writes()).toContain(
      `web/lists('${LIST_IDS.plans}')/breakroleinheritance(copyroleassignments=false, clearsubscopes=false)`,
    );
    const merge = site.seen.find((r) => r.headers['x-http-method'] === 'MERGE');
    expect(merge?.api).toBe(`web/lists('${LIST_IDS.pupils}')`);
    expect(merge?.body).toEqual({ EnableVersioning: true });
  });

  it('changes nothing when run again', async () => {
    const { site, access } = await setUpSite();
    await access.ensureSetup(LIST_IDS);
    expect(site.writes()).toEqual([]);
  });
});

describe('securing a pupil who joins the register', () => {
  it('sends 23 requests and gives the class its levels on the item and each folder', async () => {
    const { site, access } = await setUpSite();
    await access.ensureClassGroups(CLASS);
    site.seen.length = 0;
    const done: number[] = [];
    await access.securePupil('12', CLASS, LIST_IDS, { onProgress: (p) => done.push(p.done) });

    expect(site.writes()).toHaveLength(23);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    const teachers = groupId(site, `IEP class ${CLASS} teachers`);
    const assistants = groupId(site, `IEP class ${CLASS} assistants`);
    const edit = levelId(site, 'IEP Edit');
    const read = levelId(site, 'Read');
    const pupil = site.assignments.get(`${LIST_IDS.pupils}/12`);
    expect(pupil?.has(`${teachers}:${edit}`)).toBe(true);
    expect(pupil?.has(`${assistants}:${read}`)).toBe(true);
    // Copied from the list: the SEN leads keep their access to the pupil.
    expect(pupil?.has(`${groupId(site, 'IEP SEN leads')}:${levelId(site, 'IEP Lead')}`)).toBe(true);
    const folderOf = (listId: string) => `${listId}/${site.lists.get(listId)?.folders.get('p12')}`;
    expect(site.assignments.get(folderOf(LIST_IDS.plans))?.has(`${assistants}:${read}`)).toBe(true);
    expect(site.assignments.get(folderOf(LIST_IDS.evidence))?.has(`${assistants}:${edit}`)).toBe(true);
    expect(site.assignments.get(folderOf(LIST_IDS.placements))?.has(`${teachers}:${edit}`)).toBe(true);
    expect(site.assignments.get(folderOf(LIST_IDS.placements))?.has(`${assistants}:${read}`)).toBe(true);

    const folderCreate = site.seen.find((r) => /AddValidateUpdateItemUsingPath/i.test(r.api));
    expect(folderCreate?.body).toEqual({
      bNewDocumentUpdate: false,
      formValues: [{ FieldName: 'Title', FieldValue: 'p12' }],
      listItemCreateInfo: {
        FolderPath: { DecodedUrl: `${SITE}/Lists/IEP pupils`.replace('pupils', 'plans') },
        LeafName: { DecodedUrl: 'p12' },
        UnderlyingObjectType: 1,
      },
    });
    expect(site.writes()[0]).toBe(
      `web/lists('${LIST_IDS.pupils}')/items(12)/breakroleinheritance(copyroleassignments=true, clearsubscopes=false)`,
    );
  });

  it('gives assistants IEP Edit everywhere when the school allows', async () => {
    const { site, access } = await setUpSite({ assistantsMayEdit: true });
    await access.securePupil('12', CLASS, LIST_IDS);
    const assistants = groupId(site, `IEP class ${CLASS} assistants`);
    const edit = levelId(site, 'IEP Edit');
    expect(site.assignments.get(`${LIST_IDS.pupils}/12`)?.has(`${assistants}:${edit}`)).toBe(true);
  });

  it('carries on when the folders are there already, finding them by path', async () => {
    const { site, access } = await setUpSite();
    await access.securePupil('12', CLASS, LIST_IDS);
    const again = connect(site);
    site.seen.length = 0;
    await again.securePupil('12', CLASS, LIST_IDS);
    const lookups = site.seen.filter((r) => /getFolderByServerRelativePath/i.test(r.api));
    expect(lookups.map((r) => r.api)).toContain(
      `web/getFolderByServerRelativePath(decodedUrl='${SITE}/Lists/IEP plans/p12')/listItemAllFields?$select=Id`,
    );
    expect(site.lists.get(LIST_IDS.plans)?.folders.size).toBe(1);
  });
});

describe('moving a pupil to another class', () => {
  it('swaps the old class’s groups for the new one’s on all 6 scopes in 24 requests', async () => {
    const { site, access } = await setUpSite();
    await access.securePupil('12', CLASS, LIST_IDS);
    await access.ensureClassGroups(OTHER_CLASS);
    site.seen.length = 0;
    await access.movePupil('12', CLASS, OTHER_CLASS, LIST_IDS);
    expect(site.writes()).toHaveLength(24);
    const oldTeachers = groupId(site, `IEP class ${CLASS} teachers`);
    const newTeachers = groupId(site, `IEP class ${OTHER_CLASS} teachers`);
    for (const [scope, granted] of site.assignments) {
      if (!scope.includes('/')) continue;
      expect([...granted].some((a) => a.startsWith(`${oldTeachers}:`))).toBe(false);
      expect([...granted].some((a) => a.startsWith(`${newTeachers}:`))).toBe(true);
    }
  });

  it('gives a pupil secured before placements existed a placements folder with the new class', async () => {
    const { site, access } = await setUpSite();
    await access.securePupil('12', CLASS, LIST_IDS);
    const placements = site.lists.get(LIST_IDS.placements);
    placements?.folders.clear();
    await access.ensureClassGroups(OTHER_CLASS);
    // A later session: this one remembers the folders it made.
    await connect(site).movePupil('12', CLASS, OTHER_CLASS, LIST_IDS);
    const folder = placements?.folders.get('p12');
    expect(folder).toBeDefined();
    const granted = [...(site.assignments.get(`${LIST_IDS.placements}/${String(folder)}`) ?? [])];
    expect(granted).toContain(
      `${groupId(site, `IEP class ${OTHER_CLASS} teachers`)}:${levelId(site, 'IEP Edit')}`,
    );
    expect(granted.some((a) => a.startsWith(`${groupId(site, `IEP class ${CLASS} teachers`)}:`))).toBe(false);
  });

  it('changes nothing for a pupil who was never secured', async () => {
    const { site, access } = await setUpSite();
    await access.ensureClassGroups(CLASS);
    await access.ensureClassGroups(OTHER_CLASS);
    site.seen.length = 0;
    const error = await access.movePupil('99', CLASS, OTHER_CLASS, LIST_IDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFound);
    expect(site.writes()).toEqual([]);
  });
});

describe('a pupil’s folder in a list added after they were secured', () => {
  it('is made and given their class when missing, and only read when it is there', async () => {
    const { site, access } = await setUpSite();
    await access.ensureClassGroups(CLASS);
    site.seen.length = 0;
    await access.securePupilFolder('12', CLASS, 'placements', LIST_IDS);
    const folder = site.lists.get(LIST_IDS.placements)?.folders.get('p12');
    const granted = site.assignments.get(`${LIST_IDS.placements}/${String(folder)}`);
    expect(granted?.has(`${groupId(site, `IEP class ${CLASS} teachers`)}:${levelId(site, 'IEP Edit')}`)).toBe(
      true,
    );
    expect(granted?.has(`${groupId(site, 'IEP SEN leads')}:${levelId(site, 'IEP Lead')}`)).toBe(true);
    expect(site.writes()).toHaveLength(4);

    site.seen.length = 0;
    await connect(site).securePupilFolder('12', CLASS, 'placements', LIST_IDS);
    // A new session reads the list's root folder once; then the folder is found by its path and its
    // permissions read: nothing written.
    expect(site.writes()).toEqual([]);
    expect(site.seen.map((r) => r.api.split('?')[0])).toEqual([
      `web/lists('${LIST_IDS.placements}')/rootFolder`,
      `web/getFolderByServerRelativePath(decodedUrl='${SITE}/Lists/IEP placements/p12')/listItemAllFields`,
      expect.stringMatching(new RegExp(`^web/lists\\('${LIST_IDS.placements}'\\)/items\\(\\d+\\)$`)),
    ]);
  });
});

describe('creating an item in a pupil’s folder', () => {
  it('sends the store’s values into the folder and answers the new id', async () => {
    const { site, access } = await setUpSite();
    const id = await access.createInFolder(LIST_IDS.targets, '12', {
      Title: 'Count to 20',
      Progress: 1.5,
      Achieved: false,
      ClientKey: 'k-1',
    });
    expect(id).toMatch(/^\d+$/);
    const create = site.seen.find((r) => /AddValidateUpdateItemUsingPath/i.test(r.api));
    expect(create?.api).toBe(`web/lists('${LIST_IDS.targets}')/AddValidateUpdateItemUsingPath()`);
    expect(create?.body).toEqual({
      bNewDocumentUpdate: false,
      formValues: [
        { FieldName: 'Title', FieldValue: 'Count to 20' },
        { FieldName: 'Progress', FieldValue: '1.5' },
        { FieldName: 'Achieved', FieldValue: '0' },
        { FieldName: 'ClientKey', FieldValue: 'k-1' },
      ],
      listItemCreateInfo: { FolderPath: { DecodedUrl: `${SITE}/Lists/IEP targets/p12` } },
    });
    await expect(access.folderUrlOf(LIST_IDS.targets, '13')).resolves.toBe(`${SITE}/Lists/IEP targets/p13`);
    expect(site.seen.filter((r) => /rootFolder/i.test(r.api))).toHaveLength(1);
  });

  it('fails as an outcome unknown when no answer comes, so the store looks it up', async () => {
    const { site, access } = await setUpSite();
    await access.folderUrlOf(LIST_IDS.targets, '12');
    site.failNext(/AddValidateUpdateItemUsingPath/i, new TypeError('fetch failed'));
    const error = await access
      .createInFolder(LIST_IDS.targets, '12', { Title: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Offline);
    expect(isUnknownFailure(error)).toBe(true);
    expect(site.writes().filter((w) => /AddValidate/i.test(w))).toHaveLength(1);
  });

  it('fails as access denied, with what SharePoint said, when the folder is not the user’s', async () => {
    const { site, access } = await setUpSite();
    site.failNext(/AddValidateUpdateItemUsingPath/i, spError(403, 'Access denied.'));
    const error = await access
      .createInFolder(LIST_IDS.targets, '12', { Title: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDenied);
    // What tells a refusal from a lost answer (batch.ts counts any error but Throttled as unanswered).
    expect(httpRefusalOf(error)).toEqual({
      status: 403,
      code: '-1, Microsoft.SharePoint.SPException',
      message: 'Access denied.',
    });
  });

  it('names the column SharePoint refused', async () => {
    const { site, access } = await setUpSite();
    site.failNext(
      /AddValidateUpdateItemUsingPath/i,
      new Response(
        JSON.stringify({
          value: [
            {
              FieldName: 'Progress',
              FieldValue: 'x',
              HasException: true,
              ErrorCode: 1,
              ErrorMessage: 'Not a number',
            },
          ],
        }),
        { status: 200 },
      ),
    );
    const error = await access
      .createInFolder(LIST_IDS.targets, '12', { Progress: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).issues[0]?.path).toBe('Progress');
  });
});

describe('staff and roles', () => {
  it('sets a class’s staff to exactly the people given, touching only the difference', async () => {
    const { site, access } = await setUpSite();
    await access.setClassStaff(CLASS, {
      teachers: ['a@oakfield.example', 'b@oakfield.example'],
      assistants: [],
    });
    await access.setClassStaff(CLASS, {
      teachers: ['B@oakfield.example', 'c@oakfield.example'],
      assistants: [],
    });
    const teachers = site.groups.get(groupId(site, `IEP class ${CLASS} teachers`));
    const logins = [...(teachers?.members ?? [])].map((id) => site.users.get(id)?.LoginName).sort();
    expect(logins).toEqual(['i:0#.f|membership|b@oakfield.example', 'i:0#.f|membership|c@oakfield.example']);
    const ensured = site.seen.filter((r) => /ensureuser/i.test(r.api)).map((r) => r.body);
    expect(ensured).toEqual([
      { logonName: 'i:0#.f|membership|a@oakfield.example' },
      { logonName: 'i:0#.f|membership|b@oakfield.example' },
      { logonName: 'i:0#.f|membership|c@oakfield.example' },
    ]);
  });

  it('never leaves the SEN leads empty', async () => {
    const { access } = await setUpSite();
    await expect(access.setSenLeads([' '])).rejects.toBeInstanceOf(Invalid);
  });

  it('reads the signed-in user’s groups', async () => {
    const { access } = await setUpSite();
    await expect(access.myGroups()).resolves.toEqual(['IEP SEN leads']);
  });
});
