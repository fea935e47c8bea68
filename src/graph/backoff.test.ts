import { backoffSeconds, DEFAULT_BACKOFF, retryDelaySeconds } from './backoff';

const NOW = Date.parse('2026-11-24T09:00:00Z');
const at = (random: number) => ({ random: () => random, now: () => NOW });

describe('retry delays', () => {
  test('without Retry-After the ceiling starts at 1 s and doubles each retry, capped at 30 s', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8].map((retry) => backoffSeconds(retry, DEFAULT_BACKOFF, () => 1));
    expect(ceilings).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });

  test('full jitter: the wait is the random fraction of the ceiling, never below 0 nor above it', () => {
    expect(backoffSeconds(4, DEFAULT_BACKOFF, () => 0)).toBe(0);
    expect(backoffSeconds(4, DEFAULT_BACKOFF, () => 0.25)).toBe(2);
    expect(backoffSeconds(4, DEFAULT_BACKOFF, () => 0.999)).toBeCloseTo(7.992);
    // A faulty random source cannot push the wait outside the bounds.
    expect(backoffSeconds(4, DEFAULT_BACKOFF, () => 7)).toBe(8);
    expect(backoffSeconds(4, DEFAULT_BACKOFF, () => -1)).toBe(0);
  });

  test('two clients throttled together wait different times', () => {
    expect(retryDelaySeconds(3, null, DEFAULT_BACKOFF, at(0.1))).not.toBe(
      retryDelaySeconds(3, null, DEFAULT_BACKOFF, at(0.9)),
    );
  });

  test('Retry-After in seconds is honoured exactly, whatever the retry number or the dice', () => {
    expect(retryDelaySeconds(1, '17', DEFAULT_BACKOFF, at(0))).toBe(17);
    expect(retryDelaySeconds(6, '3', DEFAULT_BACKOFF, at(0.99))).toBe(3);
    expect(retryDelaySeconds(2, '0', DEFAULT_BACKOFF, at(0.99))).toBe(0);
  });

  test('Retry-After as an HTTP date waits until that moment', () => {
    expect(retryDelaySeconds(1, 'Tue, 24 Nov 2026 09:00:45 GMT', DEFAULT_BACKOFF, at(0.5))).toBe(45);
    // A date already past means "now".
    expect(retryDelaySeconds(1, 'Tue, 24 Nov 2026 08:59:00 GMT', DEFAULT_BACKOFF, at(0.5))).toBe(0);
  });

  test('an unreadable Retry-After falls back to the backoff; a very long one is cut short', () => {
    expect(retryDelaySeconds(2, 'soon', DEFAULT_BACKOFF, at(0.5))).toBe(1);
    expect(retryDelaySeconds(1, '3600', DEFAULT_BACKOFF, at(0.5))).toBe(DEFAULT_BACKOFF.maxRetryAfterSeconds);
  });
});
