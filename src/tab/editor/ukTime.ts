import { UK_TIME_ZONE, formatUkDate } from '../../domain/dates';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

/** "14:05", on the school's clock whatever the device's zone. */
export const ukTime = (instant: Date | string): string =>
  timeFormat.format(instant instanceof Date ? instant : new Date(instant));

/** "14:05 on 12/11/2026", or `null` for a value that is not a date and time. */
export const ukTimeAndDate = (iso: string): string | null =>
  Number.isNaN(new Date(iso).getTime()) ? null : `${ukTime(iso)} on ${formatUkDate(iso)}`;

/** "Ms Shah's", "a colleague's". */
export const possessive = (name: string): string => `${name}'s`;
