import type { Clock } from './clock';
import { Invalid, type FieldIssue } from './errors';
import { asPlanId, asTargetId } from './ids';
import { isReadOnly, type Plan } from './plan';
import type { Review } from './review';
import { nextReviewDate } from './reviewSchedule';
import type { Term } from './school';
import type { ShortTermTarget } from './target';
import { planningTermFor } from './termDates';

/**
 * A review closes one version of a plan and opens the next. Closed versions are kept unchanged as
 * evidence (tribunals and local authorities ask for the last 3-4 reviewed plans).
 */
export interface NextVersionDeps {
  readonly clock: Clock;
  readonly terms: readonly Term[];
  /** A fresh id for each new item (the new plan and each carried target). */
  readonly newIds: () => string;
}

export interface NextVersion {
  readonly closing: Plan;
  readonly next: Plan;
}

/** Throws `Invalid` when the plan is a closed version: those are read-only. */
export const assertEditable = (plan: Pick<Plan, 'id' | 'status' | 'version'>): void => {
  if (isReadOnly(plan)) {
    throw new Invalid(
      [
        {
          path: 'status',
          message: `Version ${plan.version} of this plan is closed and cannot be changed. Open the current version to make changes.`,
        },
      ],
      { kind: 'plan', id: plan.id },
    );
  }
};

const preconditionIssues = (plan: Plan, review: Review): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (review.planId !== plan.id) {
    issues.push({
      path: 'planId',
      message: 'This review is for a different version of the plan; open that version.',
    });
  }
  if (review.completedOn === null) {
    issues.push({
      path: 'completedOn',
      message: 'Enter the date the review was completed before starting the next version.',
    });
  }
  const targetIds = new Set<string>(plan.shortTermTargets.map((t) => t.id));
  review.targetOutcomes.forEach((o, i) => {
    if (!targetIds.has(o.targetId)) {
      issues.push({
        path: `targetOutcomes.${i}.targetId`,
        message: 'An outcome was recorded for a target that is not in this plan; remove it.',
      });
    }
  });
  return issues;
};

const applyOutcomes = (targets: readonly ShortTermTarget[], review: Review): ShortTermTarget[] =>
  targets.map((target) => {
    const outcome = review.targetOutcomes.find((o) => o.targetId === target.id);
    if (!outcome) return target;
    return {
      ...target,
      outcome: outcome.outcome,
      outcomeComment: outcome.comment.trim() === '' ? target.outcomeComment : outcome.comment,
    };
  });

/**
 * A continued target starts afresh in the next version: a new item (new id, no eTag), open again,
 * with no evidence (the old evidence stays with the closed version) and a date at the end of the
 * term the new plan is for, when the school's terms say. It names the target it continues, so a
 * comparison of the two versions shows one target changed rather than one removed and one added.
 */
const carryForward = (target: ShortTermTarget, newId: string, targetDate: string | null): ShortTermTarget => {
  const { etag: _etag, ...rest } = target;
  return {
    ...rest,
    id: asTargetId(newId),
    continuesTargetId: target.id,
    outcome: 'open',
    outcomeComment: '',
    evidence: [],
    targetDate,
  };
};

/**
 * Closes `plan` with the review's outcomes and builds the next version. The next version keeps the
 * pupil, profile, needs, people, stage and long-term targets, carries forward the targets the
 * review marked "continued", starts on the day the review was completed and takes its review date
 * from the termly rule. The views are kept once, on the plan (its My views and parents' views), and carry
 * forward with it. A review record written before that, with the pupil's or parents' comments typed into
 * it, still hands those on to the next version, so nothing said at such a review is lost.
 */
export const startNextVersion = (plan: Plan, review: Review, deps: NextVersionDeps): NextVersion => {
  assertEditable(plan);
  const issues = preconditionIssues(plan, review);
  if (issues.length > 0 || review.completedOn === null)
    throw new Invalid(issues, { kind: 'review', id: review.id });
  const completedOn = review.completedOn;

  const reviewedTargets = applyOutcomes(plan.shortTermTargets, review);
  const closing: Plan = { ...plan, status: 'closed', shortTermTargets: reviewedTargets };

  const newTargetDate = planningTermFor(completedOn, deps.terms)?.end ?? null;
  // Withdrawn targets stay records of the version they were withdrawn from.
  const { etag: _etag, withdrawnTargets: _withdrawn, ...carried } = plan;
  // A deep copy: editing the new version must never reach into the closed one.
  const next: Plan = {
    ...structuredClone(carried),
    id: asPlanId(deps.newIds()),
    version: plan.version + 1,
    status: 'active',
    shortTermTargets: reviewedTargets
      .filter((t) => t.outcome === 'continued')
      .map((t) => carryForward(structuredClone(t), deps.newIds(), newTargetDate)),
    pupilViews: review.pupilComments.trim() === '' ? plan.pupilViews : review.pupilComments,
    parentViews: review.parentComments.trim() === '' ? plan.parentViews : review.parentComments,
    startDate: completedOn,
    nextReviewDate: nextReviewDate(completedOn, deps.terms, deps.clock),
    updatedBy: '',
    updatedAt: null,
  };
  return { closing, next };
};
