import { LIST_ITEM_VERSION_LIMIT } from './sharepoint/itemVersions';
import type { StandIn } from './server';
import { createList, graph, SEN_SITE_ID, startTestStandIn } from './testSupport';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

describe('item versions', () => {
  it('keeps at most the version limit, the current one included, dropping the oldest', async () => {
    const listId = await createList(standIn, 'Versioned notes', []);
    const items = `/sites/${SEN_SITE_ID}/lists/${listId}/items`;
    const made = await graph(standIn, 'POST', items, { body: { fields: { Title: 'v1' } } });
    const id = made.body['id'] as string;
    const writes = LIST_ITEM_VERSION_LIMIT + 4;
    for (let version = 2; version <= writes; version += 1)
      await graph(standIn, 'PATCH', `${items}/${id}/fields`, { body: { Title: `v${version}` } });

    const listed = await graph(standIn, 'GET', `${items}/${id}/versions?$expand=fields`);
    const versions = listed.body.value ?? [];
    expect(versions).toHaveLength(LIST_ITEM_VERSION_LIMIT);
    expect(versions[0]).toMatchObject({ id: `${writes}.0`, fields: { Title: `v${writes}` } });
    expect(versions.at(-1)).toMatchObject({ id: `${writes - LIST_ITEM_VERSION_LIMIT + 1}.0` });
    expect((await graph(standIn, 'GET', `${items}/${id}/versions/1.0`)).status).toBe(404);
  });
});
