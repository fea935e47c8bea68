/**
 * Wall-clock times in a named zone (Europe/London for UK schools). Meetings are arranged in local
 * time: "16:00 on Monday 30 March" is 15:00Z the day after the clocks go forward and 16:00Z in
 * winter. Calendar services (Graph's dateTimeTimeZone, iCalendar's TZID) want the local time plus
 * the zone; storage and comparisons want the instant. These convert between the two using the
 * platform's time-zone database (Intl), never the machine's own zone.
 */

/** `YYYY-MM-DDTHH:mm:ss`, no offset: a time on the clock on the wall in some zone. */
export type WallClock = string;

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

const toDate = (instant: Date | string | number): Date => {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date and time: ${String(instant)}`);
  return date;
};

/** The wall-clock time an instant shows in `timeZone`. */
export const wallClockIn = (instant: Date | string | number, timeZone: string): WallClock => {
  const parts = formatterFor(timeZone).formatToParts(toDate(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
};

const wallClockAsUtcMs = (wall: WallClock): number => {
  const match = WALL_CLOCK.exec(wall);
  if (!match) throw new RangeError(`Not a local date and time (YYYY-MM-DDTHH:mm): ${wall}`);
  const [, y, mo, d, h, mi, s] = match.map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return Date.UTC(y, mo - 1, d, h, mi, s);
};

/** Minutes the zone is ahead of UTC at an instant (60 in British Summer Time, 0 in winter). */
export const offsetMinutesAt = (instant: Date | string | number, timeZone: string): number => {
  const date = toDate(instant);
  const utcMs = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtcMs(wallClockIn(utcMs, timeZone)) - utcMs) / 60_000);
};

/**
 * The instant a wall-clock time in `timeZone` names. In the hour the clocks skip (01:30 on the last
 * Sunday of March in London) the time does not exist and is read with the offset from before the
 * change, as calendar programs do (01:30 → 02:30 BST); in the repeated hour of October the earlier
 * of the two readings is chosen.
 */
export const instantOf = (wall: WallClock, timeZone: string): Date => {
  const asUtc = wallClockAsUtcMs(wall);
  // Try the offsets either side of any change near this time; keep the first that reads back exactly.
  const candidates = [
    offsetMinutesAt(asUtc - 86_400_000, timeZone),
    offsetMinutesAt(asUtc + 86_400_000, timeZone),
  ];
  for (const offset of [...new Set(candidates)].sort((a, b) => b - a)) {
    const instant = asUtc - offset * 60_000;
    if (wallClockAsUtcMs(wallClockIn(instant, timeZone)) === asUtc) return new Date(instant);
  }
  return new Date(asUtc - (candidates[0] ?? 0) * 60_000);
};

export const isWallClock = (value: string): boolean => {
  if (!WALL_CLOCK.test(value)) return false;
  const ms = wallClockAsUtcMs(value);
  return new Date(ms).toISOString().slice(0, 16) === value.slice(0, 16);
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "Monday 30 March 2026, 16:00" for people, in the school's zone. Built from parts because ICU
 * versions disagree about the comma after the weekday.
 */
export const formatMeetingTime = (instant: Date | string | number, timeZone: string): string => {
  const wall = wallClockIn(instant, timeZone);
  const [y, mo, d] = wall.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()] ?? '';
  return `${weekday} ${d} ${MONTHS[mo - 1] ?? ''} ${y}, ${wall.slice(11, 16)}`;
};
