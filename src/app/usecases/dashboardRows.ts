import {
  matchesSearch,
  pupilDisplayName,
  STAGE_LABELS,
  StageSchema,
  type Clock,
  type ClassDashboard,
  type PlanSummary,
  type Pupil,
  type PupilId,
  type Stage,
} from '../../domain';
import { reviewState, type ReviewState } from '../../domain/reviewSchedule';
import { nextMeetingBySeries } from './bookedMeetings';

/** One line of the class dashboard: a pupil, with their current plan if they have one. */
export interface DashboardRow {
  readonly pupilId: PupilId;
  readonly name: string;
  readonly yearGroup: string;
  readonly pupilRef: string;
  /** Null when a plan names a pupil the register no longer lists in this class. */
  readonly pupil: Pupil | null;
  readonly plan: PlanSummary | null;
  readonly review: DashboardReviewState;
  /** ISO start of the review meeting booked for the plan, still to come; null when none is. */
  readonly bookedFor: string | null;
}

/** A booked meeting settles a plan's review, whatever the date it fell due. */
export type DashboardReviewState = ReviewState | 'booked';

export type StatusFilter = 'all' | 'no-plan' | 'draft' | 'active';
export type ReviewFilter = 'all' | DashboardReviewState;
export type SortKey = 'name' | 'next-review' | 'stage';

export interface RowFilter {
  readonly text: string;
  readonly status: StatusFilter;
  readonly review: ReviewFilter;
}

export const STATUS_FILTER_LABELS: Readonly<Record<StatusFilter, string>> = {
  all: 'All pupils',
  'no-plan': 'No plan yet',
  draft: 'Draft',
  active: 'Active',
};

export const REVIEW_FILTER_LABELS: Readonly<Record<ReviewFilter, string>> = {
  all: 'Any review date',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  booked: 'Meeting booked',
  ok: 'Not due yet',
  none: 'No review date',
};

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  name: 'Name',
  'next-review': 'Next review',
  stage: 'Stage',
};

export const stageLabel = (stage: Stage): string => STAGE_LABELS[stage];

/**
 * Joins the register with the current plans. Every pupil gets a row; a plan whose pupil is not on
 * this class's register still gets one, so no plan silently disappears from view.
 */
export const buildRows = (dashboard: ClassDashboard, clock: Clock, timeZone: string): DashboardRow[] => {
  const meetings = nextMeetingBySeries(dashboard.booked, clock.now());
  const reviewOf = (plan: PlanSummary | null): Pick<DashboardRow, 'review' | 'bookedFor'> => {
    const bookedFor = plan === null ? null : (meetings.get(plan.seriesId) ?? null);
    return {
      bookedFor,
      review: bookedFor !== null ? 'booked' : reviewState(plan?.nextReviewDate ?? null, clock, timeZone),
    };
  };
  const plansByPupil = new Map<string, PlanSummary>();
  for (const plan of dashboard.plans) plansByPupil.set(plan.pupil.pupilId, plan);
  const rows: DashboardRow[] = dashboard.pupils.map((pupil) => {
    const plan = plansByPupil.get(pupil.id) ?? null;
    plansByPupil.delete(pupil.id);
    return {
      pupilId: pupil.id,
      name: pupilDisplayName(pupil),
      yearGroup: pupil.yearGroup,
      pupilRef: pupil.pupilRef,
      pupil,
      plan,
      ...reviewOf(plan),
    };
  });
  for (const plan of plansByPupil.values()) {
    rows.push({
      pupilId: plan.pupil.pupilId,
      name: plan.pupil.name,
      yearGroup: plan.pupil.yearGroup,
      pupilRef: plan.pupil.pupilRef,
      pupil: null,
      plan,
      ...reviewOf(plan),
    });
  }
  return rows;
};

const statusOf = (row: DashboardRow): Exclude<StatusFilter, 'all'> | 'closed' =>
  row.plan === null ? 'no-plan' : row.plan.status;

export const filterRows = (rows: readonly DashboardRow[], filter: RowFilter): DashboardRow[] =>
  rows.filter((row) => {
    if (filter.status !== 'all' && statusOf(row) !== filter.status) return false;
    if (filter.review !== 'all' && row.review !== filter.review) return false;
    return matchesSearch(filter.text, row.name, row.pupil?.givenName, row.pupilRef);
  });

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const byName = (a: DashboardRow, b: DashboardRow): number => collator.compare(a.name, b.name);
const stageRank = (row: DashboardRow): number =>
  row.plan === null ? Number.MAX_SAFE_INTEGER : StageSchema.options.indexOf(row.plan.stage);
/** Soonest (most overdue) first; pupils without a review date go last. */
const reviewKey = (row: DashboardRow): string => row.plan?.nextReviewDate ?? '9999-12-31';

export const sortRows = (rows: readonly DashboardRow[], key: SortKey): DashboardRow[] => {
  const compare = (a: DashboardRow, b: DashboardRow): number => {
    if (key === 'next-review') return reviewKey(a).localeCompare(reviewKey(b)) || byName(a, b);
    if (key === 'stage') return stageRank(a) - stageRank(b) || byName(a, b);
    return byName(a, b);
  };
  return [...rows].sort(compare);
};
