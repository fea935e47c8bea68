import { HttpRequestError } from '@pnp/queryable';
import { DomainError, ServiceError, Offline, type ItemRef } from '../../../domain/errors';
import { domainErrorFromStatus, parseRetryAfter } from '../../httpErrors';
import { NoAnswer } from './throttledFetch';

/** What SharePoint said when it refused a REST call. */
export interface HttpRefusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** The Retry-After header as sent, when there was one. */
  readonly retryAfter?: string;
}

const refusals = new WeakMap<DomainError, HttpRefusal>();

/** Marks a domain error as SharePoint's refusal (e.g. a column refused inside a 200 answer). */
export const asRefusal = <E extends DomainError>(error: E, refusal: HttpRefusal): E => {
  refusals.set(error, refusal);
  return error;
};

/**
 * The refusal behind a domain error this adapter threw, for a caller that must tell "SharePoint said no"
 * apart from "no answer came" (the store's folder creates pass refusals on as answers); null otherwise.
 */
export const httpRefusalOf = (error: unknown): HttpRefusal | null =>
  error instanceof DomainError ? (refusals.get(error) ?? null) : null;

const textOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'string')
    return value.value;
  return null;
};

/**
 * SharePoint's error body: `{"odata.error": {code, message: {lang, value}}}` in the nometadata and minimal
 * styles, `{"error": {code, message: {value}}}` in the verbose one, a plain `message` string from Graph-like
 * front ends.
 */
export const sharePointErrorOf = (body: string): { code: string; message: string | null } => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { code: '', message: null };
  }
  if (typeof parsed !== 'object' || parsed === null) return { code: '', message: null };
  const outer = parsed as Record<string, unknown>;
  const inner = (outer['odata.error'] ?? outer['error'] ?? outer) as Record<string, unknown>;
  if (typeof inner !== 'object' || inner === null) return { code: '', message: null };
  return { code: typeof inner['code'] === 'string' ? inner['code'] : '', message: textOf(inner['message']) };
};

const refusalOf = async (response: Response): Promise<HttpRefusal> => {
  const said = sharePointErrorOf(await response.text().catch(() => ''));
  const retryAfter = response.headers.get('Retry-After');
  return {
    status: response.status,
    code: said.code,
    message: said.message ?? `SharePoint answered HTTP ${response.status}.`,
    ...(retryAfter === null ? {} : { retryAfter }),
  };
};

/**
 * Anything a PnPjs call threw, as the domain error the store and the pages know: a refusal mapped by the
 * status as Graph's are (403 access denied, 404 not found, 429 throttled, ...); no answer at all as
 * Offline, and an answer that cannot be read as a 502, both of which the store treats as an outcome
 * unknown (batch.ts `isUnknownFailure`), so a create whose answer was lost is looked up, not repeated.
 */
export const accessErrorOf = async (error: unknown, item?: ItemRef): Promise<DomainError> => {
  if (error instanceof DomainError) return error;
  if (error instanceof NoAnswer) return new Offline();
  if (error instanceof HttpRequestError) {
    const refusal = await refusalOf(error.response);
    const mapped = domainErrorFromStatus(
      {
        status: refusal.status,
        code: refusal.code,
        message: refusal.message,
        retryAfterSeconds: parseRetryAfter(refusal.retryAfter),
      },
      item,
    );
    refusals.set(mapped, refusal);
    return mapped;
  }
  if (error instanceof SyntaxError) {
    return new ServiceError(502, 'SharePoint sent an answer that could not be read.');
  }
  return new ServiceError(0, error instanceof Error ? error.message : 'An unexpected error happened.');
};

/** Runs one PnPjs call, throwing only domain errors. */
export const spCall = async <T>(run: () => Promise<T>, item?: ItemRef): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    throw await accessErrorOf(error, item);
  }
};
