import type { ProvisionImpact } from '../../../domain/provisionImpact';
import {
  IMPACT_CHART_WIDTH,
  impactChartLayout,
  impactChartSummary,
  type ImpactChartRow,
} from './impactChartGeometry';

const row = (name: string, meanChange: number | null): ImpactChartRow => ({
  key: name,
  name,
  impact: { meanChange } as ProvisionImpact,
});

describe('the impact chart', () => {
  test('bars share one scale from zero; unmeasured provisions have none', () => {
    const { bars, zeroX } = impactChartLayout([row('Phonics', 6), row('ELSA', 3), row('Social', null)]);
    expect(bars.map((b) => [b.name, b.x === zeroX, b.valueText])).toEqual([
      ['Phonics', true, '+6'],
      ['ELSA', true, '+3'],
    ]);
    expect(bars[1]?.width).toBeCloseTo((bars[0]?.width ?? 0) / 2, 9);
    expect(zeroX + (bars[0]?.width ?? 0)).toBeLessThan(IMPACT_CHART_WIDTH);
  });

  test('a fall grows left from a zero in the middle, as long as a rise of the same size', () => {
    const { bars, zeroX } = impactChartLayout([row('Phonics', 4), row('Motor', -4)]);
    const [rise, fall] = bars;
    expect(fall?.x).toBeCloseTo(zeroX - (fall?.width ?? 0), 9);
    expect(fall?.width).toBeCloseTo(rise?.width ?? 0, 9);
    expect(fall?.x).toBeGreaterThan(0);
  });

  test('the spoken summary gives every figure and what is not measured yet', () => {
    expect(impactChartSummary([row('Phonics', 1.5), row('Motor', -2), row('Social', null)])).toBe(
      'Mean change per provision, positive is progress: Phonics +1.5, Motor \u22122. Not measured yet: Social.',
    );
    expect(impactChartSummary([row('Social', null)])).toBe('No provision is measured yet.');
  });
});
