import { PlacementSchema, ProvisionSchema, type Measure, type Placement } from './provision';
import { provisionImpact, roundToTenth } from './provisionImpact';

const provision = (entryExit: Measure) =>
  ProvisionSchema.parse({
    id: 'p1',
    name: 'Precision teaching',
    areaOfNeed: 'cognition-and-learning',
    delivery: 'one-to-one',
    groupSize: 1,
    staffRole: 'teaching-assistant',
    sessionsPerWeek: 3,
    minutesPerSession: 10,
    weeksPerTerm: 10,
    costPerHourPence: 1500,
    entryExit,
  });

const scored = (
  pupilId: string,
  entryScore: number | null,
  exitScore: number | null,
  provisionId = 'p1',
): Placement =>
  PlacementSchema.parse({
    id: `placement-${pupilId}`,
    provisionId,
    pupilId,
    term: '2026-09-07',
    start: '2026-09-07',
    end: '2026-12-18',
    entryScore,
    exitScore,
  });

describe('does it work?', () => {
  test('change is exit minus entry; improved counts rises; pupils missing a score are not in the mean', () => {
    const impact = provisionImpact(provision({ name: 'Reading age (months)', higherIsBetter: true }), [
      scored('ada', 80, 86),
      scored('ben', 90, 89),
      scored('cara', 70, 70),
      scored('dev', 75, null),
      scored('eve', 60, 65, 'other'),
    ]);
    expect(impact.pupils.map((p) => [p.pupilId, p.change])).toEqual([
      ['ada', 6],
      ['ben', -1],
      ['cara', 0],
      ['dev', null],
    ]);
    expect(impact).toMatchObject({ measured: 3, missing: 1, improved: 1, meanChange: 1.7 });
  });

  test('where a fall is progress the sign is flipped, so positive is always progress', () => {
    const impact = provisionImpact(provision({ name: 'Seconds to write name', higherIsBetter: false }), [
      scored('ada', 60, 45),
      scored('ben', 50, 52),
      scored('cara', 40, 40),
    ]);
    expect(impact.pupils.map((p) => p.change)).toEqual([15, -2, 0]);
    expect(Object.is(impact.pupils[2]?.change, 0)).toBe(true);
    expect(impact).toMatchObject({ improved: 1, meanChange: 4.3 });
  });

  test('no one measured yet has no mean', () => {
    const impact = provisionImpact(provision({ name: 'Score', higherIsBetter: true }), [
      scored('ada', 3, null),
    ]);
    expect(impact).toMatchObject({ measured: 0, missing: 1, improved: 0, meanChange: null });
  });

  test('means round to one decimal place, halves away from zero', () => {
    expect(roundToTenth(0.15)).toBe(0.2);
    expect(roundToTenth(-0.25)).toBe(-0.3);
    expect(roundToTenth(2.04)).toBe(2);
    expect(Object.is(roundToTenth(-0.04), 0)).toBe(true);
    expect(roundToTenth(1 / 3)).toBe(0.3);
  });
});
