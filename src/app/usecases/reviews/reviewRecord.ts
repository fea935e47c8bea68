import {
  startNextVersion,
  todayIn,
  type Clock,
  type Plan,
  type Review,
  type TargetOutcome,
  type TargetReviewOutcome,
  type Term,
  withMeetingTargets,
} from '../../../domain';
import { newLocalId } from '../localIds';

/**
 * The review record's rules, apart from React: what outcome each target shows, and how completing the
 * review closes this version of the plan and opens the next (domain `startNextVersion`), with any
 * solution-focused meeting's targets as drafts.
 */
export const outcomeFor = (plan: Plan, review: Review, targetId: string): TargetReviewOutcome => {
  const recorded = review.targetOutcomes.find((o) => o.targetId === targetId);
  if (recorded) return recorded;
  const target = plan.shortTermTargets.find((t) => t.id === targetId);
  return {
    targetId: target?.id ?? (targetId as TargetReviewOutcome['targetId']),
    outcome: target?.outcome ?? 'open',
    comment: '',
  };
};

export const withOutcome = (
  plan: Plan,
  review: Review,
  targetId: string,
  change: Partial<Pick<TargetReviewOutcome, 'outcome' | 'comment'>>,
): Review => {
  const next = { ...outcomeFor(plan, review, targetId), ...change };
  const others = review.targetOutcomes.filter((o) => o.targetId !== targetId);
  return { ...review, targetOutcomes: [...others, next] };
};

/** Targets still "in progress" when the review is completed; the user is asked to decide them. */
export const undecidedTargets = (plan: Plan, review: Review): number =>
  plan.shortTermTargets.filter(
    (t) => outcomeFor(plan, review, t.id).outcome === ('open' satisfies TargetOutcome),
  ).length;

export interface CompletionDeps {
  readonly clock: Clock;
  readonly terms: readonly Term[];
}

/** The completed review and the two plan versions to commit: the closing one and the next. */
export const completeReview = (plan: Plan, review: Review, deps: CompletionDeps) => {
  const completed: Review = {
    ...review,
    status: 'completed',
    completedOn: review.completedOn ?? todayIn(deps.clock, review.timeZone),
    targetOutcomes: plan.shortTermTargets.map((t) => outcomeFor(plan, review, t.id)),
  };
  const { closing, next } = startNextVersion(plan, completed, {
    clock: deps.clock,
    terms: deps.terms,
    newIds: () => newLocalId('item'),
  });
  // A solution-focused meeting's chosen issues and actions open the next version as draft targets.
  const drafted = withMeetingTargets(next, completed.meeting, () => newLocalId('item'));
  return { review: completed, closing, next: drafted };
};
