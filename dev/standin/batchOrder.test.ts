import { asSentOrder, shuffledOrder } from './core/batchOrder';
import type { StandIn } from './server';
import { createList, graph, SEN_SITE_ID, startTestStandIn } from './testSupport';

interface Answer {
  id: string;
  status: number;
  body?: { id?: string; fields?: { Seq?: number }; error?: { code: string; message: string } };
}

let standIn: StandIn;
let listA: string;
let listB: string;

beforeAll(async () => {
  standIn = await startTestStandIn();
  listA = await createList(standIn, 'Order A', [{ name: 'Seq', number: {}, indexed: true }]);
  listB = await createList(standIn, 'Order B', [{ name: 'Seq', number: {} }]);
});
afterEach(() => standIn.setBatchOrder(shuffledOrder(1)));
afterAll(() => standIn.close());

const batch = async (requests: unknown[]): Promise<Answer[]> => {
  const result = await graph(standIn, 'POST', '/$batch', { body: { requests } });
  expect(result.status).toBe(200);
  return result.body['responses'] as Answer[];
};

const createItem = (list: string, seq: number, extra: Record<string, unknown> = {}) => ({
  id: String(seq),
  method: 'POST',
  url: `/sites/${SEN_SITE_ID}/lists/${list}/items`,
  headers: { 'Content-Type': 'application/json' },
  body: { fields: { Title: `Item ${seq}`, Seq: seq } },
  ...extra,
});

const newColumn = (id: string, list: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  method: 'POST',
  url: `/sites/${SEN_SITE_ID}/lists/${list}/columns`,
  headers: { 'Content-Type': 'application/json' },
  body: { name, text: {} },
  ...extra,
});

/** Item ids are handed out as requests run, so they show the order the stand-in ran them in. */
const runOrder = (answers: readonly Answer[]): number[] =>
  [...answers]
    .sort((a, b) => Number(a.body?.id) - Number(b.body?.id))
    .map((answer) => answer.body?.fields?.Seq ?? -1);

const seqs = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe('$batch order', () => {
  it('runs independent requests in a shuffled order, the same for the same seed, and answers as they finish', async () => {
    standIn.setBatchOrder(shuffledOrder(7));
    const first = await batch(seqs(1, 10).map((seq) => createItem(listA, seq)));
    standIn.setBatchOrder(shuffledOrder(7));
    const again = await batch(seqs(11, 10).map((seq) => createItem(listA, seq)));

    expect(runOrder(first)).not.toEqual(seqs(1, 10));
    expect(runOrder(again).map((seq) => seq - 10)).toEqual(runOrder(first));
    // Answers come back in the order the requests finished, not the order sent.
    expect(first.map((answer) => answer.body?.fields?.Seq)).toEqual(runOrder(first));
  });

  it('lets a test fix the order', async () => {
    standIn.setBatchOrder((ids) => [...ids].reverse());
    expect(runOrder(await batch(seqs(31, 4).map((seq) => createItem(listA, seq))))).toEqual([34, 33, 32, 31]);
    standIn.setBatchOrder(asSentOrder);
    expect(runOrder(await batch(seqs(41, 4).map((seq) => createItem(listA, seq))))).toEqual([41, 42, 43, 44]);
  });

  it('runs a dependsOn chain in its order whatever the shuffle', async () => {
    standIn.setBatchOrder((ids) => [...ids].reverse());
    const chain = seqs(51, 5).map((seq, i) =>
      createItem(listA, seq, i === 0 ? {} : { dependsOn: [String(seq - 1)] }),
    );
    expect(runOrder(await batch(chain))).toEqual(seqs(51, 5));
  });
});

describe('concurrent column changes', () => {
  it('answers 409 Save Conflict to the second of two column changes to one list that run at once', async () => {
    for (const order of [asSentOrder, (ids: readonly string[]) => [...ids].reverse()]) {
      standIn.setBatchOrder(order);
      const suffix = order === asSentOrder ? 'One' : 'Two';
      const answers = await batch([
        newColumn('a', listA, `First${suffix}`),
        newColumn('b', listA, `Second${suffix}`),
      ]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([201, 409]);
      const refused = answers.find((answer) => answer.status === 409);
      expect(refused?.body?.error?.code).toBe('conflict');
      expect(refused?.body?.error?.message).toMatch(/^Save Conflict\./);
      // The refused change did not happen; the first did.
      const columns = await graph(standIn, 'GET', `/sites/${SEN_SITE_ID}/lists/${listA}/columns`);
      const names = (columns.body.value ?? []).map((column) => column['name']);
      const ran = answers.find((answer) => answer.status === 201)?.id === 'a' ? 'First' : 'Second';
      const other = ran === 'First' ? 'Second' : 'First';
      expect(names).toContain(`${ran}${suffix}`);
      expect(names).not.toContain(`${other}${suffix}`);
    }
  });

  it('lets different lists change at once, and one list change after another', async () => {
    const parallel = await batch([newColumn('a', listA, 'OnA'), newColumn('b', listB, 'OnB')]);
    expect(parallel.map((answer) => answer.status)).toEqual([201, 201]);
    const chained = await batch([
      newColumn('a', listA, 'ChainOne'),
      newColumn('b', listA, 'ChainTwo', { dependsOn: ['a'] }),
      {
        id: 'c',
        method: 'PATCH',
        url: `/sites/${SEN_SITE_ID}/lists/${listA}/columns/ChainOne`,
        headers: { 'Content-Type': 'application/json' },
        body: { description: 'Changed after ChainTwo was added.' },
        dependsOn: ['b'],
      },
    ]);
    expect(chained.map((answer) => answer.status)).toEqual([201, 201, 200]);
  });
});
