/**
 * A child's group targets as their own plan shows and prints them: the shared targets of each group
 * plan the child is in, with the child's own outcome from their placement.
 */
import type {
  ChildGroupTarget,
  GroupPlanId,
  IsoDate,
  Placement,
  Plan,
  ProvisionId,
  PupilProvisions,
  TermKey,
} from '../../../domain';

/** A group target with where it is edited: the provision's page, for that term's group. */
export interface ChildGroupTargetRow extends ChildGroupTarget {
  readonly provisionId: ProvisionId;
  readonly groupPlanId: GroupPlanId;
  readonly term: TermKey;
}

/** The days a plan is for: from its start to its next review, open-ended when none is set. */
export interface PlanPeriod {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
}

/**
 * A plan covers the days from its start date to its next review date. Without a review date (or with
 * one before the start, which only a mistyped date gives) it runs on, so a draft still shows the
 * groups the child is in now and later.
 */
export const planPeriod = (plan: Pick<Plan, 'startDate' | 'nextReviewDate'>): PlanPeriod => ({
  start: plan.startDate,
  end: plan.nextReviewDate !== null && plan.nextReviewDate >= plan.startDate ? plan.nextReviewDate : null,
});

const attendsDuring = (placement: Placement, period: PlanPeriod): boolean =>
  placement.end >= period.start && (period.end === null || placement.start <= period.end);

/**
 * The rule: a group plan belongs in a child's plan when the child has a placement in that group
 * (same provision, term and group number) whose own dates overlap the plan's period. The placement's
 * dates rather than the whole term's, so a child who joined a group after half term, or left it, is
 * judged by the weeks they were there. A plan agreed part way through a term therefore shows that
 * term's groups, and a plan reviewed after the term ended still shows the term it covered.
 *
 * Ordered by term, then provision name, then the group plan's own order of targets. A child whose
 * outcome for a target is not yet recorded shows it as open.
 */
export const childGroupTargets = (
  provisions: PupilProvisions,
  plan: Pick<Plan, 'startDate' | 'nextReviewDate'>,
): ChildGroupTargetRow[] => {
  const period = planPeriod(plan);
  const names = new Map(provisions.provisions.map((p) => [p.id as string, p.name]));
  const placed = provisions.placements.filter((p) => attendsDuring(p, period));
  const rows = provisions.groupPlans.flatMap((groupPlan) => {
    const placement = placed.find(
      (p) =>
        p.provisionId === groupPlan.provisionId && p.term === groupPlan.term && p.group === groupPlan.group,
    );
    if (!placement) return [];
    const provisionName = names.get(groupPlan.provisionId) ?? '';
    return groupPlan.targets.map((target) => ({
      provisionName,
      provisionId: groupPlan.provisionId,
      groupPlanId: groupPlan.id,
      term: groupPlan.term,
      target,
      outcome: placement.outcomes[target.id] ?? { outcome: 'open' as const, comment: '' },
    }));
  });
  // A stable sort keeps each group plan's own order of targets.
  return rows.sort(
    (a, b) =>
      a.term.localeCompare(b.term) ||
      a.provisionName.localeCompare(b.provisionName, 'en-GB') ||
      a.groupPlanId.localeCompare(b.groupPlanId),
  );
};
