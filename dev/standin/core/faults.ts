import type { FaultConfig } from '../server';
import { errorResponse } from './errors';
import type { GraphResponse } from './http';

/** mulberry32: a tiny seeded generator, so a fault run can be repeated exactly. */
const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Graph does not always say how long to wait: half the faults leave Retry-After out unless told otherwise. */
const DEFAULT_WITHOUT_RETRY_AFTER = 0.5;

const FAULT_BODIES: Record<429 | 503, { code: string; message: string }> = {
  429: { code: 'activityLimitReached', message: 'The request has been throttled' },
  503: { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Try again later.' },
};

/**
 * Decides, before any work is done, whether a request (or a `$batch` sub-request: the dispatcher asks for
 * each) is answered with a throttling or outage fault, with or without Retry-After.
 */
export class FaultInjector {
  private config: FaultConfig | null = null;
  private random: () => number = Math.random;

  constructor(config: FaultConfig | null | undefined) {
    this.set(config ?? null);
  }

  set(config: FaultConfig | null): void {
    if (config && (config.rate < 0 || config.rate > 1))
      throw new RangeError('Fault rate must be between 0 and 1.');
    const without = config?.withoutRetryAfter;
    if (without !== undefined && (without < 0 || without > 1))
      throw new RangeError('The share of faults without Retry-After must be between 0 and 1.');
    this.config = config;
    this.random = seededRandom(config?.seed ?? Date.now());
  }

  /** A fault response, or null to let the request through. */
  maybeFault(requestId: string): GraphResponse | null {
    const config = this.config;
    if (!config || config.rate <= 0 || this.random() >= config.rate) return null;
    const statuses = config.statuses.length > 0 ? config.statuses : [429 as const];
    const status = statuses[Math.floor(this.random() * statuses.length)] ?? 429;
    const { code, message } = FAULT_BODIES[status];
    const withoutRetryAfter = this.random() < (config.withoutRetryAfter ?? DEFAULT_WITHOUT_RETRY_AFTER);
    return errorResponse(
      status,
      code,
      message,
      requestId,
      withoutRetryAfter ? {} : { 'Retry-After': String(config.retryAfterSeconds) },
    );
  }

  latencyMs(): number {
    const range = this.config?.latencyMs;
    if (!range) return 0;
    const [min, max] = range;
    return Math.round(min + this.random() * Math.max(0, max - min));
  }
}
