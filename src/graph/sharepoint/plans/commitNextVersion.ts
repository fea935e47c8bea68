import { ServiceError, type EditConflict, type ItemRef } from '../../../domain/errors';
import { todayIn } from '../../../domain/dates';
import { PlanSchema, type Plan } from '../../../domain/plan';
import type { Review } from '../../../domain/review';
import { isSuccess, sendBatch } from '../../batch';
import { reviewToFields } from '../reviews/reviewMapper';
import { saveReview } from '../reviews/saveReviews';
import { changedFields } from '../shared/changedFields';
import { confirmEtags, type UnconfirmedWrite } from '../shared/confirmEtags';
import { patchFields } from '../shared/requests';
import { invalidFrom, patchedEtagOf } from '../shared/writeResults';
import { WriteTransaction } from '../shared/writeTransaction';
import type { StoreContext } from '../storeContext';
import { targetFromItem, targetToFields } from '../targets/targetMapper';
import { insertPlanVersion } from './createPlan';
import { planFromItem, planToFields } from './planMapper';
import { conflictIn, theirPlan } from './theirPlan';
import { domainErrorOf } from '../../httpErrors';

/** The eTag of a plan item, if it holds exactly `plan` (see `confirmEtags`); undefined otherwise. */
const etagIfHolding = async (ctx: StoreContext, listId: string, plan: Plan): Promise<string | undefined> => {
  const etags = await confirmEtags(ctx, [
    {
      listId,
      itemId: plan.id,
      fields: planToFields(plan),
      fieldsOf: (raw) => {
        const read = planFromItem(raw, plan.shortTermTargets);
        return read.ok ? planToFields(read.value) : null;
      },
    },
  ]);
  return etags.get(`${listId}/${plan.id}`);
};

/** The eTags of the targets given outcomes, read back where unknown (only if they hold what was read). */
const targetEtagsOf = async (
  ctx: StoreContext,
  listId: string,
  plan: Plan,
  outcomes: ReadonlyMap<string, unknown>,
): Promise<Map<string, string | undefined>> => {
  const etags = new Map<string, string | undefined>();
  const unknown: UnconfirmedWrite[] = [];
  plan.shortTermTargets.forEach((target, order) => {
    if (!outcomes.has(target.id)) return;
    if (target.etag !== undefined) etags.set(target.id, target.etag);
    else
      unknown.push({
        listId,
        itemId: target.id,
        fields: targetToFields(target, plan.id, order),
        fieldsOf: (raw) => {
          const read = targetFromItem(raw);
          return read.ok ? targetToFields(read.value.target, read.value.planId, read.value.sortOrder) : null;
        },
      });
  });
  const confirmed = await confirmEtags(ctx, unknown);
  for (const write of unknown) etags.set(write.itemId, confirmed.get(`${listId}/${write.itemId}`));
  return etags;
};

/** A conflict on the plan or one of its targets, carrying the stored version (see readTheirs). */
const conflictOn = async (
  ctx: StoreContext,
  planId: Plan['id'],
  ref: ItemRef,
): Promise<EditConflict<unknown>> => conflictIn(await theirPlan(ctx, planId), ref);

/**
 * Closes `closing` (guarded by its eTag: a plan someone else changed is not closed under them),
 * opens `next` as version + 1 of the same series, writes the review's outcomes onto the closed
 * version's targets and records the review as completed. If a later step fails the earlier ones
 * are undone, so the pupil is never left with no current plan, or two.
 */
