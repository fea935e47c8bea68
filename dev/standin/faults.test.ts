import type { FaultConfig, StandIn } from './server';
import { createList, errorOf, fieldsOf, graph, SEN_SITE_ID, startTestStandIn } from './testSupport';

const THIRTY_PERCENT: FaultConfig = { rate: 0.3, statuses: [429, 503], retryAfterSeconds: 7, seed: 42 };

let standIn: StandIn;
let items: string;

beforeAll(async () => {
  standIn = await startTestStandIn();
  const listId = await createList(standIn, 'Flaky', [{ name: 'Seq', number: {}, indexed: true }]);
  items = `/sites/${SEN_SITE_ID}/lists/${listId}/items`;
});
afterAll(() => standIn.close());
afterEach(() => standIn.setFaults(null));

async function storedSeqs(): Promise<number[]> {
  const all = await graph(standIn, 'GET', `${items}?$expand=fields&$top=5000`);
  return (all.body.value ?? []).map((i) => fieldsOf(i)['Seq'] as number).sort((a, b) => a - b);
}

describe('fault injection', () => {
  it('answers about 30% of requests 429 or 503, some without Retry-After, and never applies a faulted write', async () => {
    standIn.setFaults(THIRTY_PERCENT);
    const accepted: number[] = [];
    const statuses: number[] = [];
    const retryAfters: (string | null)[] = [];
    for (let seq = 1; seq <= 100; seq++) {
      const result = await graph(standIn, 'POST', items, { body: { fields: { Seq: seq } } });
      statuses.push(result.status);
      if (result.status === 201) {
        accepted.push(seq);
      } else {
        expect([429, 503]).toContain(result.status);
        retryAfters.push(result.headers.get('retry-after'));
        expect(errorOf(result).code).toBe(
          result.status === 429 ? 'activityLimitReached' : 'serviceNotAvailable',
        );
      }
    }
    const faulted = statuses.filter((s) => s !== 201).length;
    expect(faulted).toBeGreaterThan(15);
    expect(faulted).toBeLessThan(45);
    expect(statuses).toContain(429);
    expect(statuses).toContain(503);
    // Graph does not always say how long to wait: both forms turn up, and a given one is the configured wait.
    expect(new Set(retryAfters)).toEqual(new Set(['7', null]));
    standIn.setFaults(null);
    expect(await storedSeqs()).toEqual(accepted);
  });

  it('faults individual $batch sub-requests inside a 200 response, applying only the others', async () => {
    const before = await storedSeqs();
    standIn.setFaults(THIRTY_PERCENT);
    const accepted: number[] = [];
    let faultedSubRequests = 0;
    const subRetryAfters = new Set<string | undefined>();
    for (let batch = 0; batch < 5; batch++) {
      const requests = Array.from({ length: 20 }, (_, i) => ({
        id: String(i + 1),
        method: 'POST',
        url: items,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Seq: 1000 + batch * 20 + i } },
      }));
      const result = await graph(standIn, 'POST', '/$batch', { body: { requests } });
      if (result.status !== 200) {
        expect([429, 503]).toContain(result.status);
        continue;
      }
      for (const response of result.body['responses'] as {
        id: string;
        status: number;
        headers: Record<string, string>;
      }[]) {
        const seq = 1000 + batch * 20 + Number(response.id) - 1;
        if (response.status === 201) {
          accepted.push(seq);
        } else {
          faultedSubRequests++;
          expect([429, 503]).toContain(response.status);
          subRetryAfters.add(response.headers['Retry-After']);
        }
      }
    }
    expect(faultedSubRequests).toBeGreaterThan(5);
    expect(subRetryAfters).toEqual(new Set(['7', undefined]));
    standIn.setFaults(null);
    expect(await storedSeqs()).toEqual([...before, ...accepted].sort((a, b) => a - b));
  });

  it('can send every fault with Retry-After, or none', async () => {
    for (const [withoutRetryAfter, expected] of [
      [0, '7'],
      [1, null],
    ] as const) {
      standIn.setFaults({ ...THIRTY_PERCENT, rate: 1, withoutRetryAfter });
      for (let i = 0; i < 10; i++)
        expect((await graph(standIn, 'GET', '/me')).headers.get('retry-after')).toBe(expected);
    }
  });

  it('repeats the same faults for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      standIn.setFaults({ ...THIRTY_PERCENT, seed: 7 });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await graph(standIn, 'GET', '/me')).status);
      return statuses;
    };
    expect(await run()).toEqual(await run());
  });

  it('adds latency when asked', async () => {
    standIn.setFaults({ rate: 0, statuses: [429], retryAfterSeconds: 1, latencyMs: [150, 150] });
    const started = Date.now();
    const result = await graph(standIn, 'GET', '/me');
    expect(result.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
