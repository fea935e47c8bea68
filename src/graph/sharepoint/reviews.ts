import { EditConflict, type ItemRef } from '../../domain/errors';
import { ReviewSchema, type Review } from '../../domain/review';
import { isSuccess, sendBatch } from '../batch';
import { reviewFromItem, reviewToFields } from './mappers/review';
import { failureOf, readAll } from './reads';
import { createItem, getItem, patchFields } from './requests';
import type { StoreContext } from './storeContext';
import { patchedEtagOf } from './writeSteps';
import { invalidFrom } from './writeResults';

/** The server's current version of a review, or null when it is gone or unreadable. */
export const readReview = async (ctx: StoreContext, id: string): Promise<Review | null> => {
  const lists = await ctx.listIds();
  try {
    const [item] = await readAll(
      ctx.client,
      [{ request: getItem(ctx.siteId, lists.reviews, id), item: { kind: 'review', id } }],
      ctx.batch,
    );
    const review = reviewFromItem(item);
    return review.ok ? review.value : null;
  } catch {
    return null;
  }
};

/** A new review (no eTag yet) is created; an existing one is updated only if nobody saved it since it was read. */
export const saveReview = async (ctx: StoreContext, review: Review): Promise<Review> => {
  const ref: ItemRef = { kind: 'review', id: review.id };
  const valid = ReviewSchema.safeParse(review);
  if (!valid.success) throw invalidFrom(valid.error, ref);
  const lists = await ctx.listIds();
  const isNew = review.etag === undefined;
  const request = isNew
    ? createItem(ctx.siteId, lists.reviews, reviewToFields(valid.data))
    : patchFields(ctx.siteId, lists.reviews, review.id, reviewToFields(valid.data), review.etag);
  const [response] = await sendBatch(ctx.client, [request], ctx.batch);
  if (!response) throw failureOf({ status: 502, headers: {}, body: null }, ref);
  if (response.status === 412 || (!isNew && response.status === 404)) {
    const theirs = await readReview(ctx, review.id);
    throw new EditConflict<Review>(ref, theirs, theirs?.etag ?? null);
  }
  if (!isSuccess(response)) throw failureOf(response, ref);
  if (!isNew) return { ...valid.data, etag: patchedEtagOf(response) };
  const created = reviewFromItem(response.body);
  if (!created.ok)
    throw failureOf({ status: 502, headers: {}, body: { error: { message: created.problem.message } } }, ref);
  return created.value;
};
