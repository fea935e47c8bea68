import { EditConflict, type ItemRef } from '../../../domain/errors';
import type { Plan } from '../../../domain/plan';
import type { Evidence, ShortTermTarget } from '../../../domain/target';
import { readTheirs } from '../shared/theirs';
import type { StoreContext } from '../storeContext';
import { readPlanState } from './planReads';

/** The stored plan with its targets and evidence, null only if the plan is gone. */
export const theirPlan = (ctx: StoreContext, planId: Plan['id']): Promise<Plan | null> =>
  readTheirs(async () => (await readPlanState(ctx, planId, false)).plan);

const findEvidence = (plan: Plan, id: string): Evidence | null =>
  plan.shortTermTargets.flatMap((target) => target.evidence).find((entry) => entry.id === id) ?? null;

/** The conflict on a plan, target or evidence entry, with their version out of the stored plan. */
export const conflictIn = (plan: Plan | null, ref: ItemRef): EditConflict<unknown> => {
  if (ref.kind === 'plan') return new EditConflict<Plan>(ref, plan, plan?.etag ?? null);
  if (ref.kind === 'target') {
    const target = plan?.shortTermTargets.find((candidate) => candidate.id === ref.id) ?? null;
    return new EditConflict<ShortTermTarget>(ref, target, target?.etag ?? null);
  }
  const entry = plan ? findEvidence(plan, ref.id) : null;
  return new EditConflict<Evidence>(ref, entry, entry?.etag ?? null);
};
