import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { ServiceError, Throttled, type DomainError } from '../domain/errors';
import {
  DEFAULT_BACKOFF,
  REAL_TIMING,
  retryDelaySeconds,
  type BackoffPolicy,
  type RetryTiming,
} from './backoff';
import { toDomainError } from './httpErrors';

/** Graph refuses a `$batch` of more than 20 requests. */
export const GRAPH_BATCH_LIMIT = 20;

/** Statuses Graph uses to say "not now"; a sub-request answered with one was not carried out. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export type BatchMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface BatchRequest {
  readonly method: BatchMethod;
  /** Relative to the version root, e.g. `/sites/{site}/lists/{list}/items`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/**
 * Why Graph gave a request no answer of its own: `sent`, it went out but no answer came back for it (the
 * `$batch` call carrying it failed, or its answer left it out); `notSent`, it never went out, because an
 * earlier `$batch` call of the same work failed, so it is known not to have happened.
 */
export interface Unanswered {
  readonly kind: 'sent' | 'notSent';
  /** The failure that left it unanswered, as the domain error a caller reports for it. */
  readonly error: DomainError;
}

export interface BatchResponse {
  /**
   * Graph's status for this request. For an unanswered one: the status the `$batch` call carrying it was
   * refused with (429 when throttled: nothing was done), or 0 when there is none.
   */
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** Present only when Graph did not answer this request itself; then `headers` and `body` are empty. */
  readonly unanswered?: Unanswered;
}

export interface BatchOptions {
  /** Attempts per sub-request, the first included. */
  readonly maxAttempts?: number;
  /** How long to wait between attempts when a sub-response has no Retry-After, and the longest wait. */
  readonly backoff?: Partial<BackoffPolicy>;
  /** Injected so tests need not wait; defaults to a real timer. */
  readonly sleep?: RetryTiming['sleep'];
  /** Injected so tests do not depend on chance; defaults to Math.random. */
  readonly random?: RetryTiming['random'];
  /**
   * Told after each `$batch` call the requests (by index) whose answer from it is their last, so long work
   * (an import) can report progress call by call rather than only at the end.
   */
  readonly onSettled?: (answers: ReadonlyMap<number, BatchResponse>) => void;
}

export const DEFAULT_BATCH_OPTIONS = { maxAttempts: 5 } as const;

const BatchEnvelopeSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().int(),
      headers: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
      body: z.unknown().optional(),
    }),
  ),
});

const lowerCaseKeys = (headers: Readonly<Record<string, string>> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]));

const withJsonContentType = (request: BatchRequest): Record<string, string> | undefined => {
  if (request.body === undefined) return request.headers ? { ...request.headers } : undefined;
  const hasContentType = Object.keys(request.headers ?? {}).some(
    (key) => key.toLowerCase() === 'content-type',
  );
  return hasContentType ? { ...request.headers } : { ...request.headers, 'Content-Type': 'application/json' };
};

/** One HTTP POST to `$batch` with at most 20 requests, keyed by their index in `requests`. */
const postOneBatch = async (
  client: Client,
  requests: readonly BatchRequest[],
  indexes: readonly number[],
): Promise<Map<number, BatchResponse>> => {
  const payload = {
    requests: indexes.map((index) => {
      const request = requests[index] as BatchRequest;
      const headers = withJsonContentType(request);
      return {
        id: String(index),
        method: request.method,
        url: request.url,
        ...(headers ? { headers } : {}),
        ...(request.body === undefined ? {} : { body: request.body }),
      };
    }),
  };
  let raw: unknown;
  try {
    raw = await client.api('/$batch').post(payload);
  } catch (error) {
    throw toDomainError(error);
  }
  const envelope = BatchEnvelopeSchema.safeParse(raw);
  if (!envelope.success)
    throw new ServiceError(502, 'Microsoft 365 sent a $batch answer that could not be read.');
  const answers = new Map<number, BatchResponse>();
  for (const response of envelope.data.responses) {
    answers.set(Number(response.id), {
      status: response.status,
      headers: lowerCaseKeys(response.headers),
      body: response.body ?? null,
    });
  }
  return answers;
};

/**
 * The status a request is given when the `$batch` call carrying it failed as a whole: 429 when it was
 * throttled (Graph did nothing), the call's own status when it was refused, 0 when no answer came.
 */
