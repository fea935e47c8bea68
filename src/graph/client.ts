import { Client } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { DEFAULT_BACKOFF, REAL_TIMING, type RetryTiming } from './backoff';
import { BackoffRetryHandler } from './retryHandler';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/` in a tenant, `http://127.0.0.1:PORT/` for the local stand-in. */
  readonly baseUrl: string;
  readonly getAccessToken: (scopes: readonly string[]) => Promise<string>;
  readonly scopes: readonly string[];
  /** Defaults to the global fetch; tests pass a recording or failing fetch. */
  readonly fetchImpl?: typeof fetch;
  /**
   * Whole-request retries for 429/503/504. Retry-After is honoured when Graph sends it; otherwise the
   * wait is a jittered backoff from `delaySeconds`, doubling each time up to `maxDelaySeconds`.
   */
  readonly retry?: {
    readonly maxRetries: number;
    readonly delaySeconds: number;
    readonly maxDelaySeconds?: number;
  };
  /** Defaults to real timers and Math.random; tests pass their own so they never wait. */
  readonly timing?: RetryTiming;
}

export const DEFAULT_RETRY = {
  maxRetries: 5,
  delaySeconds: DEFAULT_BACKOFF.baseSeconds,
  maxDelaySeconds: DEFAULT_BACKOFF.capSeconds,
} as const;

type HeaderBag = Record<string, string>;

/** The request's headers as a plain object, without any Authorization header it arrived with. */
const headersWithoutAuthorization = (context: Context): HeaderBag => {
  const current = context.options?.headers;
  const entries: [string, string][] =
    current instanceof Headers
      ? [...current.entries()]
      : Array.isArray(current)
        ? current.map(([key, value]) => [key, value] as [string, string])
        : Object.entries((current ?? {}) as HeaderBag);
  return Object.fromEntries(entries.filter(([key]) => key.toLowerCase() !== 'authorization'));
};

const urlOf = (context: Context): string =>
  typeof context.request === 'string' ? context.request : context.request.url;

/**
 * Puts the bearer token on requests to the configured Graph origin only, and strips it from any
 * other. The SDK's own AuthenticationHandler recognises Graph and `customHosts` only for https://
 * URLs, so against the local stand-in (plain http on 127.0.0.1) it would send no token at all.
 */
class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly origin: string,
    private readonly getAccessToken: (scopes: readonly string[]) => Promise<string>,
    private readonly scopes: readonly string[],
  ) {}

  async execute(context: Context): Promise<void> {
    const headers = headersWithoutAuthorization(context);
    context.options = { ...context.options, headers };
    if (new URL(urlOf(context)).origin === this.origin) {
      headers.Authorization = `Bearer ${await this.getAccessToken(this.scopes)}`;
    }
    if (!this.next) throw new Error('BearerTokenHandler has no next middleware.');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** The last link: hands the request to fetch (injectable, unlike the SDK's HTTPMessageHandler). */
class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options as RequestInit);
  }
}

/** A Graph client whose middleware chain is auth → retry (Retry-After, else backoff) → HTTP. */
export const createGraphClient = (options: GraphClientOptions): Client => {
  const base = new URL(options.baseUrl);
  const retry = options.retry ?? DEFAULT_RETRY;
  const fetchImpl = options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  const auth = new BearerTokenHandler(base.origin, options.getAccessToken, options.scopes);
  const retryHandler = new BackoffRetryHandler({
    maxRetries: retry.maxRetries,
    policy: {
      ...DEFAULT_BACKOFF,
      baseSeconds: retry.delaySeconds,
      capSeconds: retry.maxDelaySeconds ?? Math.max(retry.delaySeconds, DEFAULT_BACKOFF.capSeconds),
    },
    timing: options.timing ?? REAL_TIMING,
  });
  auth.setNext(retryHandler);
  retryHandler.setNext(new FetchHandler(fetchImpl));
  return Client.initWithMiddleware({
    baseUrl: base.href,
    defaultVersion: 'v1.0',
    middleware: auth,
    // Lets the SDK treat the configured host as Graph wherever it checks (https hosts only).
    customHosts: new Set([base.hostname]),
  });
};
