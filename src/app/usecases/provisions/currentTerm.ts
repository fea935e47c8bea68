import type { IsoDate } from '../../../domain/dates';
import type { SchoolTerm } from '../../../domain/termDates';

/**
 * The term a page about "this term" opens on: the one today is in, or in a holiday the next one;
 * after the school's last term date, the last term. Null when the school has no terms.
 */
export const currentOrNextTerm = (terms: readonly SchoolTerm[], today: IsoDate): SchoolTerm | null =>
  terms.find((term) => today <= term.end) ?? terms[terms.length - 1] ?? null;
