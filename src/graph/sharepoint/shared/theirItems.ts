import type { ItemRef } from '../../../domain/errors';
import type { ItemFailure } from '../../../domain/ports';
import { isSuccess, sendBatch, type BatchResponse } from '../../batch';
import { domainErrorOf } from '../../httpErrors';
import { getItem } from './requests';
import type { StoreContext } from '../storeContext';

/** The stored item a refused write is compared with: as read, gone (404), or not readable just now. */
export type TheirItem =
  | { readonly kind: 'found'; readonly raw: unknown }
  | { readonly kind: 'gone' }
  | { readonly kind: 'unreadable'; readonly failure: ItemFailure };

/**
 * Reads the items several writes were refused on (412), in `$batch`es of 20. Only a 404 says an item is
 * gone; any other failure says nothing either way, so it is reported as such rather than as "deleted".
 */
export const readTheirItems = async (
  ctx: StoreContext,
  listId: string,
  items: readonly ItemRef[],
): Promise<TheirItem[]> => {
  if (items.length === 0) return [];
  let answers: BatchResponse[];
  try {
    answers = await sendBatch(
      ctx.client,
      items.map((item) => getItem(ctx.siteId, listId, item.id)),
      ctx.batch,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : 'Their version could not be read.';
    return items.map((item) => ({ kind: 'unreadable', failure: { item, status: 0, message } }));
  }
  return items.map((item, index) => {
    const answer = answers[index] as BatchResponse;
    if (isSuccess(answer)) return { kind: 'found', raw: answer.body };
    if (answer.status === 404) return { kind: 'gone' };
    return {
      kind: 'unreadable',
      failure: { item, status: answer.status, message: domainErrorOf(answer, item).message },
    };
  });
};
