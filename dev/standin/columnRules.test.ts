import type { StandIn } from './server';
import { createList, errorOf, graph, SEN_SITE_ID, startTestStandIn } from './testSupport';

let standIn: StandIn;
let listId: string;

beforeAll(async () => {
  standIn = await startTestStandIn();
  listId = await createList(standIn, 'Rules', [
    { name: 'Notes', text: { allowMultipleLines: true } },
    { name: 'Short', text: {} },
  ]);
});
afterAll(() => standIn.close());

const columns = `/sites/${SEN_SITE_ID}/lists`;

describe('reserved column names', () => {
  it.each([
    ['a reserved display name', { name: 'PlanVersion', displayName: 'Version', number: {} }],
    ['a reserved display name in another case', { name: 'SortOrder', displayName: 'order', number: {} }],
    ['the display name of a hidden field', { name: 'ReviewType', displayName: 'Type', text: {} }],
    ['a reserved internal name', { name: 'Order', displayName: 'Sort order', number: {} }],
  ])('refuses a new column with %s, and creates nothing', async (_, definition) => {
    const result = await graph(standIn, 'POST', `${columns}/${listId}/columns`, { body: definition });
    expect(result.status).toBe(400);
    expect(errorOf(result)).toMatchObject({ code: 'invalidRequest' });
    expect(errorOf(result).message).toContain('is already in use or reserved');
    const after = await graph(standIn, 'GET', `${columns}/${listId}/columns`);
    expect((after.body.value ?? []).map((c) => c['name'])).not.toContain(definition.name);
  });

  it('refuses a new list whose columns use a reserved name', async () => {
    const result = await graph(standIn, 'POST', columns, {
      body: {
        displayName: 'Old plans',
        columns: [{ name: 'PlanVersion', displayName: 'Version', number: {} }],
      },
    });
    expect(result.status).toBe(400);
    const lists = await graph(standIn, 'GET', columns);
    expect((lists.body.value ?? []).map((l) => l['displayName'])).not.toContain('Old plans');
  });

  it('refuses renaming a column to a reserved name, and allows other names', async () => {
    const path = `${columns}/${listId}/columns/Short`;
    expect((await graph(standIn, 'PATCH', path, { body: { displayName: 'Created By' } })).status).toBe(400);
    const renamed = await graph(standIn, 'PATCH', path, { body: { displayName: 'Plan version' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body['displayName']).toBe('Plan version');
  });
});

describe('note column limits', () => {
  const items = (): string => `${columns}/${listId}/items`;

  it('refuses a multi-line value over 63,999 characters, naming the field, and stores nothing', async () => {
    const before = await graph(standIn, 'GET', items());
    const result = await graph(standIn, 'POST', items(), {
      body: { fields: { Title: 'Too long', Notes: 'x'.repeat(64_000) } },
    });
    expect(result.status).toBe(400);
    expect(errorOf(result)).toMatchObject({ code: 'invalidRequest' });
    expect(errorOf(result).message).toContain("'Notes'");
    const after = await graph(standIn, 'GET', items());
    expect(after.body.value).toHaveLength(before.body.value?.length ?? -1);
  });

  it('stores exactly 63,999 characters, and refuses one more on update', async () => {
    const created = await graph(standIn, 'POST', items(), {
      body: { fields: { Title: 'Longest', Notes: 'y'.repeat(63_999) } },
    });
    expect(created.status).toBe(201);
    const updated = await graph(standIn, 'PATCH', `${items()}/${created.body['id'] as string}/fields`, {
      body: { Notes: 'z'.repeat(64_000) },
    });
    expect(updated.status).toBe(400);
    const read = await graph(standIn, 'GET', `${items()}/${created.body['id'] as string}?$expand=fields`);
    expect(((read.body['fields'] as Record<string, string>)['Notes'] ?? '').length).toBe(63_999);
  });
});
