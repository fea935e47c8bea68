import type { Clock } from './clock';
import { addDays, daysBetween, earlierDate, todayIn, UK_TIME_ZONE, type IsoDate } from './dates';
import type { Term } from './school';
import { schoolDayOnOrAfter, schoolDayOnOrBefore, wholeTerms } from './termDates';

/** Reviews sit a fixed time before the end of term: late enough to judge the term, early enough to plan the next. */
export const REVIEW_WEEKS_BEFORE_TERM_END = 2;
/** Short-term targets take 6-8 weeks; a review sooner than six weeks after the last has little to review. */
export const MIN_DAYS_BETWEEN_REVIEWS = 42;
/** Plans are reviewed at least twice a year: never more than about six months apart. */
export const MAX_DAYS_BETWEEN_REVIEWS = 183;
/** Used when the school's term dates stop before the next term: a typical term. */
export const FALLBACK_DAYS_BETWEEN_REVIEWS = 91;
/** A review within this many days is "due soon" on the dashboard. */
export const DUE_SOON_DAYS = 14;

/** Moves a date to the nearest earlier school day after `after`; later only if nothing earlier exists. */
const placeOnSchoolDay = (date: IsoDate, terms: readonly Term[], after: IsoDate): IsoDate =>
  schoolDayOnOrBefore(date, terms, after) ?? schoolDayOnOrAfter(date, terms) ?? date;

const nextReviewFrom = (reference: IsoDate, terms: readonly Term[]): IsoDate => {
  const cap = addDays(reference, MAX_DAYS_BETWEEN_REVIEWS);
  const termly = wholeTerms(terms)
    .filter((term) => term.end > reference)
    .map((term) => placeOnSchoolDay(addDays(term.end, -7 * REVIEW_WEEKS_BEFORE_TERM_END), terms, reference))
    .find((slot) => daysBetween(reference, slot) >= MIN_DAYS_BETWEEN_REVIEWS);

  // With no term dates that far ahead, a typical term's length; never past the six-month limit.
  const wanted = termly ?? addDays(reference, FALLBACK_DAYS_BETWEEN_REVIEWS);
  return placeOnSchoolDay(earlierDate(wanted, cap), terms, reference);
};

/**
 * When the next review falls due after a review on `lastReviewDate`. Termly: two weeks before the
 * end of the first term that leaves at least six weeks for the new targets (usually the next
 * term; the current one when the review was at its start). The date is always a school day: a
 * slot in a half term or holiday moves to the last school day before it, and a weekend to the
 * Friday. Never more than 183 days after the last review, and never in the past: a review
 * recorded late is scheduled from today instead.
 */
export const nextReviewDate = (
  lastReviewDate: IsoDate,
  terms: readonly Term[],
  clock: Clock,
  timeZone: string = UK_TIME_ZONE,
): IsoDate => {
  const today = todayIn(clock, timeZone);
  const fromLast = nextReviewFrom(lastReviewDate, terms);
  return fromLast >= today ? fromLast : nextReviewFrom(today, terms);
};

export type ReviewState = 'none' | 'ok' | 'due-soon' | 'overdue';

/**
 * How a plan's next review stands today, judged on the calendar date in the school's zone (a
 * review due "today" is due soon, not overdue, until midnight in London).
 */
export const reviewState = (
  nextReview: IsoDate | null,
  clock: Clock,
  timeZone: string = UK_TIME_ZONE,
): ReviewState => {
  if (nextReview === null) return 'none';
  const daysLeft = daysBetween(todayIn(clock, timeZone), nextReview);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'ok';
};

/** Days until the review (negative when overdue), for "due in 3 days" / "overdue by 2 days". */
export const daysUntilReview = (nextReview: IsoDate, clock: Clock, timeZone: string = UK_TIME_ZONE): number =>
  daysBetween(todayIn(clock, timeZone), nextReview);
