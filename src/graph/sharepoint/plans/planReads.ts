import { ServiceError } from '../../../domain/errors';
import type { PlanId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import type { ItemProblem, PlanDocument } from '../../../domain/ports';
import type { Review } from '../../../domain/review';
import { evidenceFromItem } from '../evidence/evidenceMapper';
import { reviewFromItem } from '../reviews/reviewMapper';
import { partition } from '../shared/listItem';
import { readAll, type Read } from '../shared/reads';
import { getItem, queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { assembleTargets } from '../targets/assembleTargets';
import { targetFromItem } from '../targets/targetMapper';
import { planFromItem, planSummaryFromItem } from './planMapper';

export interface PlanState {
  readonly plan: Plan;
  readonly reviews: readonly Review[];
  readonly problems: readonly ItemProblem[];
  /** The dashboard counts as stored on the plan item (null if unreadable), to spot stale ones. */
  readonly storedCounts: { readonly targetCount: number; readonly achievedCount: number } | null;
}

/** The plan item, its targets, their evidence and (optionally) its reviews, in one `$batch`. */
export const readPlanState = async (
  ctx: StoreContext,
  planId: PlanId,
  withReviews: boolean,
  readsLeft = 2,
): Promise<PlanState> => {
  const lists = await ctx.listIds();
  const planRef = { kind: 'plan', id: planId } as const;
  const byPlan = (listId: string) =>
    queryItems(ctx.siteId, listId, { column: 'PlanId', value: planId, pageSize: ctx.pageSize });
  const reads: Read[] = [
    { request: getItem(ctx.siteId, lists.plans, planId), item: planRef },
    { request: byPlan(lists.targets), item: { kind: 'list', id: 'IEP Targets' } },
    { request: byPlan(lists.evidence), item: { kind: 'list', id: 'IEP Evidence' } },
    ...(withReviews
      ? [{ request: byPlan(lists.reviews), item: { kind: 'list', id: 'IEP Reviews' } } as const]
      : []),
  ];
  const [planItem, targetItems, evidenceItems, reviewItems] = await readAll(ctx.client, reads, ctx.batch);
  const targets = partition((targetItems as unknown[]).map(targetFromItem));
  const evidence = partition((evidenceItems as unknown[]).map(evidenceFromItem));
  const reviews = partition(((reviewItems as unknown[] | undefined) ?? []).map(reviewFromItem));
  const joined = assembleTargets(targets.values, evidence.values);
  // The targets and evidence queries are not one snapshot (a throttled one is resent later): a colleague's
  // new target with its first evidence can land between them. Read again before calling evidence orphaned.
  if (joined.problems.length > 0 && readsLeft > 1)
    return readPlanState(ctx, planId, withReviews, readsLeft - 1);
  const plan = planFromItem(planItem, joined.targets, joined.withdrawn);
  if (!plan.ok) {
    throw new ServiceError(
      422,
      `Plan ${planId} cannot be read: ${plan.problem.field}: ${plan.problem.message}`,
    );
  }
  const summary = planSummaryFromItem(planItem);
  return {
    plan: plan.value,
    storedCounts: summary.ok
      ? { targetCount: summary.value.targetCount, achievedCount: summary.value.achievedCount }
      : null,
    reviews: reviews.values.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')),
    problems: [
      ...plan.problems,
      ...targets.problems,
      ...evidence.problems,
      ...joined.problems,
      ...reviews.problems,
    ],
  };
};

export const openPlan = async (ctx: StoreContext, planId: PlanId): Promise<PlanDocument> => {
  const { storedCounts: _storedCounts, ...document } = await readPlanState(ctx, planId, true);
  return document;
};
