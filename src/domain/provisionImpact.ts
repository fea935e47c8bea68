import type { PlacementId, ProvisionId, PupilId } from './ids';
import type { Measure, Placement, Provision } from './provision';

/**
 * "Does it work?": each pupil's change on a provision's entry and exit measure, and the
 * provision's summary. A change is always "positive is progress": for a measure where a fall is
 * progress (`higherIsBetter` false, e.g. minutes to finish a task) the sign is flipped.
 */

export interface PupilImpact {
  readonly placementId: PlacementId;
  readonly pupilId: PupilId;
  readonly entryScore: number | null;
  readonly exitScore: number | null;
  /** Progress on the measure; null until both scores are recorded. */
  readonly change: number | null;
}

export interface ProvisionImpact {
  readonly provisionId: ProvisionId;
  readonly measure: Measure;
  readonly pupils: readonly PupilImpact[];
  /** Pupils with both scores. */
  readonly measured: number;
  /** Pupils still missing a score. */
  readonly missing: number;
  /** Measured pupils whose change is above zero. */
  readonly improved: number;
  /** Mean change of the measured pupils to one decimal place; null when none is measured. */
  readonly meanChange: number | null;
}

/** Rounds to one decimal place, halves away from zero, without a stray 0.1 from binary fractions. */
export const roundToTenth = (value: number): number => {
  const tenths = Math.floor(Math.abs(value) * 10 + 0.5 + 1e-9);
  return tenths === 0 ? 0 : (Math.sign(value) * tenths) / 10;
};

const changeOf = (placement: Placement, measure: Measure): number | null => {
  if (placement.entryScore === null || placement.exitScore === null) return null;
  const rise = placement.exitScore - placement.entryScore;
  // 0 - 0 must stay 0, never -0, so it reads as "no change" everywhere.
  return measure.higherIsBetter || rise === 0 ? rise : -rise;
};

/** The impact of one provision from its placements (those of other provisions are ignored). */
export const provisionImpact = (provision: Provision, placements: readonly Placement[]): ProvisionImpact => {
  const pupils = placements
    .filter((p) => p.provisionId === provision.id)
    .map((p) => ({
      placementId: p.id,
      pupilId: p.pupilId,
      entryScore: p.entryScore,
      exitScore: p.exitScore,
      change: changeOf(p, provision.entryExit),
    }));
  const changes = pupils.flatMap((p) => (p.change === null ? [] : [p.change]));
  return {
    provisionId: provision.id,
    measure: provision.entryExit,
    pupils,
    measured: changes.length,
    missing: pupils.length - changes.length,
    improved: changes.filter((c) => c > 0).length,
    meanChange:
      changes.length === 0 ? null : roundToTenth(changes.reduce((a, b) => a + b, 0) / changes.length),
  };
};
