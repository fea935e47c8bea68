import { GraphError } from '@microsoft/microsoft-graph-client';
import {
  AccessDenied,
  DomainError,
  EditConflict,
  Invalid,
  NotFound,
  Offline,
  RecordLocked,
  ServiceError,
  Throttled,
  type ItemRef,
} from '../domain/errors';

/** What an HTTP failure says, whether it came back as a whole response or inside a `$batch`. */
export interface HttpFailure {
  readonly status: number;
  readonly code?: string | null;
  readonly message?: string | null;
  /** Seconds, from the Retry-After header, when the service sent one. */
  readonly retryAfterSeconds?: number | null;
}

const UNKNOWN_ITEM: ItemRef = { kind: 'list', id: 'unknown' };

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 10.2.3). */
export const parseRetryAfter = (
  value: string | null | undefined,
  now: number = Date.now(),
): number | null => {
  if (value === null || value === undefined || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
};

/** SharePoint's wording when a query passes the list view threshold. */
export const LIST_VIEW_THRESHOLD = /exceeds the list view threshold/i;

/**
 * SharePoint's wording for a record that blocks a change ("...because it is either on hold or is a record which
 * blocks deletion.", https://support.microsoft.com/en-us/help/2905419): a refusal that says so is a locked
 * record whatever status carries it, since we could not confirm the status SharePoint Online uses for list items.
 */
const RECORD_IN_MESSAGE = /\b(?:is a record|locked as a record|record which blocks)\b/i;

/** SharePoint names the column in its 400 messages, e.g. "Field 'Foo' is not recognized". */
const FIELD_IN_MESSAGE = /(?:Field|Column) '([^']+)'/i;

/** The one mapping from an HTTP status to a domain error; every Graph adapter goes through it. */
export const domainErrorFromStatus = (failure: HttpFailure, item?: ItemRef): DomainError => {
  const message = failure.message ?? `Microsoft 365 answered HTTP ${failure.status}.`;
  // Graph passes SharePoint's list view threshold on as 429, but waiting never helps: only an index does.
  if (LIST_VIEW_THRESHOLD.test(message)) return new ServiceError(failure.status, message);
  if (failure.status >= 400 && failure.status < 500 && RECORD_IN_MESSAGE.test(message))
    return new RecordLocked(item);
  switch (failure.status) {
    // No answer at all.
    case 0:
      return new Offline();
    case 401:
    case 403:
      return new AccessDenied(item);
    case 404:
      return new NotFound(item ?? UNKNOWN_ITEM);
    // 423 Locked: SharePoint keeps a record-labelled item as it is (docs/RECORDS.md).
    case 423:
      return new RecordLocked(item);
    case 412:
      return new EditConflict(item ?? UNKNOWN_ITEM, null, null);
    case 429:
    case 503:
      return new Throttled(failure.retryAfterSeconds ?? null);
    case 400: {
      const field = FIELD_IN_MESSAGE.exec(message)?.[1];
      return field ? new Invalid([{ path: field, message }], item) : new ServiceError(400, message);
    }
    default:
      return new ServiceError(failure.status, message);
  }
};

/** fetch rejects with a TypeError when the network is down or the host cannot be reached. */
const isNetworkFailure = (error: GraphError): boolean =>
  error.statusCode <= 0 &&
  (error.code === 'TypeError' || error.code === 'AbortError' || error.code === 'FetchError');

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Graph's error body, `{ "error": { "code", "message" } }`, whether parsed already (a `$batch` part)
 * or still text (a raw response, or the SDK's GraphError body, which holds the inner `error` object).
 * The one place an error body is read.
 */
export const errorBodyOf = (body: unknown): { code: string | null; message: string | null } => {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return { code: null, message: null };
    }
  }
  if (typeof parsed !== 'object' || parsed === null) return { code: null, message: null };
  const outer = parsed as { error?: unknown; code?: unknown; message?: unknown };
  const inner = (typeof outer.error === 'object' && outer.error !== null ? outer.error : outer) as {
    code?: unknown;
    message?: unknown;
  };
  return { code: textOrNull(inner.code), message: textOrNull(inner.message) };
};

/** An answer from Graph: a whole response's parts, or one part of a `$batch`. */
export interface GraphAnswer {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  /** When there was no answer from Graph for it (a `$batch` part cut off or never sent): why. */
  readonly unanswered?: { readonly error: DomainError };
}

/** What a failed answer says, ready for `domainErrorFromStatus`. */
export const httpFailureOf = (answer: GraphAnswer): HttpFailure => ({
  status: answer.status,
  ...errorBodyOf(answer.body),
  retryAfterSeconds: parseRetryAfter(answer.headers['retry-after']),
});

/**
 * Any failed Graph answer (whole response or `$batch` part) as the domain error for its item; a part
 * Graph never answered carries the failure that left it unanswered.
 */
export const domainErrorOf = (answer: GraphAnswer, item?: ItemRef): DomainError =>
  answer.unanswered?.error ?? domainErrorFromStatus(httpFailureOf(answer), item);

/** A raw fetch `Response` that failed, read once, as its domain error. */
export const domainErrorOfResponse = async (response: Response, item?: ItemRef): Promise<DomainError> =>
  domainErrorOf(
    {
      status: response.status,
      headers: { 'retry-after': response.headers.get('Retry-After') ?? '' },
      body: await response.text().catch(() => ''),
    },
    item,
  );

const messageOf = (error: GraphError): string | null =>
  errorBodyOf(error.body).message ?? (error.message || null);

/** Maps anything a Graph call can throw to a domain error (domain errors pass through unchanged). */
export const toDomainError = (error: unknown, item?: ItemRef): DomainError => {
  if (error instanceof DomainError) return error;
  if (error instanceof GraphError) {
    if (isNetworkFailure(error)) return new Offline();
    return domainErrorFromStatus(
      {
        status: error.statusCode,
        code: error.code,
        message: messageOf(error),
        retryAfterSeconds: parseRetryAfter(error.headers?.get('Retry-After')),
      },
      item,
    );
  }
  // Outside the SDK (e.g. a raw fetch) the network failure is a TypeError such as "fetch failed".
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return new Offline();
  return new ServiceError(0, error instanceof Error ? error.message : 'An unexpected error happened.');
};
