import { asPlanId, asPlanSeriesId, type TargetId } from '../../../domain/ids';
import { PlanSchema, type Plan } from '../../../domain/plan';
import type { NewPlanRequest } from '../../../domain/ports';
import type { Evidence } from '../../../domain/target';
import { evidenceToFields } from '../evidence/evidenceMapper';
import { invalidFrom } from '../shared/writeResults';
import { WriteTransaction, type Created } from '../shared/writeTransaction';
import type { StoreContext } from '../storeContext';
import { targetToFields } from '../targets/targetMapper';
import { planToFields } from './planMapper';

/**
 * Writes a plan version: the plan item, then its targets (which need its id), then their evidence.
 * Every item gets a fresh client key, kept by the transaction for its own retries after a lost answer.
 */
export const insertPlanVersion = async (
  ctx: StoreContext,
  tx: WriteTransaction,
  plan: Plan,
): Promise<Plan> => {
  const lists = await ctx.listIds();
  const [createdPlan] = (await tx.create([
    {
      listId: lists.plans,
      fields: planToFields(plan),
      clientKey: ctx.newId(),
      parent: {},
      item: { kind: 'plan', id: plan.id },
      pupilId: plan.pupil.pupilId,
    },
  ])) as [Created];
  const planId = asPlanId(createdPlan.id);
  const targets = await tx.create(
    plan.shortTermTargets.map((target, order) => ({
      listId: lists.targets,
      fields: targetToFields(target, planId, order),
      clientKey: ctx.newId(),
      parent: { PlanId: planId },
      item: { kind: 'target', id: target.id },
      pupilId: plan.pupil.pupilId,
    })),
  );
  const targetIdAt = (index: number): TargetId => (targets[index] as Created).id as TargetId;
  const evidence = plan.shortTermTargets.flatMap((target, index) =>
    target.evidence.map((entry) => ({ entry, targetId: targetIdAt(index) })),
  );
  const savedEvidence = await tx.create(
    evidence.map(({ entry, targetId }) => ({
      listId: lists.evidence,
      fields: evidenceToFields(entry, targetId, planId),
      clientKey: ctx.newId(),
      parent: { PlanId: planId },
      item: { kind: 'evidence', id: entry.id },
      pupilId: plan.pupil.pupilId,
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
