import { EditConflict, ServiceError, type ItemRef } from '../../../domain/errors';
import type { ReviewSaveResult } from '../../../domain/ports';
import { ReviewSchema, type Review } from '../../../domain/review';
import { isSuccess, isUnknownFailure, isUnknownOutcome, type BatchResponse } from '../../batch';
import { domainErrorOf, toDomainError } from '../../httpErrors';
import { clientKeyOf, unsettledKey } from '../shared/clientKeys';
import { confirmEtags } from '../shared/confirmEtags';
import { sendStoreBatch } from '../shared/folderCreates';
import type { StoreRequest } from '../shared/requests';
import { sentColumnsOf } from '../shared/unsettledCreates';
import { invalidFrom, patchedEtagOf } from '../shared/writeResults';
import type { StoreContext } from '../storeContext';
import { readReview, storedReview } from './readReview';
import { reviewFromItem, reviewToFields } from './reviewMapper';
import { isNew, reviewWrites, type ReviewWrite } from './reviewWrites';

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
  const writes = await reviewWrites(
    ctx,
    lists.reviews,
    checked.flatMap(({ review, valid }) =>
      !valid.success || (!isNew(review) && review.etag === undefined) ? [] : [valid.data],
    ),
  );
  const toSend = writes.filter((write) => write.request !== null);
  const keyOf = (write: ReviewWrite): string =>
    unsettledKey(lists.reviews, clientKeyOf(write.review.id, ctx.newId));
  const sentOf = (write: ReviewWrite) => sentColumnsOf(reviewToFields(write.review));
  let responses: BatchResponse[];
  try {
    responses = await sendStoreBatch(
      ctx,
      toSend.map((write) => write.request as StoreRequest),
    );
  } catch (error) {
    if (isUnknownFailure(error))
      for (const write of toSend) if (write.creates) ctx.unsettled.add(keyOf(write), sentOf(write));
    throw error;
  }
  toSend.forEach((write, i) => {
    const response = responses[i] as BatchResponse;
    if (!write.creates) return;
    if (isUnknownOutcome(response)) ctx.unsettled.add(keyOf(write), sentOf(write));
    else ctx.unsettled.delete(keyOf(write));
  });
  const answers = new Map(toSend.map((write, i) => [write, responses[i] as BatchResponse]));
  const etagless = toSend.filter((write) => {
    const response = answers.get(write) as BatchResponse;
    return !write.creates && isSuccess(response) && patchedEtagOf(response) === undefined;
  });
  const confirmed = await confirmEtags(
    ctx,
    etagless.map((write) => ({
      listId: lists.reviews,
      itemId: write.id,
      fields: reviewToFields(write.review),
      fieldsOf: (raw) => {
        const stored = reviewFromItem(raw);
        return stored.ok ? reviewToFields(stored.value) : null;
      },
    })),
  );
  const writeFor = new Map(writes.map((write) => [write.review, write]));
  const results = await Promise.all(
    checked.map(async ({ review, valid }): Promise<ReviewSaveResult> => {
      const ref: ItemRef = { kind: 'review', id: review.id };
      if (!valid.success) return { ok: false, error: invalidFrom(valid.error, ref) };
      const write = writeFor.get(valid.data);
      try {
        const saved = await interpret(ctx, valid.data, write, write && answers.get(write), ref);
        const etag = saved.etag ?? confirmed.get(`${lists.reviews}/${saved.id}`);
        return { ok: true, review: { ...saved, ...(etag === undefined ? {} : { etag }) } };
      } catch (error) {
        return { ok: false, error: toDomainError(error, ref) };
      }
    }),
  );
  // A found review is settled once this save answers with it: taken as it was, or updated.
  for (const write of writes) {
    const answer = answers.get(write);
    if (write.settles !== undefined && (answer === undefined || isSuccess(answer)))
      ctx.unsettled.delete(write.settles);
  }
  return results;
};

const interpret = async (
  ctx: StoreContext,
  review: Review,
  write: ReviewWrite | undefined,
  response: BatchResponse | undefined,
  ref: ItemRef,
): Promise<Review> => {
  if (write?.adopted) return storedReview(write.adopted);
  if (write?.changedByColleague) {
    const theirs = storedReview(write.changedByColleague);
    throw new EditConflict<Review>(ref, theirs, theirs.etag ?? null);
  }
  const creates = write?.creates ?? false;
  if (!response || response.status === 412 || (!creates && response.status === 404)) {
    // No write: a stored review whose eTag is unknown was not written; it is compared as a conflict.
    const theirs = await readReview(ctx, write?.id ?? review.id);
    throw new EditConflict<Review>(ref, theirs, theirs?.etag ?? null);
  }
  if (!isSuccess(response)) throw domainErrorOf(response, ref);
  if (creates) return storedReview(response.body);
  const { etag: _sent, ...rest } = review;
  const etag = patchedEtagOf(response);
  const id = (write?.id ?? review.id) as Review['id'];
  return etag === undefined ? { ...rest, id } : { ...rest, id, etag };
};

export const saveReview = async (ctx: StoreContext, review: Review): Promise<Review> => {
  const [result] = await saveReviews(ctx, [review]);
  if (!result) throw new ServiceError(502, 'Microsoft 365 did not answer for the review.');
  if (!result.ok) throw result.error;
  return result.review;
};
