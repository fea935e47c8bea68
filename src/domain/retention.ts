import type { Clock } from './clock';
import { todayIn, type IsoDate } from './dates';
import type { Pupil } from './pupil';
import type { SchoolSettings } from './school';

/**
 * Where one pupil's IEP records stand against the school's retention period (docs/RECORDS.md): kept until
 * the day the pupil reaches `records.retainUntilAgeYears`, past it from that day on. Without a date of
 * birth the end cannot be known, so the records are kept and the pupil is flagged for the SENCO to record it.
 */
export type RetentionState =
  | { readonly kind: 'kept'; readonly until: IsoDate }
  | { readonly kind: 'past'; readonly since: IsoDate }
  | { readonly kind: 'no-date-of-birth' };

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The day someone born on `dateOfBirth` reaches `years`. Someone born on 29 February reaches an age on
 * 1 March in a year with no 29 February, as English law counts it.
 */
export const anniversaryOf = (dateOfBirth: IsoDate, years: number): IsoDate => {
  const [year, month, day] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  if (month === 2 && day === 29 && !leap) return `${pad(target, 4)}-03-01`;
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

export const retentionOf = (
  pupil: Pick<Pupil, 'dateOfBirth'>,
  settings: Pick<SchoolSettings, 'records' | 'timeZone'>,
  clock: Clock,
): RetentionState => {
  if (pupil.dateOfBirth === '') return { kind: 'no-date-of-birth' };
  const end = anniversaryOf(pupil.dateOfBirth, settings.records.retainUntilAgeYears);
  // ISO dates compare as strings.
  return todayIn(clock, settings.timeZone) >= end
    ? { kind: 'past', since: end }
    : { kind: 'kept', until: end };
};

/** True once the pupil's records are past the retention period; never for a pupil with no date of birth. */
export const pastRetention = (
  pupil: Pick<Pupil, 'dateOfBirth'>,
  settings: Pick<SchoolSettings, 'records' | 'timeZone'>,
  clock: Clock,
): boolean => retentionOf(pupil, settings, clock).kind === 'past';
