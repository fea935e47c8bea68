import type { Clock } from './clock';

/**
 * A calendar date, `YYYY-MM-DD`, with no time and no zone. Date rules work on these strings and do
 * arithmetic in UTC, so a day is always a day: neither the machine's zone nor the clocks changing
 * can shift a review date.
 */
export type IsoDate = string;

/** The zone UK schools live in; a "day" for a user is a calendar day here. */
export const UK_TIME_ZONE = 'Europe/London';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const parseIsoDate = (iso: string): number | null => {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const date = new Date(ms);
  // Date.UTC quietly rolls 2025-02-29 over to 1 March; a date that rolls over is not real.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return ms;
};

export const isIsoDate = (value: string): boolean => parseIsoDate(value) !== null;

const toUtcMs = (iso: IsoDate): number => {
  const ms = parseIsoDate(iso);
  if (ms === null) throw new RangeError(`Not a calendar date (expected YYYY-MM-DD): ${iso}`);
  return ms;
};

const fromUtcMs = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export const isoDateOf = (year: number, month: number, day: number): IsoDate =>
  fromUtcMs(Date.UTC(year, month - 1, day));

export const addDays = (iso: IsoDate, days: number): IsoDate => fromUtcMs(toUtcMs(iso) + days * MS_PER_DAY);

/** Whole calendar days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);

/** 0 = Sunday ... 6 = Saturday, as `Date.getDay`. */
export const dayOfWeek = (iso: IsoDate): number => new Date(toUtcMs(iso)).getUTCDay();

export const isWeekend = (iso: IsoDate): boolean => {
  const day = dayOfWeek(iso);
  return day === 0 || day === 6;
};

export const earlierDate = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const laterDate = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/**
 * The calendar date an instant falls on in a zone (Europe/London by default). At 23:30 UTC in
 * British Summer Time it is already tomorrow in London; this says so.
 */
export const londonDateOf = (instant: Date | string | number, timeZone: string = UK_TIME_ZONE): IsoDate => {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date and time: ${String(instant)}`);
  const parts = formatterFor(timeZone).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
};

/** Today's calendar date for the school, from the injected clock. */
export const todayIn = (clock: Clock, timeZone: string = UK_TIME_ZONE): IsoDate =>
  londonDateOf(clock.now(), timeZone);

/**
 * DD/MM/YYYY, as UK forms show dates. A date-time is first placed on its calendar date in the
 * school's zone, so an evening meeting in summer is not shown as the day before.
 */
export const formatUkDate = (iso: string, timeZone: string = UK_TIME_ZONE): string => {
  const date = iso.includes('T') ? londonDateOf(iso, timeZone) : iso;
  toUtcMs(date);
  const [y, m, d] = date.split('-') as [string, string, string];
  return `${d}/${m}/${y}`;
};
