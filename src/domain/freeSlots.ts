import type { BusyInterval, TimeSlot } from './ports';
import { instantOf, wallClockIn } from './zonedTime';

/**
 * Meeting times when everyone asked about is free, worked out from their busy times (getSchedule).
 * Used when findMeetingTimes has no suggestions, so the organiser still sees times that work for
 * staff before falling back to choosing one by hand.
 */
export interface FreeSlotRequest {
  /** ISO instants bounding the search. */
  readonly from: string;
  readonly to: string;
  readonly durationMinutes: number;
  readonly busy: readonly BusyInterval[];
  /** IANA zone in which the school day is measured. */
  readonly timeZone: string;
  /** School-day window in local time, `HH:mm`. Reviews often follow the end of lessons. */
  readonly dayStart?: string;
  readonly dayEnd?: string;
  /** Candidate starts are on this grid (minutes past the hour). */
  readonly stepMinutes?: number;
  readonly maxSlots?: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const nextDate = (isoDate: string): string =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

/** Confidence given to a slot found from free/busy alone: everyone is free, but nobody was asked. */
export const FREE_BUSY_CONFIDENCE = 50;

const atLocal = (isoDate: string, hhmm: string, timeZone: string): number =>
  instantOf(`${isoDate}T${hhmm}:00`, timeZone).getTime();

export const freeSlots = (request: FreeSlotRequest): TimeSlot[] => {
  const from = Date.parse(request.from);
  const to = Date.parse(request.to);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError('The search needs a start and an end.');
  const length = request.durationMinutes * MINUTE;
  const step = (request.stepMinutes ?? 15) * MINUTE;
  const max = request.maxSlots ?? 20;
  const busy = request.busy
    .map((b) => [Date.parse(b.start), Date.parse(b.end)] as const)
    .filter(([s, e]) => !Number.isNaN(s) && !Number.isNaN(e) && e > s);
  const clashes = (start: number): boolean => busy.some(([s, e]) => s < start + length && e > start);

  const slots: TimeSlot[] = [];
  const lastDate = wallClockIn(to, request.timeZone).slice(0, 10);
  // Walk calendar dates in the school's zone (not 24-hour steps, which a clocks-change day would break).
  for (
    let date = wallClockIn(from, request.timeZone).slice(0, 10);
    date <= lastDate && slots.length < max;
    date = nextDate(date)
  ) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const open = atLocal(date, request.dayStart ?? '08:30', request.timeZone);
    const close = Math.min(atLocal(date, request.dayEnd ?? '17:30', request.timeZone), to);
    for (
      let start = Math.max(open, Math.ceil(from / step) * step);
      start + length <= close && slots.length < max;
      start += step
    ) {
      if (!clashes(start)) {
        slots.push({
          start: new Date(start).toISOString(),
          end: new Date(start + length).toISOString(),
          confidence: FREE_BUSY_CONFIDENCE,
        });
      }
    }
  }
  return slots;
};
