import { isIsoDate, type IsoDate } from '../../../../domain/dates';
import { parseFailure, parsedValue, type Parsed } from './parsed';

// SIMS and Excel sometimes add a midnight time to a date of birth; it carries nothing.
const MIDNIGHT = String.raw`(?:[ T]00:00(?::00)?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})${MIDNIGHT}$`);
const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${MIDNIGHT}$`);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const calendarDate = (
  label: string,
  text: string,
  day: number,
  month: number,
  year: number,
): Parsed<IsoDate> => {
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (isIsoDate(iso)) return parsedValue(iso);
  const swapped = month > 12 && day <= 12;
  return parseFailure(
    `${label} is not a real date: ${text}.${swapped ? ' Day and month look swapped; write it as DD/MM/YYYY.' : ''}`,
  );
};

/**
 * A UK date as MIS exports write it: DD/MM/YYYY or D/M/YYYY (also with - or .), or ISO YYYY-MM-DD.
 * Two-digit years are refused rather than guessed: 01/09/15 could be a pupil or a grandparent.
 */
export const parseUkDate = (label: string, raw: string): Parsed<IsoDate> => {
  const text = raw.trim();
  if (text === '') return parseFailure(`${label} is required.`);
  const iso = YEAR_MONTH_DAY.exec(text);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    return calendarDate(label, text, d, m, y);
  }
  const uk = DAY_MONTH_YEAR.exec(text);
  if (!uk) return parseFailure(`${label} must be a date like 23/04/2015 (DD/MM/YYYY): "${text}" is not.`);
  const [, d, m, y] = uk as unknown as [string, string, string, string];
  if (y.length === 2) {
    return parseFailure(
      `${label} has a two-digit year: ${text}. Write the full year, e.g. ${d}/${m}/20${y}.`,
    );
  }
  return calendarDate(label, text, Number(d), Number(m), Number(y));
};
