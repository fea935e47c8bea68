import { parseRetryAfter } from './httpErrors';

/**
 * How long to wait before resending a request Graph answered 429/503/504. Graph usually says how long
 * in Retry-After, but not always; without it Microsoft asks for exponential backoff
 * (https://learn.microsoft.com/en-us/graph/throttling#best-practices-to-handle-throttling).
 */
export interface BackoffPolicy {
  /** The longest first wait when Graph gave no Retry-After; each later retry doubles it. */
  readonly baseSeconds: number;
  /** The doubling stops here, so a long outage never means minutes between tries. */
  readonly capSeconds: number;
  /** A Retry-After longer than this is cut short: someone is waiting for the answer. */
  readonly maxRetryAfterSeconds: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseSeconds: 1, capSeconds: 30, maxRetryAfterSeconds: 120 };

/** The clock and dice a retry loop uses, injected so tests neither wait nor depend on chance. */
export interface RetryTiming {
  readonly sleep: (milliseconds: number) => Promise<void>;
  /** A number in [0, 1). */
  readonly random: () => number;
  /** Epoch milliseconds, for a Retry-After given as an HTTP date. */
  readonly now: () => number;
}

export const REAL_TIMING: RetryTiming = {
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
  random: () => Math.random(),
  now: () => Date.now(),
};

/**
 * "Full jitter": a random wait between 0 and the doubled ceiling, so many clients throttled at the same
 * moment do not all come back together. `retry` counts from 1.
 */
export const backoffSeconds = (retry: number, policy: BackoffPolicy, random: () => number): number => {
  const ceiling = Math.min(policy.capSeconds, policy.baseSeconds * 2 ** Math.max(0, retry - 1));
  return Math.min(1, Math.max(0, random())) * ceiling;
};

/** Retry-After (seconds or an HTTP date) when Graph sent one, otherwise the jittered backoff. */
export const retryDelaySeconds = (
  retry: number,
  retryAfter: string | null | undefined,
  policy: BackoffPolicy,
  timing: Pick<RetryTiming, 'random' | 'now'>,
): number => {
  const asked = parseRetryAfter(retryAfter, timing.now());
  return asked === null
    ? backoffSeconds(retry, policy, timing.random)
    : Math.min(asked, policy.maxRetryAfterSeconds);
};
