import { Offline, Throttled } from '../domain/errors';
import { createGraphClient } from './client';
import { toDomainError } from './httpErrors';
import { fakeFetch } from './testing/fakeFetch';

const tokenFor = (scopes: readonly string[]): Promise<string> =>
  Promise.resolve(`token-for:${scopes.join(' ')}`);

describe('createGraphClient', () => {
  test('sends requests to the configured base URL with the bearer token for the configured scopes', async () => {
    const fake = fakeFetch(() => ({ status: 200, body: { id: 'me' } }));
    const client = createGraphClient({
      baseUrl: 'http://127.0.0.1:5123/',
      getAccessToken: tokenFor,
      scopes: ['Sites.ReadWrite.All'],
      fetchImpl: fake.fetch,
    });
    await expect(client.api('/me').get()).resolves.toEqual({ id: 'me' });
    expect(fake.seen[0]?.url).toBe('http://127.0.0.1:5123/v1.0/me');
    expect(fake.seen[0]?.headers['authorization']).toBe('Bearer token-for:Sites.ReadWrite.All');
  });

  test('works the same against graph.microsoft.com', async () => {
    const fake = fakeFetch(() => ({ status: 200, body: {} }));
    const client = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/',
      getAccessToken: tokenFor,
      scopes: ['User.Read'],
      fetchImpl: fake.fetch,
    });
    await client.api('/me').get();
    expect(fake.seen[0]?.url).toBe('https://graph.microsoft.com/v1.0/me');
    expect(fake.seen[0]?.headers['authorization']).toBe('Bearer token-for:User.Read');
  });

  test('never sends the token to another host, even if a caller asks for a full URL there', async () => {
    const fake = fakeFetch(() => ({ status: 200, body: {} }));
    const client = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/',
      getAccessToken: tokenFor,
      scopes: ['User.Read'],
      fetchImpl: fake.fetch,
    });
    await client.api('https://evil.example/v1.0/me').header('Authorization', 'Bearer leaked').get();
    expect(fake.seen[0]?.url).toBe('https://evil.example/v1.0/me');
    expect(fake.seen[0]?.headers['authorization']).toBeUndefined();
  });

  test('retries a throttled request after the Retry-After the service gave, then succeeds', async () => {
    const fake = fakeFetch((_, index) =>
      index < 2
        ? {
            status: 429,
            headers: { 'Retry-After': '0' },
            body: { error: { code: 'tooManyRequests', message: 'Slow down' } },
          }
        : { status: 200, body: { ok: true } },
    );
    const client = createGraphClient({
      baseUrl: 'http://127.0.0.1:1/',
      getAccessToken: tokenFor,
      scopes: [],
      fetchImpl: fake.fetch,
      retry: { maxRetries: 3, delaySeconds: 0 },
    });
    await expect(client.api('/me').get()).resolves.toEqual({ ok: true });
    expect(fake.seen).toHaveLength(3);
    expect(fake.seen[2]?.headers['retry-attempt']).toBe('2');
  });

  test('gives up after maxRetries and reports Throttled with the Retry-After', async () => {
    const fake = fakeFetch(() => ({
      status: 503,
      headers: { 'Retry-After': '0' },
      body: { error: { code: 'serviceNotAvailable', message: 'Busy' } },
    }));
    const client = createGraphClient({
      baseUrl: 'http://127.0.0.1:1/',
      getAccessToken: tokenFor,
      scopes: [],
      fetchImpl: fake.fetch,
      retry: { maxRetries: 2, delaySeconds: 0 },
    });
    const error = await client
      .api('/me')
      .get()
      .catch((e: unknown) => toDomainError(e));
    expect(error).toBeInstanceOf(Throttled);
    expect((error as Throttled).retryAfterSeconds).toBe(0);
    expect(fake.seen).toHaveLength(3);
  });

  test('a network failure surfaces as Offline', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    const client = createGraphClient({
      baseUrl: 'http://127.0.0.1:1/',
      getAccessToken: tokenFor,
      scopes: [],
      fetchImpl: failing,
    });
    const error = await client
      .api('/me')
      .get()
      .catch((e: unknown) => toDomainError(e));
    expect(error).toBeInstanceOf(Offline);
  });
});

