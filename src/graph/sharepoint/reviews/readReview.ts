import { ServiceError, type ItemRef } from '../../../domain/errors';
import type { Review } from '../../../domain/review';
import { readAll } from '../shared/reads';
import { getItem } from '../shared/requests';
import { readTheirs } from '../shared/theirs';
import type { StoreContext } from '../storeContext';
import { reviewFromItem } from './reviewMapper';

/** A stored review item as a review; throws when it cannot be read. */
export const storedReview = (raw: unknown): Review => {
  const stored = reviewFromItem(raw);
  if (!stored.ok)
    throw new ServiceError(
      422,
      `A review cannot be read: ${stored.problem.field}: ${stored.problem.message}`,
    );
  return stored.value;
};

/** The server's current version of a review, null only when it is gone (see readTheirs). */
export const readReview = async (ctx: StoreContext, id: string): Promise<Review | null> => {
  const lists = await ctx.listIds();
  const ref: ItemRef = { kind: 'review', id };
  return readTheirs(async () => {
    const [item] = await readAll(
      ctx.client,
      [{ request: getItem(ctx.siteId, lists.reviews, id), item: ref }],
      ctx.batch,
    );
    return storedReview(item);
  });
};
