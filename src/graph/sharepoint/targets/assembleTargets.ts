import type { ItemProblem } from '../../../domain/ports';
import type { ShortTermTarget, WithdrawnTarget } from '../../../domain/target';
import type { StoredEvidence } from '../evidence/evidenceMapper';
import type { StoredTarget } from './targetMapper';

/**
 * Joins evidence onto its targets (newest evidence last) and puts targets in plan order; withdrawn
 * targets come apart from the plan's own, with their evidence, oldest withdrawal first.
 */
export const assembleTargets = (
  targets: readonly StoredTarget[],
  evidence: readonly StoredEvidence[],
): { targets: ShortTermTarget[]; withdrawn: WithdrawnTarget[]; problems: ItemProblem[] } => {
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
  const withEvidence = (stored: StoredTarget): ShortTermTarget => ({
    ...stored.target,
    evidence: (byTarget.get(stored.target.id) ?? [])
      .map((entry) => entry.evidence)
      .sort((a, b) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id)),
  });
  const withdrawn = ordered
    .flatMap((stored) =>
      stored.withdrawnOn === null ? [] : [{ ...withEvidence(stored), withdrawnOn: stored.withdrawnOn }],
    )
    .sort((a, b) => a.withdrawnOn.localeCompare(b.withdrawnOn));
  return {
    targets: ordered.filter((stored) => stored.withdrawnOn === null).map(withEvidence),
    withdrawn,
    problems,
  };
};
