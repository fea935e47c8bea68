import type { ProvisionImpact } from '../../../domain/provisionImpact';
import { formatChange } from '../../../app/usecases/provisions/mapLabels';

export const IMPACT_CHART_WIDTH = 480;
export const IMPACT_BAR_HEIGHT = 16;
export const IMPACT_ROW_HEIGHT = 24;
/** Room for the provision's name on the left and its figure at the end of the bar. */
export const IMPACT_LABEL_WIDTH = 170;
const VALUE_ROOM = 44;
const PADDING_Y = 8;

export interface ImpactBar {
  readonly key: string;
  readonly name: string;
  readonly value: number;
  readonly valueText: string;
  /** Left edge and width of the bar: bars grow right from zero for progress, left for a fall. */
  readonly x: number;
  readonly width: number;
  readonly y: number;
}

export interface ImpactChartLayout {
  readonly bars: readonly ImpactBar[];
  readonly zeroX: number;
  readonly height: number;
}

export interface ImpactChartRow {
  readonly key: string;
  readonly name: string;
  readonly impact: ProvisionImpact;
}

/**
 * One bar per provision with a mean change, on one scale: the longest bar is the largest change.
 * With a fall anywhere, zero sits in the middle so a fall and a rise of the same size look the same.
 */
export const impactChartLayout = (rows: readonly ImpactChartRow[]): ImpactChartLayout => {
  const measured = rows.flatMap((row) =>
    row.impact.meanChange === null ? [] : [{ ...row, value: row.impact.meanChange }],
  );
  const largest = Math.max(0, ...measured.map((m) => Math.abs(m.value)));
  const anyFall = measured.some((m) => m.value < 0);
  const plotLeft = IMPACT_LABEL_WIDTH + (anyFall ? VALUE_ROOM : 0);
  const plotWidth = IMPACT_CHART_WIDTH - plotLeft - VALUE_ROOM;
  const zeroX = anyFall ? plotLeft + plotWidth / 2 : plotLeft;
  const reach = anyFall ? plotWidth / 2 : plotWidth;
  const bars = measured.map((m, index): ImpactBar => {
    const width = largest === 0 ? 0 : (Math.abs(m.value) / largest) * reach;
    return {
      key: m.key,
      name: m.name,
      value: m.value,
      valueText: formatChange(m.value),
      x: m.value < 0 ? zeroX - width : zeroX,
      width,
      y: PADDING_Y + index * IMPACT_ROW_HEIGHT + (IMPACT_ROW_HEIGHT - IMPACT_BAR_HEIGHT) / 2,
    };
  });
  return { bars, zeroX, height: PADDING_Y * 2 + Math.max(1, bars.length) * IMPACT_ROW_HEIGHT };
};

/** What the chart shows, in one sentence for a screen reader. */
export const impactChartSummary = (rows: readonly ImpactChartRow[]): string => {
  const measured = rows.filter((r) => r.impact.meanChange !== null);
  const waiting = rows.filter((r) => r.impact.meanChange === null).map((r) => r.name);
  const shown = measured.map((r) => `${r.name} ${formatChange(r.impact.meanChange ?? 0)}`).join(', ');
  if (measured.length === 0) return 'No provision is measured yet.';
  const summary = `Mean change per provision, positive is progress: ${shown}.`;
  return waiting.length > 0 ? `${summary} Not measured yet: ${waiting.join(', ')}.` : summary;
};
