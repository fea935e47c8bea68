import type { Review } from '../../../domain/review';
import { adopt, clientKeyOf, findCreated, unsettledKey, type KeyedCreate } from '../shared/clientKeys';
import { isSharePointItemId } from '../shared/listItem';
import { createItem, patchFields, type StoreRequest } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { reviewToFields } from './reviewMapper';
import { pupilsOfPlans } from '../plans/pupilsOfPlans';

/** A review is new until SharePoint has given it an item id; one without a known eTag is not new. */
export const isNew = (review: Review): boolean => review.etag === undefined && !isSharePointItemId(review.id);

export interface ReviewWrite {
  readonly review: Review;
  /** The review's id once stored: its own, or that of the item a lost create made. */
  readonly id: string;
  readonly request: StoreRequest | null;
  readonly creates: boolean;
  /** The stored item standing for a create whose earlier answer was lost. */
  readonly adopted: unknown;
  /** That item, when a colleague changed it since: compared as a conflict, not written. */
  readonly changedByColleague?: unknown;
  /** The unsettled key of the found item this write updates, forgotten only once the update is saved. */
  readonly settles?: string;
}

/**
 * Writes for the reviews to send. A new review whose earlier create had no answer is looked up by its
 * client key (its own id, kept by the page across "Save again") and, if found, updated instead.
 */
export const reviewWrites = async (
  ctx: StoreContext,
  listId: string,
  reviews: readonly Review[],
): Promise<ReviewWrite[]> => {
  const keyed = (review: Review): KeyedCreate => ({
    listId,
    clientKey: clientKeyOf(review.id, ctx.newId),
    parent: { PlanId: review.planId },
  });
  const unsettled = reviews
    .filter(isNew)
    .map((review) => ({ review, create: keyed(review) }))
    .filter(({ create }) => ctx.unsettled.has(unsettledKey(listId, create.clientKey)));
  const [found, pupilOf] = await Promise.all([
    findCreated(
      ctx,
      unsettled.map(({ create }) => create),
    ),
    pupilsOfPlans(
      ctx,
      reviews.filter(isNew).map((review) => review.planId),
    ),
  ]);
  return reviews.map((review): ReviewWrite => {
    const fields = reviewToFields(review);
    if (!isNew(review)) {
      const request = patchFields(ctx.siteId, listId, review.id, fields, review.etag);
      return { review, id: review.id, request, creates: false, adopted: null };
    }
    const create = keyed(review);
    const item = found.get(unsettledKey(listId, create.clientKey));
    if (!item) {
      const request = createItem(ctx.siteId, listId, fields, create.clientKey, pupilOf.get(review.planId));
      return { review, id: review.id, request, creates: true, adopted: null };
    }
    const key = unsettledKey(listId, create.clientKey);
    const adoption = adopt(ctx, listId, item, fields, ctx.unsettled.sentColumns(key));
    // Its key is kept until the save returns the stored item (saveReviews); a conflict keeps it, so a
    // later save finds the item again rather than creating it.
    if (adoption.kind === 'same')
      return { review, id: item.id, request: null, creates: false, adopted: item, settles: key };
    if (adoption.kind === 'conflict')
      return { review, id: item.id, request: null, creates: false, adopted: null, changedByColleague: item };
    return { review, id: item.id, request: adoption.request, creates: false, adopted: null, settles: key };
  });
};
