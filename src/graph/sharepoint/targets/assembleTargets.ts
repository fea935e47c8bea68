import type { ItemProblem } from '../../../domain/ports';
import type { ShortTermTarget } from '../../../domain/target';
import type { StoredEvidence } from '../evidence/evidenceMapper';
import type { StoredTarget } from './targetMapper';

/** Joins evidence onto its targets (newest evidence last) and puts targets in plan order. */
export const assembleTargets = (
  targets: readonly StoredTarget[],
  evidence: readonly StoredEvidence[],
): { targets: ShortTermTarget[]; problems: ItemProblem[] } => {
  const byTarget = new Map<string, StoredEvidence[]>();
  for (const entry of evidence)
    byTarget.set(entry.targetId, [...(byTarget.get(entry.targetId) ?? []), entry]);
  const known = new Set(targets.map((stored) => stored.target.id));
  const problems: ItemProblem[] = evidence
    .filter((entry) => !known.has(entry.targetId))
    .map((entry) => ({
      item: { kind: 'evidence', id: entry.evidence.id },
      field: 'TargetId',
      message: `This evidence belongs to target ${entry.targetId}, which is not in the plan.`,
    }));
  const ordered = [...targets].sort(
    (a, b) => a.sortOrder - b.sortOrder || Number(a.target.id) - Number(b.target.id),
  );
  return {
    targets: ordered.map((stored) => ({
      ...stored.target,
      evidence: (byTarget.get(stored.target.id) ?? [])
        .map((entry) => entry.evidence)
        .sort((a, b) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id)),
    })),
    problems,
  };
};
