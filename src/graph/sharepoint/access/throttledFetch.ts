import type { Queryable } from '@pnp/queryable';
import { DEFAULT_BACKOFF, retryDelaySeconds, type BackoffPolicy, type RetryTiming } from '../../backoff';

/** fetch rejected: the request may or may not have reached SharePoint, and no answer came back. */
export class NoAnswer extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : 'No answer from SharePoint.');
    this.name = 'NoAnswer';
  }
}

export interface ThrottledFetchOptions {
  readonly fetchImpl: typeof fetch;
  /** Attempts per request, the first included. */
  readonly maxAttempts: number;
  readonly policy?: BackoffPolicy;
  readonly timing: RetryTiming;
}

/**
 * SharePoint answers 429 or 503 when it throttles, saying how long to wait in Retry-After, and has not
 * carried the request out (https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online).
 * Only those are sent again, after the wait it asked for (seconds or an HTTP date), else a jittered backoff.
 * PnPjs's own BrowserFetchWithRetry is not used: it also resends after fetch rejects, which would make a
 * folder or an item twice when only the answer was lost, reads Retry-After as seconds only, and always
 * calls the global fetch.
 */
export const ThrottledFetch =
  (options: ThrottledFetchOptions) =>
  (instance: Queryable): Queryable => {
    const policy = options.policy ?? DEFAULT_BACKOFF;
    instance.on.send.replace(async (url: URL, init: RequestInit): Promise<Response> => {
      for (let attempt = 1; ; attempt += 1) {
        let response: Response;
        try {
          response = await options.fetchImpl(url.toString(), init);
        } catch (error) {
          throw new NoAnswer(error);
        }
        const throttled = response.status === 429 || response.status === 503;
        if (!throttled || attempt >= options.maxAttempts) return response;
        const wait = retryDelaySeconds(attempt, response.headers.get('Retry-After'), policy, options.timing);
        await options.timing.sleep(wait * 1000);
      }
    });
    return instance;
  };
