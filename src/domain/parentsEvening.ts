import type { BusyInterval } from './ports';

/**
 * Parents' evening: one short review meeting per pupil, back to back, moved past any time the staff
 * running the evening are already busy. Pure: the caller fetches the busy times (getSchedule) first.
 */
export interface ParentsEveningPupil<K extends string = string> {
  /** What the caller uses to match a slot to its pupil, e.g. the plan id. */
  readonly key: K;
  /**
   * Staff who must be free for this pupil's slot (e.g. the class teacher and the SENCO). When
   * omitted every busy interval counts.
   */
  readonly staffEmails?: readonly string[];
}

export interface ParentsEveningRequest<K extends string = string> {
  /** In the order the school wants to see families. */
  readonly pupils: readonly ParentsEveningPupil<K>[];
  /** The first slot's start, an ISO instant. */
  readonly start: string;
  /** When the evening must finish, an ISO instant; pupils who do not fit are returned as `unplaced`. */
  readonly end?: string;
  readonly slotMinutes: number;
  /** Changeover time between families. */
  readonly gapMinutes: number;
  readonly busy: readonly BusyInterval[];
}

export interface ParentsEveningSlot<K extends string = string> {
  readonly key: K;
  /** ISO instants (UTC, `Z`). */
  readonly start: string;
  readonly end: string;
}

export interface ParentsEveningPlan<K extends string = string> {
  readonly slots: readonly ParentsEveningSlot<K>[];
  readonly unplaced: readonly K[];
}

const MINUTE = 60_000;

const parseInstant = (label: string, value: string): number => {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${label} is not a date and time: ${value}`);
  return ms;
};

const lower = (email: string): string => email.trim().toLowerCase();

/** Busy intervals that matter for one pupil, as [start, end) milliseconds sorted by start. */
const busyFor = (
  pupil: ParentsEveningPupil,
  busy: readonly BusyInterval[],
): readonly (readonly [number, number])[] => {
  const staff = pupil.staffEmails ? new Set(pupil.staffEmails.map(lower)) : null;
  return busy
    .filter((b) => staff === null || staff.has(lower(b.email)))
    .map((b) => [parseInstant('Busy start', b.start), parseInstant('Busy end', b.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
};

/** The earliest start at or after `from` where `[start, start + length)` misses every busy interval. */
const firstFreeStart = (
  from: number,
  length: number,
  busy: readonly (readonly [number, number])[],
): number => {
  let start = from;
  // Busy intervals are sorted by start, so one pass pushes the slot past each clash in turn.
  for (const [busyStart, busyEnd] of busy) {
    if (busyEnd <= start) continue;
    if (busyStart >= start + length) break;
    start = busyEnd;
  }
  return start;
};

export const planParentsEvening = <K extends string>(
  request: ParentsEveningRequest<K>,
): ParentsEveningPlan<K> => {
  if (!Number.isInteger(request.slotMinutes) || request.slotMinutes < 5) {
    throw new RangeError('Each appointment must be at least 5 minutes long.');
  }
  if (!Number.isInteger(request.gapMinutes) || request.gapMinutes < 0) {
    throw new RangeError('The gap between appointments must be 0 minutes or more.');
  }
  const length = request.slotMinutes * MINUTE;
  const gap = request.gapMinutes * MINUTE;
  const finish = request.end === undefined ? Number.POSITIVE_INFINITY : parseInstant('End', request.end);
  let cursor = parseInstant('Start', request.start);

  const slots: ParentsEveningSlot<K>[] = [];
  const unplaced: K[] = [];
  for (const pupil of request.pupils) {
    const start = firstFreeStart(cursor, length, busyFor(pupil, request.busy));
    if (start + length > finish) {
      unplaced.push(pupil.key);
      continue;
    }
    slots.push({
      key: pupil.key,
      start: new Date(start).toISOString(),
      end: new Date(start + length).toISOString(),
    });
    cursor = start + length + gap;
  }
  return { slots, unplaced };
};