const unansweredStatusOf = (error: unknown): number =>
  error instanceof Throttled ? 429 : error instanceof ServiceError && error.status >= 400 ? error.status : 0;

/** What a request carried by a `$batch` call that failed as a whole (thrown as `error`) has for an answer. */
export const unansweredBy = (error: unknown): BatchResponse => ({
  status: unansweredStatusOf(error),
  headers: {},
  body: null,
  unanswered: { kind: 'sent', error: toDomainError(error) },
});

/** A request the `$batch` answer left out: sent, with no answer of its own. */
const leftOut = (): BatchResponse => ({
  status: 0,
  headers: {},
  body: null,
  unanswered: { kind: 'sent', error: new ServiceError(502, 'The $batch answer left this request out.') },
});

/** A request never sent because an earlier `$batch` call of the same work failed (thrown as `error`). */
const notSent = (error: unknown): BatchResponse => ({
  status: 0,
  headers: {},
  body: null,
  unanswered: { kind: 'notSent', error: toDomainError(error) },
});

/** Gateways that gave up (502, 504) may have passed the request on: only a look-up can tell. */
const UNKNOWN_OUTCOME_STATUSES: ReadonlySet<number> = new Set([0, 502, 504]);

/**
 * Whether a request may or may not have been carried out: it was sent, and either no answer came for it
 * or a gateway answered in Graph's place. A request never sent was not carried out.
 */
export const isUnknownOutcome = (response: BatchResponse): boolean =>
  response.unanswered?.kind !== 'notSent' && UNKNOWN_OUTCOME_STATUSES.has(response.status);

/** The same for the requests of a `$batch` call that failed as a whole before any answer (thrown as `error`). */
export const isUnknownFailure = (error: unknown): boolean => isUnknownOutcome(unansweredBy(error));

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
};

/**
 * Sends any number of requests as `$batch` calls of at most 20, and resends only the sub-requests
 * answered 429/503/504, after the longest wait among them: Retry-After where given, otherwise a jittered
 * exponential backoff (the client's retry middleware sees only the outer 200 of a `$batch`). Answers come back in request order, one per
 * request, so a failure belongs to its own item. A failure of the whole `$batch` call throws a
 * domain error.
 */
export const sendBatch = async (
  client: Client,
  requests: readonly BatchRequest[],
  options: BatchOptions = {},
): Promise<BatchResponse[]> => {
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_BATCH_OPTIONS.maxAttempts);
  const policy: BackoffPolicy = { ...DEFAULT_BACKOFF, ...options.backoff };
  const timing: RetryTiming = {
    ...REAL_TIMING,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
  };
  const results: (BatchResponse | null)[] = requests.map(() => null);
  let pending = requests.map((_, index) => index);
  let answered = false;

  for (let attempt = 1; pending.length > 0; attempt += 1) {
    for (const indexes of chunk(pending, GRAPH_BATCH_LIMIT)) {
      let answers: Map<number, BatchResponse>;
      try {
        answers = await postOneBatch(client, requests, indexes);
      } catch (error) {
        // Before any answer, the caller learns why the whole call failed. After one, throwing would hide
        // which requests were carried out (a save tried again would create those items twice): this
        // call's requests are unanswered by its failure, and those never sent are marked so.
        if (!answered) throw error;
        for (const index of indexes) results[index] = unansweredBy(error);
        return results.map((result) => result ?? notSent(error));
      }
      answered = true;
      for (const index of indexes) results[index] = answers.get(index) ?? leftOut();
      if (options.onSettled) {
        const settled = new Map<number, BatchResponse>();
        for (const index of indexes) {
          const result = results[index] as BatchResponse;
          if (attempt >= maxAttempts || !RETRYABLE_STATUSES.has(result.status)) settled.set(index, result);
        }
        options.onSettled(settled);
      }
    }
    const throttled = pending.filter((index) =>
      RETRYABLE_STATUSES.has((results[index] as BatchResponse).status),
    );
    if (throttled.length === 0 || attempt >= maxAttempts) break;
    const waits = throttled.map((index) =>
      retryDelaySeconds(attempt, (results[index] as BatchResponse).headers['retry-after'], policy, timing),
    );
    await timing.sleep(Math.max(...waits) * 1000);
    pending = throttled;
  }
  return results as BatchResponse[];
};

export const isSuccess = (response: BatchResponse): boolean =>
  response.status >= 200 && response.status < 300;
