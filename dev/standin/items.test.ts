import type { StandIn } from './server';
import {
  createList,
  errorOf,
  fieldsOf,
  graph,
  SEN_SITE_ID,
  startTestStandIn,
  TEACHER_Y3,
} from './testSupport';

let standIn: StandIn;
let items: string;

const PUPILS = [
  {
    Title: 'Plan 1',
    Surname: "O'Brien",
    ClassId: 'y3',
    Score: 4,
    Active: true,
    ReviewDate: '2025-03-10T00:00:00Z',
  },
  {
    Title: 'Plan 2',
    Surname: 'Ahmed',
    ClassId: 'y3',
    Score: 7,
    Active: false,
    ReviewDate: '2025-01-15T00:00:00Z',
  },
  {
    Title: 'Plan 3',
    Surname: 'Obi',
    ClassId: 'y4',
    Score: 2,
    Active: true,
    ReviewDate: '2025-06-01T00:00:00Z',
  },
  {
    Title: 'Plan 4',
    Surname: 'Brown',
    ClassId: 'y5',
    Score: 9,
    Active: true,
    ReviewDate: '2024-12-01T00:00:00Z',
  },
];

beforeAll(async () => {
  standIn = await startTestStandIn();
  const listId = await createList(standIn, 'Plans', [
    { name: 'Surname', text: {}, indexed: true },
    { name: 'ClassId', text: {}, indexed: true },
    { name: 'Score', number: {}, indexed: true },
    { name: 'Active', boolean: {}, indexed: true },
    { name: 'ReviewDate', dateTime: {}, indexed: true },
    { name: 'Notes', text: { allowMultipleLines: true } },
  ]);
  items = `/sites/${SEN_SITE_ID}/lists/${listId}/items`;
  for (const fields of PUPILS) await graph(standIn, 'POST', items, { body: { fields } });
});
afterAll(() => standIn.close());

const titles = (result: { body: { value?: Record<string, unknown>[] } }): unknown[] =>
  (result.body.value ?? []).map((item) => fieldsOf(item)['Title']);

const query = (filter: string, extra = ''): Promise<Awaited<ReturnType<typeof graph>>> =>
  graph(standIn, 'GET', `${items}?$expand=fields&$filter=${encodeURIComponent(filter)}${extra}`);

