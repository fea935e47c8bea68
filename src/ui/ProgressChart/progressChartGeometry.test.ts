import { asEvidenceId } from '../../domain/ids';
import type { Evidence } from '../../domain/target';
import { CHART_HEIGHT, CHART_PADDING, CHART_WIDTH, chartPoints, chartSummary } from './progressChartGeometry';

const ev = (id: string, date: string, rating: number): Evidence => ({
  id: asEvidenceId(id),
  date,
  rating,
  note: '',
  recordedBy: '',
});

describe('progress chart geometry', () => {
  test('places points by date and by rating, oldest on the left, 5 at the top', () => {
    const points = chartPoints([
      ev('b', '2026-10-11', 5),
      ev('a', '2026-10-01', 1),
      ev('c', '2026-10-21', 3),
    ]);
    expect(points.map((p) => p.date)).toEqual(['2026-10-01', '2026-10-11', '2026-10-21']);
    expect(points[0]?.x).toBe(CHART_PADDING.left);
    expect(points[2]?.x).toBe(CHART_WIDTH - CHART_PADDING.right);
    expect(points[1]?.x).toBeCloseTo((CHART_PADDING.left + CHART_WIDTH - CHART_PADDING.right) / 2);
    expect(points[1]?.y).toBe(CHART_PADDING.top);
    expect(points[0]?.y).toBe(CHART_HEIGHT - CHART_PADDING.bottom);
  });

  test('entries on one day are spread out in the order they were recorded', () => {
    const points = chartPoints([ev('a', '2026-10-01', 2), ev('b', '2026-10-01', 3)]);
    expect(points.map((p) => p.rating)).toEqual([2, 3]);
    expect(points[0]?.x).toBeLessThan(points[1]?.x ?? 0);
  });

  test('leaves out entries that cannot be drawn rather than failing', () => {
    expect(chartPoints([ev('a', 'not a date', 3), ev('b', '2026-10-01', 9)])).toEqual([]);
  });

  test('summarises the trend in words with UK dates', () => {
    expect(chartSummary('target 1', [ev('a', '2026-10-01', 4), ev('b', '2026-11-02', 2)])).toBe(
      'Progress for target 1: 2 ratings from 01/10/2026 to 02/11/2026. First 4 of 5 (Mostly), latest 2 of 5 (Emerging); trend down.',
    );
    expect(chartSummary('target 1', [])).toBe('Progress for target 1: no evidence recorded yet.');
  });
});
