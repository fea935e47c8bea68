import { internalsOf } from './internals';
import {
  addItemUsingPath,
  createList,
  graph,
  SEN_SERVER_PATH,
  SEN_SITE_ID,
  sp,
  startTestStandIn,
  tempDataDir,
  TEACHER_Y3,
} from './testSupport';

/** Groups, levels, unique scopes and folders are journaled: a restart changes nobody's access. */
it('keeps groups, permission levels, scopes, folders and the versioning flag across a restart', async () => {
  const dataDir = tempDataDir();
  const first = await startTestStandIn({ dataDir });
  const listId = await createList(first, 'Kept', []);
  const root = `${SEN_SERVER_PATH}/Lists/Kept`;
  const folder = await addItemUsingPath(first, listId, root, {}, { folderName: 'p7' });
  const item = await addItemUsingPath(first, listId, `${root}/p7`, { Title: 'Kept target' });
  const group = await sp(first, 'POST', 'web/sitegroups', { body: { Title: 'Kept teachers' } });
  await sp(first, 'POST', `web/sitegroups(${String(group.body['Id'])})/users`, {
    body: { LoginName: TEACHER_Y3 },
  });
  await sp(first, 'POST', 'web/roledefinitions', {
    body: { Name: 'Kept level', BasePermissions: { High: '0', Low: '1' } },
  });
  const folderApi = `web/lists('${listId}')/items(${String(folder.id)})`;
  await sp(first, 'POST', `${folderApi}/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`);
  await sp(first, 'POST', `web/lists('${listId}')`, {
    headers: { 'X-HTTP-Method': 'MERGE' },
    body: { EnableVersioning: true },
  });
  await first.close();

  const second = await startTestStandIn({ dataDir });
  try {
    const itemUrl = `/sites/${SEN_SITE_ID}/lists/${listId}/items/${String(item.id)}`;
    // Only the SENCO, who broke inheritance without copying, holds the folder now.
    expect((await graph(second, 'GET', itemUrl, { as: TEACHER_Y3 })).status).toBe(404);
    expect((await graph(second, 'GET', itemUrl)).status).toBe(200);
    const users = await sp(second, 'GET', `web/sitegroups/getbyname('Kept teachers')/users`);
    expect((users.body.value ?? []).map((u) => u['Email'])).toEqual([TEACHER_Y3]);
    expect((await sp(second, 'GET', `web/roledefinitions/getbyname('Kept level')`)).status).toBe(200);
    expect((await sp(second, 'GET', `web/lists('${listId}')`)).body['EnableVersioning']).toBe(true);
    expect(internalsOf(second).uniqueScopeCounts(SEN_SITE_ID)['Kept']).toBe(1);
    const duplicate = await addItemUsingPath(second, listId, root, {}, { folderName: 'p7' });
    expect(duplicate.status).toBe(400);
  } finally {
    await second.close();
  }
});
