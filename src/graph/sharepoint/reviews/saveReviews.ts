import { EditConflict, ServiceError, type ItemRef } from '../../../domain/errors';
import type { ReviewSaveResult } from '../../../domain/ports';
import { ReviewSchema, type Review } from '../../../domain/review';
import { isSuccess, sendBatch, unansweredStatusOf, type BatchRequest, type BatchResponse } from '../../batch';
import {
  adopt,
  clientKeyOf,
  findCreated,
  isUnknownOutcome,
  unsettledKey,
  type KeyedCreate,
} from '../shared/clientKeys';
import { toDomainError } from '../../httpErrors';
import { isSharePointItemId } from '../shared/listItem';
import { reviewFromItem, reviewToFields } from './reviewMapper';
import { failureOf, readAll } from '../shared/reads';
import { createItem, getItem, patchFields } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { readTheirs } from '../shared/theirs';
import { sentColumnsOf } from '../shared/unsettledCreates';
import { confirmEtags, patchedEtagOf } from '../shared/writeTransaction';
import { invalidFrom } from '../shared/writeResults';

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

/** A review is new until SharePoint has given it an item id; one without a known eTag is not new. */
const isNew = (review: Review): boolean => review.etag === undefined && !isSharePointItemId(review.id);

interface ReviewWrite {
  readonly review: Review;
  /** The review's id once stored: its own, or that of the item a lost create made. */
  readonly id: string;
  readonly request: BatchRequest | null;
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
const reviewWrites = async (
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
  const found = await findCreated(
    ctx,
    unsettled.map(({ create }) => create),
  );
  return reviews.map((review): ReviewWrite => {
    const fields = reviewToFields(review);
    if (!isNew(review)) {
      const request = patchFields(ctx.siteId, listId, review.id, fields, review.etag);
      return { review, id: review.id, request, creates: false, adopted: null };
    }
    const create = keyed(review);
    const item = found.get(unsettledKey(listId, create.clientKey));
    if (!item) {
      const request = createItem(ctx.siteId, listId, fields, create.clientKey);
      return { review, id: review.id, request, creates: true, adopted: null };
    }
    const key = unsettledKey(listId, create.clientKey);
    const adoption = adopt(ctx, listId, item, fields, ctx.unsettled.sentColumns(key));
    if (adoption.kind !== 'update') ctx.unsettled.delete(key);
    if (adoption.kind === 'same')
      return { review, id: item.id, request: null, creates: false, adopted: item };
    if (adoption.kind === 'conflict')
      return { review, id: item.id, request: null, creates: false, adopted: null, changedByColleague: item };
    return { review, id: item.id, request: adoption.request, creates: false, adopted: null, settles: key };
  });
};

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
    responses = await sendBatch(
      ctx.client,
      toSend.map((write) => write.request as BatchRequest),
      ctx.batch,
    );
  } catch (error) {
    if (isUnknownOutcome(unansweredStatusOf(error)))
      for (const write of toSend) if (write.creates) ctx.unsettled.add(keyOf(write), sentOf(write));
    throw error;
  }
  toSend.forEach((write, i) => {
    const response = responses[i] as BatchResponse;
    const status = response.status;
    if (write.settles !== undefined && isSuccess(response)) ctx.unsettled.delete(write.settles);
    if (!write.creates) return;
    if (isUnknownOutcome(status)) ctx.unsettled.add(keyOf(write), sentOf(write));
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
  return Promise.all(
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
};

const storedReview = (raw: unknown): Review => {
  const stored = reviewFromItem(raw);
  if (!stored.ok)
    throw new ServiceError(
      422,
      `A review cannot be read: ${stored.problem.field}: ${stored.problem.message}`,
    );
  return stored.value;
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
  if (!isSuccess(response)) throw failureOf(response, ref);
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
