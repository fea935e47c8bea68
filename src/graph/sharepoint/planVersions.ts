import { EditConflict, type ItemRef } from '../../domain/errors';
import { todayIn } from '../../domain/dates';
import { asPlanId, asPlanSeriesId, type TargetId } from '../../domain/ids';
import { PlanSchema, type Plan } from '../../domain/plan';
import type { NewPlanRequest } from '../../domain/ports';
import type { Review } from '../../domain/review';
import type { Evidence } from '../../domain/target';
import { isSuccess, sendBatch } from '../batch';
import { evidenceToFields } from './mappers/evidence';
import { planToFields } from './mappers/plan';
import { reviewToFields } from './mappers/review';
import { targetToFields } from './mappers/target';
import { changedFields } from './planDiff';
import { failureOf } from './reads';
import { saveReview } from './reviews';
import { createItem, patchFields } from './requests';
import type { StoreContext } from './storeContext';
import { readPlanState } from './storeReads';
import { invalidFrom } from './writeResults';
import { WriteTransaction, patchedEtagOf, type Created } from './writeSteps';

/** Writes a plan version: the plan item, then its targets (which need its id), then their evidence. */
const insertPlanVersion = async (ctx: StoreContext, tx: WriteTransaction, plan: Plan): Promise<Plan> => {
  const lists = await ctx.listIds();
  const [createdPlan] = (await tx.create([
    {
      listId: lists.plans,
      request: createItem(ctx.siteId, lists.plans, planToFields(plan)),
      item: { kind: 'plan', id: plan.id },
    },
  ])) as [Created];
  const planId = asPlanId(createdPlan.id);
  const targets = await tx.create(
    plan.shortTermTargets.map((target, order) => ({
      listId: lists.targets,
      request: createItem(ctx.siteId, lists.targets, targetToFields(target, planId, order)),
      item: { kind: 'target', id: target.id },
    })),
  );
  const targetIdAt = (index: number): TargetId => (targets[index] as Created).id as TargetId;
  const evidence = plan.shortTermTargets.flatMap((target, index) =>
    target.evidence.map((entry) => ({ entry, targetId: targetIdAt(index) })),
  );
  const savedEvidence = await tx.create(
    evidence.map(({ entry, targetId }) => ({
      listId: lists.evidence,
      request: createItem(ctx.siteId, lists.evidence, evidenceToFields(entry, targetId, planId)),
      item: { kind: 'evidence', id: entry.id },
    })),
  );
  let nextEvidence = 0;
  return {
    ...plan,
    id: planId,
    etag: createdPlan.etag,
    shortTermTargets: plan.shortTermTargets.map((target, index) => ({
      ...target,
      id: targetIdAt(index),
      etag: (targets[index] as Created).etag,
      evidence: target.evidence.map((entry) => {
        const saved = savedEvidence[nextEvidence++] as Created;
        return { ...entry, id: saved.id as Evidence['id'], etag: saved.etag };
      }),
    })),
  };
};

/** A first plan (version 1, draft) for a pupil on the register. Nothing is left behind if it fails. */
export const createPlan = async (ctx: StoreContext, request: NewPlanRequest): Promise<Plan> => {
  const user = await ctx.currentUser();
  const parsed = PlanSchema.safeParse({
    ...request.plan,
    id: 'new',
    seriesId: asPlanSeriesId(ctx.newId()),
    version: 1,
    status: 'draft',
    pupil: { ...request.plan.pupil, pupilId: request.pupil.id },
    updatedBy: user.name,
    updatedAt: ctx.clock.now().toISOString(),
  });
  if (!parsed.success) throw invalidFrom(parsed.error, { kind: 'pupil', id: request.pupil.id });
  const tx = new WriteTransaction(ctx);
  try {
    return await insertPlanVersion(ctx, tx, parsed.data);
  } catch (error) {
    return tx.rollback(error);
  }
};

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
  const [closeResponse] = await sendBatch(
    ctx.client,
    [patchFields(ctx.siteId, lists.plans, closing.id, closeFields, closing.etag)],
    ctx.batch,
  );
  if (closeResponse?.status === 412) {
    const theirs = await readPlanState(ctx, closing.id, false).then(
      (state) => state.plan,
      () => null,
    );
    throw new EditConflict<Plan>(ref, theirs, theirs?.etag ?? null);
  }
  if (!closeResponse || !isSuccess(closeResponse))
    throw failureOf(closeResponse ?? { status: 502, headers: {}, body: null }, ref);
  const closedEtag = patchedEtagOf(closeResponse);

  const tx = new WriteTransaction(ctx);
  const reopenFields = {
    ...changedFields(planToFields(stored), planToFields(closed)),
    UpdatedBy: closing.updatedBy,
    UpdatedAt: closing.updatedAt ?? '',
  };
  tx.onUndo(patchFields(ctx.siteId, lists.plans, closing.id, reopenFields, closedEtag));
  try {
    const opened = await insertPlanVersion(ctx, tx, {
      ...parsedNext.data,
      updatedBy: user.name,
      updatedAt: now,
    });
    // The closed version is read-only from here on, so its outcomes need no eTag guard.
    const outcomeTargets = closed.shortTermTargets.filter((target) => outcomes.has(target.id));
    const outcomeResponses = await sendBatch(
      ctx.client,
      outcomeTargets.map((target) =>
        patchFields(ctx.siteId, lists.targets, target.id, {
          Outcome: target.outcome,
          OutcomeComment: target.outcomeComment,
        }),
      ),
      ctx.batch,
    );
    const failedOutcome = outcomeResponses.findIndex((response) => !isSuccess(response));
    if (failedOutcome >= 0) {
      throw failureOf(outcomeResponses[failedOutcome] as (typeof outcomeResponses)[number], {
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
