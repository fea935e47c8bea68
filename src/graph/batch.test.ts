import { Throttled } from '../domain/errors';
import { sendBatch, type BatchRequest } from './batch';
import { createGraphClient } from './client';
import {
  fakeFetch,
  subRequestsOf,
  type FakeAnswer,
  type SeenRequest,
  type SubRequest,
} from './testing/fakeFetch';

type SubAnswer = (
  sub: SubRequest,
  attempt: number,
) => { status: number; headers?: Record<string, string | undefined>; body?: unknown };

/** A `$batch` endpoint that answers each sub-request by `answer`, counting attempts per sub-request url. */
const batchEndpoint = (answer: SubAnswer) => {
  const attempts = new Map<string, number>();
  return fakeFetch((request: SeenRequest): FakeAnswer => {
    const responses = subRequestsOf(request).map((sub) => {
      const attempt = (attempts.get(sub.url) ?? 0) + 1;
      attempts.set(sub.url, attempt);
      return { id: sub.id, ...answer(sub, attempt) };
    });
    return { status: 200, body: { responses } };
  });
};

const clientWith = (fetchImpl: typeof fetch) =>
  createGraphClient({
    baseUrl: 'http://127.0.0.1:9/',
    getAccessToken: () => Promise.resolve('t'),
    scopes: [],
    fetchImpl,
    retry: { maxRetries: 0, delaySeconds: 0 },
  });

const gets = (count: number): BatchRequest[] =>
  Array.from({ length: count }, (_, i) => ({ method: 'GET', url: `/items/${i}` }));