describe('creating, reading, updating and deleting items', () => {
  it('creates an item with its fields, an eTag and who made it', async () => {
    const created = await graph(standIn, 'POST', items, {
      as: TEACHER_Y3,
      body: { fields: { Title: 'New plan', Surname: 'Lee' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      eTag: expect.stringMatching(/^"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12},1"$/),
      createdBy: { user: { displayName: 'Emma Clarke', email: TEACHER_Y3 } },
      lastModifiedBy: { user: { displayName: 'Emma Clarke' } },
      fields: { Title: 'New plan', Surname: 'Lee' },
    });
    expect(Date.parse(created.body['createdDateTime'] as string)).not.toBeNaN();
    const read = await graph(standIn, 'GET', `${items}/${created.body['id'] as string}?$expand=fields`);
    expect(fieldsOf(read.body)['Surname']).toBe('Lee');
    const withoutFields = await graph(standIn, 'GET', `${items}/${created.body['id'] as string}`);
    expect(withoutFields.body['fields']).toBeUndefined();
  });

  it('updates fields, bumping the eTag version each time', async () => {
    const created = await graph(standIn, 'POST', items, { body: { fields: { Title: 'Versioned' } } });
    const id = created.body['id'] as string;
    const first = await graph(standIn, 'PATCH', `${items}/${id}/fields`, {
      as: TEACHER_Y3,
      body: { Notes: 'Line one\nLine two' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      Title: 'Versioned',
      Notes: 'Line one\nLine two',
      '@odata.etag': expect.stringMatching(/,2"$/),
    });
    const second = await graph(standIn, 'PATCH', `${items}/${id}/fields`, { body: { Notes: null } });
    expect(second.body['@odata.etag']).toMatch(/,3"$/);
    expect(second.body['Notes']).toBeUndefined();
    const item = await graph(standIn, 'GET', `${items}/${id}`);
    expect(item.body['eTag']).toBe(second.body['@odata.etag']);
    expect(item.body['lastModifiedBy']).toMatchObject({ user: { email: 'senco@oakfield.example' } });
  });

  it('answers 412 on a stale If-Match and changes nothing', async () => {
    const created = await graph(standIn, 'POST', items, { body: { fields: { Title: 'Contested' } } });
    const id = created.body['id'] as string;
    const staleEtag = created.body['eTag'] as string;
    await graph(standIn, 'PATCH', `${items}/${id}/fields`, { body: { Title: 'Edited by someone else' } });

    const conflict = await graph(standIn, 'PATCH', `${items}/${id}/fields`, {
      body: { Title: 'Mine' },
      headers: { 'If-Match': staleEtag },
    });
    expect(conflict.status).toBe(412);
    expect(errorOf(conflict).code).toBe('preconditionFailed');
    const refusedDelete = await graph(standIn, 'DELETE', `${items}/${id}`, {
      headers: { 'If-Match': staleEtag },
    });
    expect(refusedDelete.status).toBe(412);

    const current = await graph(standIn, 'GET', `${items}/${id}?$expand=fields`);
    expect(fieldsOf(current.body)['Title']).toBe('Edited by someone else');
    const fresh = await graph(standIn, 'PATCH', `${items}/${id}/fields`, {
      body: { Title: 'Mine' },
      headers: { 'If-Match': current.body['eTag'] as string },
    });
    expect(fresh.status).toBe(200);
    const any = await graph(standIn, 'PATCH', `${items}/${id}/fields`, {
      body: { Title: 'Anyone' },
      headers: { 'If-Match': '*' },
    });
    expect(any.status).toBe(200);
  });

  it('deletes an item, after which it is gone', async () => {
    const created = await graph(standIn, 'POST', items, { body: { fields: { Title: 'Short-lived' } } });
    const id = created.body['id'] as string;
    const deleted = await graph(standIn, 'DELETE', `${items}/${id}`, {
      headers: { 'If-Match': created.body['eTag'] as string },
    });
    expect(deleted.status).toBe(204);
    const gone = await graph(standIn, 'GET', `${items}/${id}`);
    expect(gone.status).toBe(404);
    expect(errorOf(gone).code).toBe('itemNotFound');
  });

  it('refuses fields the list does not have, read-only fields, wrong types and over-long text', async () => {
    const unknown = await graph(standIn, 'POST', items, { body: { fields: { Title: 'x', Nickname: 'y' } } });
    expect(unknown.status).toBe(400);
    expect(errorOf(unknown)).toEqual(
      expect.objectContaining({ code: 'invalidRequest', message: "Field 'Nickname' is not recognized" }),
    );
    expect(
      (await graph(standIn, 'POST', items, { body: { fields: { Created: '2020-01-01T00:00:00Z' } } })).status,
    ).toBe(400);
    expect((await graph(standIn, 'POST', items, { body: { fields: { Score: 'high' } } })).status).toBe(400);
    expect(
      (await graph(standIn, 'POST', items, { body: { fields: { Title: 'x', Score: null } } })).status,
    ).toBe(400);
    expect(
      (await graph(standIn, 'POST', items, { body: { fields: { Title: 'x'.repeat(256) } } })).status,
    ).toBe(400);
    expect(
      (await graph(standIn, 'POST', items, { body: { fields: { Title: 'x'.repeat(255) } } })).status,
    ).toBe(201);
  });
});

describe('querying items', () => {
  it("matches a name with an apostrophe written as two quotes (O''Brien)", async () => {
    const result = await query("fields/Surname eq 'O''Brien'");
    expect(result.status).toBe(200);
    expect(titles(result)).toEqual(['Plan 1']);
  });

  it('supports eq, ne, lt, gt, le, ge, and, or and startswith', async () => {
    expect(titles(await query("fields/ClassId eq 'y3' and fields/Score gt 5"))).toEqual(['Plan 2']);
    expect(titles(await query('fields/Score lt 4'))).toEqual(['Plan 3']);
    expect(titles(await query('fields/Score le 4'))).toEqual(['Plan 1', 'Plan 3']);
    expect(titles(await query('fields/Score ge 7'))).toEqual(['Plan 2', 'Plan 4']);
    expect(titles(await query("fields/ClassId eq 'y4' or fields/ClassId eq 'y5'"))).toEqual([
      'Plan 3',
      'Plan 4',
    ]);
    expect(titles(await query("fields/ClassId eq 'y3' and fields/Active ne true"))).toEqual(['Plan 2']);
    expect(titles(await query("startswith(fields/Surname,'Ob')"))).toEqual(['Plan 3']);
  });

  it('compares booleans and date-times', async () => {
    expect(titles(await query('fields/Active eq false'))).toEqual(['Plan 2']);
    expect(titles(await query("fields/ReviewDate lt '2025-01-31T00:00:00Z'"))).toEqual(['Plan 2', 'Plan 4']);
    expect(titles(await query('fields/ReviewDate ge 2025-06-01T00:00:00Z'))).toEqual(['Plan 3']);
  });

  it('orders by a field, descending', async () => {
    const result = await query(
      "fields/ClassId ne 'zzz' and fields/Score ge 0",
      '&$orderby=fields/Score%20desc',
    );
    expect(titles(result)).toEqual(['Plan 4', 'Plan 2', 'Plan 1', 'Plan 3']);
  });

  it('returns only the selected fields', async () => {
    const result = await graph(
      standIn,
      'GET',
      `${items}?$expand=fields($select=Surname,Score)&$filter=${encodeURIComponent("fields/Surname eq 'Ahmed'")}`,
    );
    expect(fieldsOf(result.body.value?.[0] ?? {})).toEqual({
      '@odata.etag': expect.any(String),
      Surname: 'Ahmed',
      Score: 7,
    });
  });

  it('refuses a filter it cannot parse', async () => {
    const result = await query("fields/Surname eq 'unterminated");
    expect(result.status).toBe(400);
    expect(errorOf(result).code).toBe('invalidRequest');
  });
});

describe('paging', () => {
  it('pages through a list with @odata.nextLink, each item once', async () => {
    const listId = await createList(standIn, 'Paged', [{ name: 'Seq', number: {}, indexed: true }]);
    const paged = `/sites/${SEN_SITE_ID}/lists/${listId}/items`;
    const requests = Array.from({ length: 35 }, (_, i) => ({
      id: String(i + 1),
      method: 'POST',
      url: `${paged}`,
      headers: { 'Content-Type': 'application/json' },
      body: { fields: { Title: `Row ${i + 1}`, Seq: i + 1 } },
    }));
    await graph(standIn, 'POST', '/$batch', { body: { requests: requests.slice(0, 20) } });
    await graph(standIn, 'POST', '/$batch', { body: { requests: requests.slice(20) } });

    const seen: number[] = [];
    let pages = 0;
    let next: string | undefined = `${paged}?$expand=fields&$top=10&$orderby=fields/Seq%20desc`;
    while (next) {
      const page = await graph(standIn, 'GET', next);
      expect(page.status).toBe(200);
      pages++;
      for (const item of page.body.value ?? []) seen.push(fieldsOf(item)['Seq'] as number);
      next = page.body['@odata.nextLink'] as string | undefined;
      if (next) expect(next).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/.*\$skiptoken=/);
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(Array.from({ length: 35 }, (_, i) => 35 - i));
  });

  it('pages 200 items at a time by default', async () => {
    const listId = await createList(standIn, 'Default Page', []);
    const { internalsOf } = await import('./internals');
    internalsOf(standIn).seedListItems(
      SEN_SITE_ID,
      listId,
      Array.from({ length: 450 }, (_, i) => ({ Title: `R${i}` })),
      'senco@oakfield.example',
    );
    const first = await graph(standIn, 'GET', `/sites/${SEN_SITE_ID}/lists/${listId}/items`);
    expect(first.body.value).toHaveLength(200);
    const second = await graph(standIn, 'GET', first.body['@odata.nextLink'] as string);
    const third = await graph(standIn, 'GET', second.body['@odata.nextLink'] as string);
    expect(third.body.value).toHaveLength(50);
    expect(third.body['@odata.nextLink']).toBeUndefined();
    const ids = [first, second, third].flatMap((p) => (p.body.value ?? []).map((i) => Number(i['id'])));
    expect(new Set(ids).size).toBe(450);
  });
});
