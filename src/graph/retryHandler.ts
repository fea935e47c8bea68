import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { retryDelaySeconds, type BackoffPolicy, type RetryTiming } from './backoff';
import { LIST_VIEW_THRESHOLD } from './httpErrors';

/** Statuses Graph uses for "not now": the request was not carried out and may be sent again. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export interface RetryHandlerSettings {
  /** Resends after the first attempt. */
  readonly maxRetries: number;
  readonly policy: BackoffPolicy;
  readonly timing: RetryTiming;
}

/** A streamed body is read once by fetch; only a string or buffer can be sent again. */
const canResend = (context: Context): boolean => {
  const body = context.options?.body as { getReader?: unknown } | null | undefined;
  return typeof body?.getReader !== 'function';
};

/**
 * Graph passes SharePoint's list view threshold on as a 429 without Retry-After. Waiting never helps
 * (only an index does), so it is handed back at once rather than retried with backoff.
 */
const isListViewThreshold = async (response: Response): Promise<boolean> => {
  if (response.status !== 429 || response.headers.has('Retry-After')) return false;
  const text = await response
    .clone()
    .text()
    .catch(() => '');
  return LIST_VIEW_THRESHOLD.test(text);
};

const withRetryAttempt = (context: Context, retry: number): void => {
  const headers = { ...((context.options?.headers ?? {}) as Record<string, string>) };
  headers['Retry-Attempt'] = String(retry);
  context.options = { ...context.options, headers };
};

/**
 * Resends a whole request answered 429/503/504: after Retry-After when Graph gave one, otherwise after
 * an exponential, jittered, capped backoff. It replaces the SDK's RetryHandler, whose fallback is a
 * fixed delay plus a little randomness, with a real timer and Math.random that tests cannot control.
 */
export class BackoffRetryHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly settings: RetryHandlerSettings) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('BackoffRetryHandler has no next middleware.');
    for (let retry = 1; ; retry += 1) {
      await this.next.execute(context);
      const response = context.response;
      if (
        !response ||
        !RETRYABLE_STATUSES.has(response.status) ||
        retry > this.settings.maxRetries ||
        !canResend(context) ||
        (await isListViewThreshold(response))
      )
        return;
      const { policy, timing } = this.settings;
      const seconds = retryDelaySeconds(retry, response.headers.get('Retry-After'), policy, timing);
      withRetryAttempt(context, retry);
      await timing.sleep(seconds * 1000);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