test('a 429 without Retry-After (the list view threshold) is not retried: waiting would not help', async () => {
  const fake = fakeFetch(() => ({
    status: 429,
    body: {
      error: {
        code: 'activityLimitReached',
        message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
      },
    },
  }));
  const client = createGraphClient({
    baseUrl: 'http://127.0.0.1:1/',
    getAccessToken: tokenFor,
    scopes: [],
    fetchImpl: fake.fetch,
    retry: { maxRetries: 5, delaySeconds: 0 },
  });
  await expect(client.api('/sites/s/lists/l/items').get()).rejects.toMatchObject({ statusCode: 429 });
  expect(fake.seen).toHaveLength(1);
});

describe('retries without Retry-After', () => {
  /** A client whose waits are recorded, not slept, with the dice fixed at `random`. */
  const clientRecordingWaits = (
    fetchImpl: typeof fetch,
    retry: { maxRetries: number; delaySeconds: number; maxDelaySeconds?: number },
    random: number,
  ) => {
    const waits: number[] = [];
    const client = createGraphClient({
      baseUrl: 'http://127.0.0.1:1/',
      getAccessToken: tokenFor,
      scopes: [],
      fetchImpl,
      retry,
      timing: {
        sleep: (ms: number) => Promise.resolve(void waits.push(ms)),
        random: () => random,
        now: () => Date.parse('2026-11-24T09:00:00Z'),
      },
    });
    return { client, waits };
  };

  test('a 429 or 503 with no Retry-After is resent after a growing, jittered, capped backoff', async () => {
    const fake = fakeFetch((_, index) =>
      index < 6
        ? { status: index % 2 === 0 ? 429 : 503, body: { error: { code: 'busy', message: 'Busy' } } }
        : { status: 200, body: { ok: true } },
    );
    const { client, waits } = clientRecordingWaits(
      fake.fetch,
      { maxRetries: 6, delaySeconds: 1, maxDelaySeconds: 10 },
      0.5,
    );
    await expect(client.api('/me').get()).resolves.toEqual({ ok: true });
    expect(fake.seen).toHaveLength(7);
    // Half (the dice) of 1, 2, 4, 8, then 16 and 32 capped at 10.
    expect(waits).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
  });

  test('mixes with Retry-After: the service’s own wait (seconds or date) wins when it gives one', async () => {
    const fake = fakeFetch((_, index) =>
      index === 0
        ? { status: 503, headers: { 'Retry-After': 'Tue, 24 Nov 2026 09:00:20 GMT' }, body: {} }
        : index === 1
          ? { status: 429, body: {} }
          : { status: 200, body: { ok: true } },
    );
    const { client, waits } = clientRecordingWaits(fake.fetch, { maxRetries: 3, delaySeconds: 1 }, 0.25);
    await expect(client.api('/me').get()).resolves.toEqual({ ok: true });
    expect(waits).toEqual([20_000, 500]);
    expect(fake.seen[2]?.headers['retry-attempt']).toBe('2');
  });

  test('gives up after maxRetries and reports Throttled with no Retry-After', async () => {
    const fake = fakeFetch(() => ({ status: 503, body: { error: { code: 'x', message: 'Down' } } }));
    const { client, waits } = clientRecordingWaits(fake.fetch, { maxRetries: 2, delaySeconds: 1 }, 0);
    const error = await client
      .api('/me')
      .get()
      .catch((e: unknown) => toDomainError(e));
    expect(error).toBeInstanceOf(Throttled);
    expect((error as Throttled).retryAfterSeconds).toBeNull();
    expect(fake.seen).toHaveLength(3);
    expect(waits).toEqual([0, 0]);
  });
});
