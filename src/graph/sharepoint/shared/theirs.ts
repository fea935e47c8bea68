import { EditConflict, NotFound, type ItemRef } from '../../../domain/errors';
import type { Plan } from '../../../domain/plan';
import type { Evidence, ShortTermTarget } from '../../../domain/target';
import type { StoreContext } from '../storeContext';
import { readPlanState } from '../plans/planReads';

/**
 * After a save is refused (412), the stored version the user compares with. One rule everywhere: "theirs"
 * is null only when the service says the item is gone (404). Any other failure to read (throttled, no
 * answer, unreadable) says nothing about whether it exists, so it is thrown: a null there would be shown
 * as "deleted by them", and keeping mine would then create the item a second time.
 */
export const readTheirs = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
};

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