describe('sendBatch', () => {
  test('sends at most 20 requests per $batch and answers in request order', async () => {
    const fake = batchEndpoint((sub) => ({ status: 200, body: { url: sub.url } }));
    const results = await sendBatch(clientWith(fake.fetch), gets(45));
    expect(fake.seen.map((request) => subRequestsOf(request).length)).toEqual([20, 20, 5]);
    expect(fake.seen.every((request) => request.url === 'http://127.0.0.1:9/v1.0/$batch')).toBe(true);
    expect(results.map((result) => (result.body as { url: string }).url)).toEqual(gets(45).map((r) => r.url));
  });

  test('tells the caller after each $batch call which requests have their last answer, throttled ones once resent', async () => {
    const fake = batchEndpoint((sub, attempt) =>
      sub.url === '/items/3' && attempt === 1
        ? { status: 429, headers: { 'Retry-After': '0' } }
        : { status: 200 },
    );
    const settled: number[][] = [];
    await sendBatch(clientWith(fake.fetch), gets(25), {
      sleep: () => Promise.resolve(),
      onSettled: (answers) => settled.push([...answers.keys()]),
    });
    expect(settled.map((indexes) => indexes.length)).toEqual([19, 5, 1]);
    expect(settled[0]).not.toContain(3);
    expect(settled[2]).toEqual([3]);
  });

  test('puts a JSON content type and the If-Match header on sub-requests that need them', async () => {
    const fake = batchEndpoint(() => ({ status: 200, body: {} }));
    await sendBatch(clientWith(fake.fetch), [
      { method: 'PATCH', url: '/x/fields', headers: { 'If-Match': '"{A},1"' }, body: { Title: 'T' } },
    ]);
    expect(subRequestsOf(fake.seen[0] as SeenRequest)[0]).toEqual({
      id: '0',
      method: 'PATCH',
      url: '/x/fields',
      headers: { 'If-Match': '"{A},1"', 'Content-Type': 'application/json' },
      body: { Title: 'T' },
    });
  });

  test('resends only the sub-requests answered 429/503/504, after the longest Retry-After', async () => {
    const fake = batchEndpoint((sub, attempt) => {
      if (sub.url === '/items/1' && attempt === 1) return { status: 429, headers: { 'Retry-After': '4' } };
      if (sub.url === '/items/3' && attempt === 1) return { status: 503, headers: { 'retry-after': '9' } };
      return { status: 200, body: { done: sub.url } };
    });
    const waits: number[] = [];
    const results = await sendBatch(clientWith(fake.fetch), gets(5), {
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    expect(waits).toEqual([9000]);
    expect(fake.seen).toHaveLength(2);
    expect(subRequestsOf(fake.seen[1] as SeenRequest).map((sub) => sub.url)).toEqual([
      '/items/1',
      '/items/3',
    ]);
    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200, 200]);
  });

  test('does not resend other failures: a 412 or 404 belongs to its item', async () => {
    const fake = batchEndpoint((sub) =>
      sub.url === '/items/0'
        ? { status: 412, body: { error: { code: 'preconditionFailed', message: 'eTag mismatch' } } }
        : { status: 404 },
    );
    const results = await sendBatch(clientWith(fake.fetch), gets(2), { sleep: () => Promise.resolve() });
    expect(fake.seen).toHaveLength(1);
    expect(results.map((result) => result.status)).toEqual([412, 404]);
  });

  test('stops after maxAttempts and leaves the last throttled answer for the caller to report', async () => {
    const fake = batchEndpoint(() => ({ status: 429, headers: { 'Retry-After': '1' } }));
    const waits: number[] = [];
    const results = await sendBatch(clientWith(fake.fetch), gets(1), {
      maxAttempts: 3,
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    expect(fake.seen).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
    expect(results[0]?.status).toBe(429);
  });

  test('without Retry-After it backs off exponentially with jitter, capped, and honours a Retry-After given later', async () => {
    const fake = batchEndpoint((_, attempt) =>
      attempt < 5
        ? { status: attempt === 4 ? 429 : 504, headers: attempt === 4 ? { 'Retry-After': '7' } : {} }
        : { status: 200 },
    );
    const waits: number[] = [];
    const results = await sendBatch(clientWith(fake.fetch), gets(1), {
      backoff: { baseSeconds: 2, capSeconds: 5 },
      random: () => 0.5,
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    // Half of 2, 4, then 8 capped at 5; then the Retry-After Graph sent.
    expect(waits).toEqual([1000, 2000, 2500, 7000]);
    expect(results[0]?.status).toBe(200);
  });

  test('when the $batch call itself is throttled beyond retries, the whole call fails as Throttled', async () => {
    const fake = fakeFetch(() => ({
      status: 429,
      headers: { 'Retry-After': '30' },
      body: { error: { code: 'tooManyRequests', message: 'Slow down' } },
    }));
    await expect(sendBatch(clientWith(fake.fetch), gets(2))).rejects.toBeInstanceOf(Throttled);
  });

  // Found by test/integration/resilience.test.ts: throwing here hid a target already created, and the
  // editor's "try again" then created it a second time.
  test('once a request was carried out, a throttled resend answers 429 instead of throwing it away', async () => {
    const fake = fakeFetch((request, index) =>
      index === 0
        ? {
            status: 200,
            body: {
              responses: subRequestsOf(request).map((sub) => ({
                id: sub.id,
                status: sub.url.endsWith('/0') ? 201 : 429,
                headers: { 'Retry-After': '0' },
              })),
            },
          }
        : { status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'x', message: 'Busy' } } },
    );
    const results = await sendBatch(clientWith(fake.fetch), gets(2), { sleep: () => Promise.resolve() });
    expect(results.map((r) => r.status)).toEqual([201, 429]);
  });

  test('a resend that gets no answer at all says so (status 0): it may or may not have been done', async () => {
    let calls = 0;
    const answered = fakeFetch((request) => ({
      status: 200,
      body: { responses: subRequestsOf(request).map((sub) => ({ id: sub.id, status: 503 })) },
    }));
    const cutOff: typeof fetch = (input, init) => {
      calls += 1;
      return calls === 1 ? answered.fetch(input, init) : Promise.reject(new TypeError('fetch failed'));
    };
    const results = await sendBatch(clientWith(cutOff), gets(1), { sleep: () => Promise.resolve() });
    expect(results.map((r) => r.status)).toEqual([0]);
  });
});