export const commitNextVersion = async (
  ctx: StoreContext,
  closing: Plan,
  next: Plan,
  review: Review,
): Promise<{ readonly closed: Plan; readonly opened: Plan; readonly review: Review }> => {
  const ref: ItemRef = { kind: 'plan', id: closing.id };
  // `closing` comes from the domain's startNextVersion, already marked closed; whether the stored
  // version may still be closed is decided by its eTag (If-Match), not by the caller's copy.
  const parsedNext = PlanSchema.safeParse({
    ...next,
    seriesId: closing.seriesId,
    version: closing.version + 1,
    status: next.status === 'closed' ? 'active' : next.status,
  });
  if (!parsedNext.success) throw invalidFrom(parsedNext.error, { kind: 'plan', id: next.id });
  // Refuses JSON columns too long to store now, before the current version is closed.
  planToFields(parsedNext.data);
  reviewToFields(review);
  const [lists, user] = await Promise.all([ctx.listIds(), ctx.currentUser()]);
  const now = ctx.clock.now().toISOString();
  const outcomes = new Map(review.targetOutcomes.map((entry) => [entry.targetId as string, entry]));
  const closed: Plan = {
    ...closing,
    status: 'closed',
    updatedBy: user.name,
    updatedAt: now,
    shortTermTargets: closing.shortTermTargets.map((target) => {
      const outcome = outcomes.get(target.id);
      return outcome ? { ...target, outcome: outcome.outcome, outcomeComment: outcome.comment } : target;
    }),
  };

  // What SharePoint holds now: a current version (the eTag guard refuses anything else). The domain
  // hands `closing` over already marked closed, so diffing against it would write nothing.
  const stored: Plan = closing.status === 'closed' ? { ...closing, status: 'active' } : closing;
  const closeFields = {
    ...changedFields(planToFields(closed), planToFields(stored)),
    UpdatedBy: user.name,
    UpdatedAt: now,
  };
  const outcomeTargets = closed.shortTermTargets.filter((target) => outcomes.has(target.id));
  const targetEtags = await targetEtagsOf(ctx, lists.targets, stored, outcomes);
  const unguarded = outcomeTargets.find((target) => targetEtags.get(target.id) === undefined);
  if (unguarded) throw await conflictOn(ctx, closing.id, { kind: 'target', id: unguarded.id });
  // Never written without If-Match: with no eTag known, the stored one is read and used only if the
  // plan still holds what the caller read; anything else is a colleague's version, a conflict.
  const closingEtag = closing.etag ?? (await etagIfHolding(ctx, lists.plans, stored));
  if (closingEtag === undefined) throw await conflictOn(ctx, closing.id, ref);
  const [closeResponse] = await sendBatch(
    ctx.client,
    [patchFields(ctx.siteId, lists.plans, closing.id, closeFields, closingEtag)],
    ctx.batch,
  );
  if (closeResponse?.status === 412) throw await conflictOn(ctx, closing.id, ref);
  if (!closeResponse) throw new ServiceError(502, 'Microsoft 365 did not answer for the plan being closed.');
  if (!isSuccess(closeResponse)) throw domainErrorOf(closeResponse, ref);
  // Answered without an eTag: read back at once, while the plan is surely as this close left it.
  const closedEtag = patchedEtagOf(closeResponse) ?? (await etagIfHolding(ctx, lists.plans, closed));

  const tx = new WriteTransaction(ctx);
  const reopenFields = {
    ...changedFields(planToFields(stored), planToFields(closed)),
    UpdatedBy: closing.updatedBy,
    UpdatedAt: closing.updatedAt ?? '',
  };
  // Reopened only over this close (If-Match); if its eTag is still unknown, the undo cannot be made
  // safely and the rollback says the plan was left closed.
  tx.onUndo(async () => {
    const etag = closedEtag ?? (await etagIfHolding(ctx, lists.plans, closed));
    return etag === undefined ? null : patchFields(ctx.siteId, lists.plans, closing.id, reopenFields, etag);
  });
  try {
    const opened = await insertPlanVersion(ctx, tx, {
      ...parsedNext.data,
      updatedBy: user.name,
      updatedAt: now,
    });
    // Guarded like every write: a colleague who saved a target of this version just before it closed
    // is not overwritten (the whole step is undone and reported instead).
    const outcomeResponses = await sendBatch(
      ctx.client,
      outcomeTargets.map((target) =>
        patchFields(
          ctx.siteId,
          lists.targets,
          target.id,
          { Outcome: target.outcome, OutcomeComment: target.outcomeComment },
          targetEtags.get(target.id),
        ),
      ),
      ctx.batch,
    );
    const failedOutcome = outcomeResponses.findIndex((response) => !isSuccess(response));
    if (failedOutcome >= 0) {
      throw domainErrorOf(outcomeResponses[failedOutcome] as (typeof outcomeResponses)[number], {
        kind: 'target',
        id: (outcomeTargets[failedOutcome] as { id: string }).id,
      });
    }
    const outcomeEtags = new Map(
      outcomeTargets.map((target, index) => [
        target.id as string,
        patchedEtagOf(outcomeResponses[index] as (typeof outcomeResponses)[number]),
      ]),
    );
    const savedReview = await saveReview(ctx, {
      ...review,
      planId: closing.id,
      seriesId: closing.seriesId,
      status: 'completed',
      completedOn: review.completedOn ?? todayIn(ctx.clock),
    });
    return {
      closed: {
        ...closed,
        etag: closedEtag,
        shortTermTargets: closed.shortTermTargets.map((target) =>
          outcomeEtags.has(target.id) ? { ...target, etag: outcomeEtags.get(target.id) } : target,
        ),
      },
      opened,
      review: savedReview,
    };
  } catch (error) {
    return tx.rollback(error);
  }
};
