import type { IsoDate } from '../../../domain/dates';
import type { SchoolTerm } from '../../../domain/termDates';

/**
 * The term a provision page opens on: the one today falls in; in a holiday, the next one (placements
 * are planned ahead); after the last term the school has listed, the last.
 */
export const termToOpen = (today: IsoDate, terms: readonly SchoolTerm[]): SchoolTerm | null =>
  terms.find((t) => t.start <= today && today <= t.end) ??
  terms.find((t) => t.start > today) ??
  terms[terms.length - 1] ??
  null;
