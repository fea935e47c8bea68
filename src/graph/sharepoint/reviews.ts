import { EditConflict, type ItemRef } from '../../domain/errors';
import type { ReviewSaveResult } from '../../domain/ports';
import { ReviewSchema, type Review } from '../../domain/review';
import { isSuccess, sendBatch, type BatchResponse } from '../batch';
import { toDomainError } from '../httpErrors';
import { isSharePointItemId } from './mappers/common';
import { reviewFromItem, reviewToFields } from './mappers/review';
import { failureOf, readAll } from './reads';
import { createItem, getItem, patchFields } from './requests';
import type { StoreContext } from './storeContext';
import { confirmEtags, patchedEtagOf } from './writeSteps';
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

/** A review is new until SharePoint has given it an item id; one without a known eTag is not new. */
const isNew = (review: Review): boolean => review.etag === undefined && !isSharePointItemId(review.id);

/**
 * A new review is created; an existing one is updated only if nobody saved it since it was read
 * (If-Match its eTag). One whose eTag is unknown is not written at all: that is reported as a
 * conflict with the stored version, never sent without If-Match. All go out in as few `$batch`
 * requests as Graph allows; each answers for itself.
 */
export const saveReviews = async (
  ctx: StoreContext,
  reviews: readonly Review[],
): Promise<readonly ReviewSaveResult[]> => {
  const lists = await ctx.listIds();
  const checked = reviews.map((review) => ({ review, valid: ReviewSchema.safeParse(review) }));
  const toSend = checked.flatMap(({ review, valid }) => {
    if (!valid.success || (!isNew(review) && review.etag === undefined)) return [];
    const request = isNew(review)
      ? createItem(ctx.siteId, lists.reviews, reviewToFields(valid.data))
      : patchFields(ctx.siteId, lists.reviews, review.id, reviewToFields(valid.data), review.etag);
    return [{ review: valid.data, request }];
  });
  const responses = await sendBatch(
    ctx.client,
    toSend.map((entry) => entry.request),
    ctx.batch,
  );
  const answers = new Map(toSend.map((entry, i) => [entry.review, responses[i]]));
  const etagless = toSend.filter(
    (entry, i) =>
      !isNew(entry.review) &&
      isSuccess(responses[i] as BatchResponse) &&
      patchedEtagOf(responses[i] as BatchResponse) === undefined,
  );
  const confirmed = await confirmEtags(
    ctx,
    etagless.map(({ review }) => ({
      listId: lists.reviews,
      itemId: review.id,
      fields: reviewToFields(review),
      fieldsOf: (raw) => {
        const stored = reviewFromItem(raw);
        return stored.ok ? reviewToFields(stored.value) : null;
      },
    })),
  );
  return Promise.all(
    checked.map(async ({ review, valid }): Promise<ReviewSaveResult> => {
      const ref: ItemRef = { kind: 'review', id: review.id };
      if (!valid.success) return { ok: false, error: invalidFrom(valid.error, ref) };
      try {
        const saved = await interpret(ctx, valid.data, answers.get(valid.data), ref);
        const etag = saved.etag ?? confirmed.get(`${lists.reviews}/${saved.id}`);
        return { ok: true, review: { ...saved, ...(etag === undefined ? {} : { etag }) } };
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
  const created = isNew(review);
  if (!response || response.status === 412 || (!created && response.status === 404)) {
    // No response: a stored review whose eTag is unknown was not written; it is compared as a conflict.
    if (!response && created) throw failureOf({ status: 502, headers: {}, body: null }, ref);
    const theirs = await readReview(ctx, review.id);
    throw new EditConflict<Review>(ref, theirs, theirs?.etag ?? null);
  }
  if (!isSuccess(response)) throw failureOf(response, ref);
  if (!created) {
    const { etag: _sent, ...rest } = review;
    const etag = patchedEtagOf(response);
    return etag === undefined ? rest : { ...rest, etag };
  }
  const stored = reviewFromItem(response.body);
  if (!stored.ok)
    throw failureOf({ status: 502, headers: {}, body: { error: { message: stored.problem.message } } }, ref);
  return stored.value;
};

export const saveReview = async (ctx: StoreContext, review: Review): Promise<Review> => {
  const [result] = await saveReviews(ctx, [review]);
  if (!result) throw failureOf({ status: 502, headers: {}, body: null }, { kind: 'review', id: review.id });
  if (!result.ok) throw result.error;
  return result.review;
};
