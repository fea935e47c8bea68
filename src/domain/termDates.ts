import { addDays, dayOfWeek, daysBetween, isoDateOf, isWeekend, type IsoDate } from './dates';
import type { Term } from './school';

/**
 * School terms. A school lists its teaching periods as `Term` entries, usually one per half term
 * ("Autumn term 1", "Autumn term 2", ...); the days between entries are holidays. For planning,
 * entries separated only by a half-term break belong to one whole term: reviews are termly, not
 * half-termly.
 */
export interface SchoolTerm {
  /** e.g. "Autumn term" for "Autumn term 1" + "Autumn term 2". */
  readonly name: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The entries that make up the term, in date order; the gaps between them are half terms. */
  readonly parts: readonly Term[];
}

/**
 * The longest step from the end of one entry to the start of the next that still counts as a
 * half-term break: Friday to the Monday ten days later is one week off. Christmas and Easter are
 * two weeks (17 days) and so separate whole terms.
 */
export const HALF_TERM_BREAK_MAX_DAYS = 10;

const HALF_MARKER = /\s*[-–:(]?\s*(?:\d|first half|second half|1st half|2nd half)\s*\)?\s*$/i;

const wholeTermName = (parts: readonly Term[]): string => {
  if (parts.length === 1) return parts[0]?.name.trim() ?? '';
  const names = parts.map((p) => p.name.replace(HALF_MARKER, '').trim() || p.name.trim());
  const first = names[0] ?? '';
  return names.every((n) => n === first) ? first : parts.map((p) => p.name.trim()).join(' and ');
};

export const sortTerms = (terms: readonly Term[]): Term[] =>
  [...terms].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

/** Groups the school's entries into whole terms, in date order. */
export const wholeTerms = (terms: readonly Term[]): SchoolTerm[] => {
  const groups: Term[][] = [];
  for (const term of sortTerms(terms)) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    if (current && previous && daysBetween(previous.end, term.start) <= HALF_TERM_BREAK_MAX_DAYS) {
      current.push(term);
    } else {
      groups.push([term]);
    }
  }
  return groups.map((parts) => ({
    name: wholeTermName(parts),
    start: parts[0]?.start ?? '',
    end: parts[parts.length - 1]?.end ?? '',
    parts,
  }));
};

export const isInTerm = (date: IsoDate, terms: readonly Term[]): boolean =>
  terms.some((t) => t.start <= date && date <= t.end);

/** A weekday inside one of the school's term entries (so not a weekend, half term or holiday). */
export const isSchoolDay = (date: IsoDate, terms: readonly Term[]): boolean =>
  !isWeekend(date) && isInTerm(date, terms);

/** Whether the school's term dates say anything about this date (they may stop at July). */
export const termDatesCover = (date: IsoDate, terms: readonly Term[]): boolean => {
  const sorted = sortTerms(terms);
  const first = sorted[0];
  const lastEnd = sorted.reduce<IsoDate>((latest, t) => (t.end > latest ? t.end : latest), '');
  return first !== undefined && first.start <= date && date <= lastEnd;
};

/** How far a date may be moved to find a school day: longer than any school holiday. */
const MAX_SEARCH_DAYS = 70;

/**
 * The nearest school day on or before `date`, and after `notBefore` when given. Where the school's
 * term dates do not reach, any weekday counts. Null when there is no such day in reach.
 */
export const schoolDayOnOrBefore = (
  date: IsoDate,
  terms: readonly Term[],
  notBefore?: IsoDate,
): IsoDate | null => {
  for (let back = 0; back <= MAX_SEARCH_DAYS; back += 1) {
    const day = addDays(date, -back);
    if (notBefore !== undefined && day <= notBefore) return null;
    const schoolDay = termDatesCover(day, terms) ? isSchoolDay(day, terms) : !isWeekend(day);
    if (schoolDay) return day;
  }
  return null;
};

/** The nearest school day on or after `date` (the fall-back when nothing earlier will do). */
export const schoolDayOnOrAfter = (date: IsoDate, terms: readonly Term[]): IsoDate | null => {
  for (let ahead = 0; ahead <= MAX_SEARCH_DAYS; ahead += 1) {
    const day = addDays(date, ahead);
    const schoolDay = termDatesCover(day, terms) ? isSchoolDay(day, terms) : !isWeekend(day);
    if (schoolDay) return day;
  }
  return null;
};

