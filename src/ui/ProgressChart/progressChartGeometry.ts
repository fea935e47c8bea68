import { daysBetween, formatUkDate, isIsoDate } from '../../domain/dates';
import { EVIDENCE_RATING_LABELS, type Evidence } from '../../domain/target';

export const CHART_WIDTH = 280;
export const CHART_HEIGHT = 120;
/** Room for the rating labels on the left and the dates underneath. */
export const CHART_PADDING = { top: 10, right: 12, bottom: 24, left: 28 } as const;

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly date: string;
  readonly rating: number;
}

type RatingKey = keyof typeof EVIDENCE_RATING_LABELS;
export const ratingLabel = (rating: number): string =>
  `${rating} of 5 (${EVIDENCE_RATING_LABELS[rating as RatingKey] ?? 'unknown'})`;

const ukDate = (iso: string): string => (isIsoDate(iso) ? formatUkDate(iso) : iso);

/** Evidence that can be drawn, oldest first (same-day entries keep the order they were recorded in). */
export const chartableEvidence = (evidence: readonly Evidence[]): Evidence[] =>
  evidence
    .filter((e) => isIsoDate(e.date) && e.rating >= 1 && e.rating <= 5)
    .map((e, index) => ({ e, index }))
    .sort((a, b) => (a.e.date === b.e.date ? a.index - b.index : a.e.date < b.e.date ? -1 : 1))
    .map(({ e }) => e);

/** x by date (so a gap in recording looks like a gap), y by rating 1 (bottom) to 5 (top). */
export const chartPoints = (evidence: readonly Evidence[]): ChartPoint[] => {
  const sorted = chartableEvidence(evidence);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const innerWidth = CHART_WIDTH - CHART_PADDING.left - CHART_PADDING.right;
  const innerHeight = CHART_HEIGHT - CHART_PADDING.top - CHART_PADDING.bottom;
  const span = daysBetween(first.date, last.date);
  return sorted.map((e, index) => {
    const fraction =
      span > 0
        ? daysBetween(first.date, e.date) / span
        : sorted.length > 1
          ? index / (sorted.length - 1)
          : 0.5;
    return {
      x: CHART_PADDING.left + fraction * innerWidth,
      y: CHART_PADDING.top + ((5 - e.rating) / 4) * innerHeight,
      date: e.date,
      rating: e.rating,
    };
  });
};

export const ratingY = (rating: number): number =>
  CHART_PADDING.top + ((5 - rating) / 4) * (CHART_HEIGHT - CHART_PADDING.top - CHART_PADDING.bottom);

/** What a screen reader hears instead of the picture: how many ratings, over when, where it ended. */
export const chartSummary = (targetName: string, evidence: readonly Evidence[]): string => {
  const sorted = chartableEvidence(evidence);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return `Progress for ${targetName}: no evidence recorded yet.`;
  if (sorted.length === 1)
    return `Progress for ${targetName}: 1 rating, on ${ukDate(first.date)}: ${ratingLabel(first.rating)}.`;
  const trend = last.rating > first.rating ? 'up' : last.rating < first.rating ? 'down' : 'level';
  return (
    `Progress for ${targetName}: ${sorted.length} ratings from ${ukDate(first.date)} to ${ukDate(last.date)}. ` +
    `First ${ratingLabel(first.rating)}, latest ${ratingLabel(last.rating)}; trend ${trend}.`
  );
};

export { ukDate as chartDate };
