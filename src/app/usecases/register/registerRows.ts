import {
  matchesSearch,
  PRIMARY_NEED_CODES,
  pupilDisplayName,
  type Clock,
  type PlanSummary,
  type PrimaryNeed,
  type Pupil,
  type SchoolRegister,
  type SenStatus,
} from '../../../domain';
import { reviewState } from '../../../domain/reviewSchedule';
import { nextMeetingBySeries } from '../bookedMeetings';

/** Where a pupil's review stands: a booked meeting settles it, whatever the date it fell due. */
export type RegisterReviewStatus = 'overdue' | 'due-soon' | 'booked' | 'ok' | 'none';

/** One pupil on the whole-school register, with their current plan if they have one. */
export interface RegisterRow {
  readonly pupil: Pupil;
  /** pupilDisplayName: the preferred name if the pupil has one. */
  readonly name: string;
  readonly plan: PlanSummary | null;
  readonly review: RegisterReviewStatus;
  /** ISO start of the booked meeting */
  readonly bookedFor: string | null;
}

export interface RegisterFilter {
  readonly text: string;
  readonly yearGroup: string | 'all';
  readonly classTeamId: string | 'all';
  readonly senStatus: SenStatus | 'all';
  readonly primaryNeed: PrimaryNeed | 'all';
  readonly review: RegisterReviewStatus | 'all';
}

export const ALL_REGISTER: RegisterFilter = {
  text: '',
  yearGroup: 'all',
  classTeamId: 'all',
  senStatus: 'all',
  primaryNeed: 'all',
  review: 'all',
};

/**
 * A pupil can have a draft of the next version beside the active one; the newest version is the
 * one being worked on, and on a tie the active one is what the school has agreed.
 */
const newerOf = (a: PlanSummary, b: PlanSummary): PlanSummary => {
  if (a.version !== b.version) return a.version > b.version ? a : b;
  return b.status === 'active' ? b : a;
};

const currentPlanByPupil = (plans: readonly PlanSummary[]): Map<string, PlanSummary> => {
  const byPupil = new Map<string, PlanSummary>();
  for (const plan of plans) {
    const seen = byPupil.get(plan.pupil.pupilId);
    byPupil.set(plan.pupil.pupilId, seen ? newerOf(seen, plan) : plan);
  }
  return byPupil;
};

/**
 * One row per pupil on the register. Plans of pupils the register does not list (they left, or
 * no longer need support) are records, not work, so they get no row here.
 */
export const buildRegisterRows = (
  register: Pick<SchoolRegister, 'pupils' | 'plans' | 'booked'>,
  clock: Clock,
  timeZone: string,
): RegisterRow[] => {
  const plans = currentPlanByPupil(register.plans);
  const meetings = nextMeetingBySeries(register.booked, clock.now());
  return register.pupils.map((pupil) => {
    const plan = plans.get(pupil.id) ?? null;
    const bookedFor = plan === null ? null : (meetings.get(plan.seriesId) ?? null);
    const review: RegisterReviewStatus =
      bookedFor !== null ? 'booked' : reviewState(plan?.nextReviewDate ?? null, clock, timeZone);
    return { pupil, name: pupilDisplayName(pupil), plan, review, bookedFor };
  });
};

export const filterRegisterRows = (rows: readonly RegisterRow[], filter: RegisterFilter): RegisterRow[] =>
  rows.filter(({ pupil, name, review }) => {
    if (filter.yearGroup !== 'all' && pupil.yearGroup !== filter.yearGroup) return false;
    if (filter.classTeamId !== 'all' && pupil.classTeamId !== filter.classTeamId) return false;
    if (filter.senStatus !== 'all' && pupil.senStatus !== filter.senStatus) return false;
    if (filter.primaryNeed !== 'all' && pupil.primaryNeed !== filter.primaryNeed) return false;
    if (filter.review !== 'all' && review !== filter.review) return false;
    return matchesSearch(filter.text, name, pupil.givenName, pupil.familyName, pupil.pupilRef);
  });

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** What the SENCO should deal with first: late reviews, then imminent ones, then pupils without a plan. */
const URGENCY: Readonly<Record<RegisterReviewStatus, number>> = {
  overdue: 0,
  'due-soon': 1,
  none: 2,
  booked: 3,
  ok: 4,
};

/** The date that orders rows within their group: the meeting for booked ones, otherwise the review date. */
const dueKey = (row: RegisterRow): string => row.bookedFor ?? row.plan?.nextReviewDate ?? '';

export const sortByWhatNeedsDoing = (rows: readonly RegisterRow[]): RegisterRow[] =>
  [...rows].sort(
    (a, b) =>
      URGENCY[a.review] - URGENCY[b.review] ||
      dueKey(a).localeCompare(dueKey(b)) ||
      collator.compare(a.name, b.name),
  );

const NAMED_YEARS = ['nursery', 'nursery 1', 'nursery 2', 'reception'];
const YEAR_NUMBER = /^year (\d{1,2})$/;

/** Nursery, Reception, then Year 1 to Year 13 by number; a special school's own groups after them. */
const yearGroupRank = (yearGroup: string): number => {
  const key = yearGroup.trim().toLowerCase().replace(/\s+/g, ' ');
  const named = NAMED_YEARS.indexOf(key);
  if (named >= 0) return named;
  const year = YEAR_NUMBER.exec(key);
  return year ? NAMED_YEARS.length + Number(year[1]) : Number.MAX_SAFE_INTEGER;
};

/** School order for year groups (the provision map's columns use it too). */
export const compareYearGroups = (a: string, b: string): number =>
  yearGroupRank(a) - yearGroupRank(b) || collator.compare(a, b);

export interface RegisterFilterOptions {
  readonly yearGroups: string[];
  readonly classes: { readonly id: string; readonly name: string }[];
  readonly primaryNeeds: PrimaryNeed[];
}

/** The choices worth offering in the filters: only what some pupil on the register has. */
export const registerFilterOptions = (rows: readonly RegisterRow[]): RegisterFilterOptions => {
  const yearGroups = new Set<string>();
  const classes = new Map<string, string>();
  const needs = new Set<PrimaryNeed>();
  for (const { pupil } of rows) {
    if (pupil.yearGroup.trim() !== '') yearGroups.add(pupil.yearGroup);
    if (!classes.has(pupil.classTeamId)) classes.set(pupil.classTeamId, pupil.className);
    if (pupil.primaryNeed !== null) needs.add(pupil.primaryNeed);
  }
  return {
    yearGroups: [...yearGroups].sort(compareYearGroups),
    classes: [...classes]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    primaryNeeds: PRIMARY_NEED_CODES.filter((code) => needs.has(code)),
  };
};
