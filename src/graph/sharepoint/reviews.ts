import { EditConflict, type ItemRef } from '../../domain/errors';
import type { ReviewSaveResult } from '../../domain/ports';
import { ReviewSchema, type Review } from '../../domain/review';
import { isSuccess, sendBatch, type BatchResponse } from '../batch';
import { toDomainError } from '../httpErrors';
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

/**
 * A new review (no eTag yet) is created; an existing one is updated only if nobody saved it since it
 * was read. All go out in as few `$batch` requests as Graph allows; each answers for itself.
 */
export const saveReviews = async (
  ctx: StoreContext,
  reviews: readonly Review[],
): Promise<readonly ReviewSaveResult[]> => {
  const lists = await ctx.listIds();
  const checked = reviews.map((review) => ({ review, valid: ReviewSchema.safeParse(review) }));
  const toSend = checked.flatMap(({ review, valid }) =>
    valid.success
      ? [
          {
            review: valid.data,
            request:
              review.etag === undefined
                ? createItem(ctx.siteId, lists.reviews, reviewToFields(valid.data))
                : patchFields(ctx.siteId, lists.reviews, review.id, reviewToFields(valid.data), review.etag),
          },
        ]
      : [],
  );
  const responses = await sendBatch(
    ctx.client,
    toSend.map((entry) => entry.request),
    ctx.batch,
  );
  const answers = new Map(toSend.map((entry, i) => [entry.review, responses[i]]));
  return Promise.all(
    checked.map(async ({ review, valid }): Promise<ReviewSaveResult> => {
      const ref: ItemRef = { kind: 'review', id: review.id };
      if (!valid.success) return { ok: false, error: invalidFrom(valid.error, ref) };
      try {
        return { ok: true, review: await interpret(ctx, valid.data, answers.get(valid.data), ref) };
      } catch (error) {
        return { ok: false, error: toDomainError(error, ref) };
      }
    }),
  );
};

const interpret = async (
  ctx: StoreContext,
  review: Review,
  response: BatchResponse | undefined,
  ref: ItemRef,
): Promise<Review> => {
  const isNew = review.etag === undefined;
  if (!response) throw failureOf({ status: 502, headers: {}, body: null }, ref);
  if (response.status === 412 || (!isNew && response.status === 404)) {
    const theirs = await readReview(ctx, review.id);
    throw new EditConflict<Review>(ref, theirs, theirs?.etag ?? null);
  }
  if (!isSuccess(response)) throw failureOf(response, ref);
  if (!isNew) return { ...review, etag: patchedEtagOf(response) };
  const created = reviewFromItem(response.body);
  if (!created.ok)
    throw failureOf({ status: 502, headers: {}, body: { error: { message: created.problem.message } } }, ref);
  return created.value;
};

export const saveReview = async (ctx: StoreContext, review: Review): Promise<Review> => {
  const [result] = await saveReviews(ctx, [review]);
  if (!result) throw failureOf({ status: 502, headers: {}, body: null }, { kind: 'review', id: review.id });
  if (!result.ok) throw result.error;
  return result.review;
};
