/** How values read on paper: UK dates and Europe/London times. */
import { formatUkDate } from '../domain';

/** `2026-03-31` → `31/03/2026`; empty for no date. */
export const ukDate = (isoDate: string | null | undefined): string => (isoDate ? formatUkDate(isoDate) : '');

/** An instant as `31/03/2026 15:30` in the meeting's time zone (Europe/London unless told otherwise). */
export const ukDateTime = (isoDateTime: string | null | undefined, timeZone = 'Europe/London'): string => {
  if (!isoDateTime) return '';
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
};

/**
 * `31/03/2026` (or `1/4/2026`) → `2026-03-31`. Null for text that is not a real date, so the
 * caller can tell the teacher what to type.
 */
export const parseUkDate = (text: string): string | null => {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export const joinLines = (values: readonly string[]): string =>
  values.filter((v) => v.trim() !== '').join('\n');
