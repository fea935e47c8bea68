import type { SchoolTerm } from '../../../domain/termDates';

/** "Autumn term 2026": a term's name with the year it starts in, unless the school's name has one. */
export const termLabel = (term: SchoolTerm): string =>
  /\b\d{4}\b/.test(term.name) ? term.name : `${term.name} ${term.start.slice(0, 4)}`;

/** A change on a measure as staff read it: "+1.5", "−2", "0" (a real minus sign for screen readers). */
export const formatChange = (change: number): string => {
  const text = Math.abs(change).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return change > 0 ? `+${text}` : change < 0 ? `\u2212${text}` : '0';
};