/** Targets written in the last four weeks of a term are for the term after. */
export const PLANNING_LEAD_DAYS = 28;

/**
 * The whole term a short-term target written on `date` is meant for: the current term (or the
 * next one, in a holiday), unless it ends within four weeks. Null when the term dates stop first.
 */
export const planningTermFor = (date: IsoDate, terms: readonly Term[]): SchoolTerm | null => {
  const whole = wholeTerms(terms);
  const index = whole.findIndex((t) => t.end >= date);
  if (index < 0) return null;
  const current = whole[index];
  const following = whole[index + 1];
  if (current && following && daysBetween(date, current.end) < PLANNING_LEAD_DAYS) return following;
  return current ?? null;
};

// --- A default English school year, for schools that have not entered their own dates yet. ---

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export const easterSunday = (year: number): IsoDate => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDateOf(year, month, day);
};

const MONDAY = 1;
const FRIDAY = 5;

const firstMondayOnOrAfter = (date: IsoDate): IsoDate => addDays(date, (MONDAY - dayOfWeek(date) + 7) % 7);
const lastMondayOf = (year: number, month: number): IsoDate => {
  const lastDay = addDays(isoDateOf(year, month + 1, 1), -1);
  return addDays(lastDay, -((dayOfWeek(lastDay) - MONDAY + 7) % 7));
};
const lastWeekdayOnOrBefore = (date: IsoDate): IsoDate => {
  const day = dayOfWeek(date);
  return day === 0 ? addDays(date, -2) : day === 6 ? addDays(date, -1) : date;
};
/** The Friday before a Monday holiday week. */
const fridayBefore = (monday: IsoDate): IsoDate => addDays(monday, FRIDAY - MONDAY - 7);
const mondayAfterWeekOff = (monday: IsoDate): IsoDate => addDays(monday, 7);

/**
 * A typical English school year starting in September of `startYear`, as six half terms. The rule
 * follows the common local-authority pattern: autumn from the first Monday of September with half
 * term in the week of the last Monday of October, ending on the last weekday by 20 December;
 * spring from the first Monday on or after 4 January with half term in the week of the third
 * Monday of February, breaking for the two weeks around Easter; summer from the Monday after
 * Easter week with half term in the week of the late-May bank holiday, ending on the last weekday
 * by 22 July. Schools replace these with their own dates, which vary by local authority.
 */
export const defaultEnglishTerms = (startYear: number): Term[] => {
  if (!Number.isInteger(startYear) || startYear < 1900 || startYear > 2999) {
    throw new RangeError(`defaultEnglishTerms: not a plausible academic year: ${startYear}`);
  }
  const next = startYear + 1;
  const autumnStart = firstMondayOnOrAfter(isoDateOf(startYear, 9, 1));
  const octoberHalfTerm = lastMondayOf(startYear, 10);
  const christmas = lastWeekdayOnOrBefore(isoDateOf(startYear, 12, 20));

  const springStart = firstMondayOnOrAfter(isoDateOf(next, 1, 4));
  const februaryHalfTerm = addDays(firstMondayOnOrAfter(isoDateOf(next, 2, 1)), 14);
  const easter = easterSunday(next);
  const holyWeekMonday = addDays(easter, -6);
  const summerStart = addDays(easter, 8);
  const mayHalfTerm = lastMondayOf(next, 5);
  const summerEnd = lastWeekdayOnOrBefore(isoDateOf(next, 7, 22));

  return [
    { name: 'Autumn term 1', start: autumnStart, end: fridayBefore(octoberHalfTerm) },
    { name: 'Autumn term 2', start: mondayAfterWeekOff(octoberHalfTerm), end: christmas },
    { name: 'Spring term 1', start: springStart, end: fridayBefore(februaryHalfTerm) },
    { name: 'Spring term 2', start: mondayAfterWeekOff(februaryHalfTerm), end: fridayBefore(holyWeekMonday) },
    { name: 'Summer term 1', start: summerStart, end: fridayBefore(mayHalfTerm) },
    { name: 'Summer term 2', start: mondayAfterWeekOff(mayHalfTerm), end: summerEnd },
  ];
};

/** The academic year (its September year) a date falls in: 15/03/2026 is in 2025-26. */
export const academicYearOf = (date: IsoDate): number => {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 8 ? year : year - 1;
};
