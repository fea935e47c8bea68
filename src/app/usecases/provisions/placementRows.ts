import { byRegisterName, type Placement, type Provision, type Pupil, type PupilId } from '../../../domain';

/**
 * The change from entry to exit score, as the measure reads it: null until both are recorded. A
 * change counts as an improvement when it goes the way the measure says is better.
 */
export const scoreChange = (placement: Pick<Placement, 'entryScore' | 'exitScore'>): number | null =>
  placement.entryScore === null || placement.exitScore === null
    ? null
    : Math.round((placement.exitScore - placement.entryScore) * 100) / 100;

export const improved = (change: number | null, higherIsBetter: boolean): boolean | null =>
  change === null ? null : higherIsBetter ? change > 0 : change < 0;

/** "+4", "-2", "0", "" when not yet known. */
export const changeText = (change: number | null): string =>
  change === null ? '' : change > 0 ? `+${change}` : String(change);

/** A placement may be taken away only while nothing has been recorded on it. */
export const canRemovePlacement = (placement: Placement): boolean =>
  placement.entryScore === null &&
  placement.exitScore === null &&
  Object.keys(placement.outcomes).length === 0;

export interface PlacementRow {
  readonly placement: Placement;
  /** Null for a pupil no longer on the active register: the row is still shown, by reference. */
  readonly pupil: Pupil | null;
}

/** The term's placements with their pupils, by group and then in register order. */
export const placementRows = (placements: readonly Placement[], pupils: readonly Pupil[]): PlacementRow[] => {
  const byId = new Map<PupilId, Pupil>(pupils.map((p) => [p.id, p]));
  return placements
    .map((placement) => ({ placement, pupil: byId.get(placement.pupilId) ?? null }))
    .sort((a, b) => {
      if (a.placement.group !== b.placement.group) return a.placement.group - b.placement.group;
      if (a.pupil && b.pupil) return byRegisterName(a.pupil, b.pupil);
      return a.pupil ? -1 : b.pupil ? 1 : 0;
    });
};

/**
 * Groups for pupils joining this term: each fills the lowest-numbered group with room; a 1:1 pupil is a
 * group of their own. Existing placements keep their groups.
 */
export const groupsForNewPupils = (
  provision: Pick<Provision, 'delivery' | 'groupSize'>,
  existing: readonly Pick<Placement, 'group'>[],
  count: number,
): number[] => {
  const size = provision.delivery === 'one-to-one' ? 1 : Math.max(1, provision.groupSize);
  const filled = new Map<number, number>();
  for (const p of existing) filled.set(p.group, (filled.get(p.group) ?? 0) + 1);
  const groups: number[] = [];
  for (let i = 0; i < count; i += 1) {
    let group = 1;
    while ((filled.get(group) ?? 0) >= size) group += 1;
    filled.set(group, (filled.get(group) ?? 0) + 1);
    groups.push(group);
  }
  return groups;
};

export type PupilChoiceBy = 'class' | 'year';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** The register's classes or year groups, for choosing pupils to add. */
export const choiceOptions = (pupils: readonly Pupil[], by: PupilChoiceBy): ChoiceOption[] => {
  const options = new Map<string, string>();
  for (const p of pupils) {
    if (by === 'class') options.set(p.classTeamId, p.className);
    else if (p.yearGroup) options.set(p.yearGroup, p.yearGroup);
  }
  return [...options.entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true }));
};

/** The pupils in one class or year group, in register order. */
export const pupilsIn = (pupils: readonly Pupil[], by: PupilChoiceBy, value: string): Pupil[] =>
  pupils
    .filter((p) => (by === 'class' ? p.classTeamId === value : p.yearGroup === value))
    .sort(byRegisterName);
