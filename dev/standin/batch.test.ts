import type { StandIn } from './server';
import { createList, errorOf, graph, SEN_SITE_ID, startTestStandIn } from './testSupport';

let standIn: StandIn;
let items: string;

beforeAll(async () => {
  standIn = await startTestStandIn();
  const listId = await createList(standIn, 'Batched', [{ name: 'Seq', number: {}, indexed: true }]);
  // Sub-request urls are relative; the leading slash is optional.
  items = `sites/${SEN_SITE_ID}/lists/${listId}/items`;
});
afterAll(() => standIn.close());

interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
}
const responsesOf = (result: { body: Record<string, unknown> }): BatchResponse[] =>
  result.body['responses'] as BatchResponse[];
/** Graph may answer in any order: clients match answers to requests by id. */
const answerTo = (responses: readonly BatchResponse[], id: string): BatchResponse | undefined =>
  responses.find((response) => response.id === id);

const create = (id: string, seq: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  method: 'POST',
  url: items,
  headers: { 'Content-Type': 'application/json' },
  body: { fields: { Title: `Item ${seq}`, Seq: seq } },
  ...extra,
});

describe('$batch', () => {
  it('runs 20 requests in one round trip and counts each of them', async () => {
    standIn.resetStats();
    const requests = Array.from({ length: 20 }, (_, i) => create(String(i + 1), i + 1));
    const result = await graph(standIn, 'POST', '/$batch', { body: { requests } });
    expect(result.status).toBe(200);
    const responses = responsesOf(result);
    expect(responses).toHaveLength(20);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(answerTo(responses, '1')?.body).toMatchObject({ fields: { Seq: 1 } });
    const stats = standIn.stats();
    expect(stats.httpRequests).toBe(1);
    expect(stats.batchSubRequests).toBe(20);
    expect(stats.byPath['POST /sites/{siteId}/lists/{listId}/items']).toBe(20);
    expect(stats.byPath['POST /$batch']).toBe(1);
  });

  it('refuses a batch of 21 requests and runs none of them', async () => {
    const before = await graph(standIn, 'GET', `/${items}?$top=999`);
    const requests = Array.from({ length: 21 }, (_, i) => create(String(i + 1), 100 + i));
    const result = await graph(standIn, 'POST', '/$batch', { body: { requests } });
    expect(result.status).toBe(400);
    expect(errorOf(result).message).toContain('at most 20');
    const after = await graph(standIn, 'GET', `/${items}?$top=999`);
    expect(after.body.value).toHaveLength(before.body.value?.length ?? -1);
  });

  it('answers 424 for a request whose dependency failed', async () => {
    const requests = [
      create('1', 200),
      { id: '2', method: 'GET', url: `/${items}/999999`, dependsOn: ['1'] },
      { ...create('3', 201), dependsOn: ['2'] },
    ];
    const responses = responsesOf(await graph(standIn, 'POST', '/$batch', { body: { requests } }));
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 201],
      ['2', 404],
      ['3', 424],
    ]);
    const seq201 = await graph(
      standIn,
      'GET',
      `/${items}?$filter=${encodeURIComponent('fields/Seq eq 201')}`,
    );
    expect(seq201.body.value).toEqual([]);
  });

  it('runs dependent requests in order so a later one sees an earlier write', async () => {
    const requests = [
      create('a', 300),
      {
        id: 'b',
        method: 'GET',
        url: `/${items}?$filter=${encodeURIComponent('fields/Seq eq 300')}`,
        dependsOn: ['a'],
      },
    ];
    const responses = responsesOf(await graph(standIn, 'POST', '/$batch', { body: { requests } }));
    expect(answerTo(responses, 'b')?.status).toBe(200);
    expect((answerTo(responses, 'b')?.body?.['value'] as unknown[]).length).toBe(1);
  });

  it('refuses a batch that is neither fully sequential nor fully parallel', async () => {
    const requests = [create('1', 400), create('2', 401), { ...create('3', 402), dependsOn: ['1'] }];
    const result = await graph(standIn, 'POST', '/$batch', { body: { requests } });
    expect(result.status).toBe(400);
    expect(errorOf(result).message).toBe('Batch should be either fully sequential or fully parallel.');
  });

  it('refuses a sub-request with a body but no Content-Type, inside a 200 batch', async () => {
    const requests = [{ id: '1', method: 'POST', url: items, body: { fields: { Title: 'No type' } } }];
    const result = await graph(standIn, 'POST', '/$batch', { body: { requests } });
    expect(result.status).toBe(200);
    expect(responsesOf(result)[0]?.status).toBe(400);
  });

  it('answers each sub-request as the batch caller, with its own errors', async () => {
    const requests = [
      { id: '1', method: 'GET', url: '/me' },
      { id: '2', method: 'GET', url: '/users/nobody@oakfield.example' },
    ];
    const responses = responsesOf(
      await graph(standIn, 'POST', '/$batch', { as: 'emma.clarke@oakfield.example', body: { requests } }),
    );
    expect(answerTo(responses, '1')?.body?.['displayName']).toBe('Emma Clarke');
    expect(answerTo(responses, '2')?.status).toBe(404);
  });
});
