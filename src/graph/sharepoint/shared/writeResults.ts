import { z } from 'zod';
import { Invalid, type ItemRef } from '../../../domain/errors';
import type { ItemFailure } from '../../../domain/ports';
import { isUnknownOutcome, type BatchResponse } from '../../batch';
import { errorBodyOf } from '../../httpErrors';

/** What became of one write inside a `$batch`. */
export type WriteOutcome =
  | { readonly kind: 'saved'; readonly id: string; readonly etag: string | undefined; readonly body: unknown }
  | { readonly kind: 'conflict' }
  | {
      readonly kind: 'failed';
      readonly failure: ItemFailure;
      /** It may have been carried out all the same (no answer came): see `isUnknownOutcome`. */
      readonly unknown: boolean;
    };

const SavedBodySchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  eTag: z.string().optional(),
  '@odata.etag': z.string().optional(),
});

const NOT_SENT = 'This change was not sent. Save again.';

/** A write Graph did not answer: failed, with the reason it has no answer. */
const unansweredOutcome = (response: BatchResponse, item: ItemRef): WriteOutcome => ({
  kind: 'failed',
  failure: {
    item,
    status: response.status,
    message: response.unanswered?.kind === 'notSent' ? NOT_SENT : (response.unanswered?.error.message ?? ''),
  },
  unknown: isUnknownOutcome(response),
});

/**
 * 412 means someone saved the item after we read it; a PATCH answered 404 means they deleted it.
 * Both are conflicts for the user to resolve. A DELETE answered 404 already has what it wanted.
 */
export const outcomeOf = (
  response: BatchResponse,
  method: 'POST' | 'PATCH' | 'DELETE',
  item: ItemRef,
): WriteOutcome => {
  if (response.unanswered) return unansweredOutcome(response, item);
  if (response.status === 412 || (response.status === 404 && method === 'PATCH')) return { kind: 'conflict' };
  if ((response.status >= 200 && response.status < 300) || (response.status === 404 && method === 'DELETE')) {
    const body = SavedBodySchema.safeParse(response.body ?? {});
    const id = body.success && body.data.id !== undefined ? String(body.data.id) : item.id;
    const etag = body.success ? (body.data.eTag ?? body.data['@odata.etag']) : undefined;
    return { kind: 'saved', id, etag, body: response.body };
  }
  const { message } = errorBodyOf(response.body);
  return {
    kind: 'failed',
    failure: {
      item,
      status: response.status,
      message: message ?? `Microsoft 365 answered HTTP ${response.status}.`,
    },
    unknown: isUnknownOutcome(response),
  };
};

/** The new eTag after a PATCH of `fields` (Graph answers with the fieldValueSet). */
export const patchedEtagOf = (response: BatchResponse): string | undefined => {
  const body = response.body;
  if (body && typeof body === 'object' && '@odata.etag' in body && typeof body['@odata.etag'] === 'string') {
    return body['@odata.etag'];
  }
  return undefined;
};

/** Domain validation failures as the form shows them: a dotted path and the field's own message. */
export const invalidFrom = (error: z.ZodError, item?: ItemRef): Invalid =>
  new Invalid(
    error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    item,
  );
