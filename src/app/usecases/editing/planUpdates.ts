import type { EvidenceId, LongTermTargetId, TargetId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import type { Evidence, LongTermTarget, ShortTermTarget } from '../../../domain/target';

/** Pure edits of a plan, one per thing the editor lets a user do; each returns a new plan. */

export const emptyShortTermTarget = (id: TargetId, targetDate: string | null): ShortTermTarget => ({
  id,
  longTermTargetId: null,
  area: 'other',
  text: '',
  successCriteria: '',
  strategies: '',
  deliveredBy: '',
  frequency: '',
  targetDate,
  outcome: 'open',
  outcomeComment: '',
  evidence: [],
});

export const emptyLongTermTarget = (id: LongTermTargetId): LongTermTarget => ({
  id,
  area: 'other',
  text: '',
  wellbeing: [],
});

export const addShortTermTarget = (plan: Plan, target: ShortTermTarget): Plan => ({
  ...plan,
  shortTermTargets: [...plan.shortTermTargets, target],
});

export const removeShortTermTarget = (plan: Plan, id: TargetId): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.filter((t) => t.id !== id),
});

export const updateShortTermTarget = (plan: Plan, id: TargetId, patch: Partial<ShortTermTarget>): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t) => (t.id === id ? { ...t, ...patch, id: t.id } : t)),
});

/** Moves a target up (-1) or down (+1); at either end the plan is returned unchanged. */
export const moveShortTermTarget = (plan: Plan, id: TargetId, delta: -1 | 1): Plan => {
  const from = plan.shortTermTargets.findIndex((t) => t.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= plan.shortTermTargets.length) return plan;
  const targets = [...plan.shortTermTargets];
  const [moved] = targets.splice(from, 1);
  if (!moved) return plan;
  targets.splice(to, 0, moved);
  return { ...plan, shortTermTargets: targets };
};

export const addEvidence = (plan: Plan, targetId: TargetId, evidence: Evidence): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t) =>
    t.id === targetId ? { ...t, evidence: [...t.evidence, evidence] } : t,
  ),
});

export const removeEvidence = (plan: Plan, targetId: TargetId, evidenceId: EvidenceId): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t) =>
    t.id === targetId ? { ...t, evidence: t.evidence.filter((e) => e.id !== evidenceId) } : t,
  ),
});

export const addLongTermTarget = (plan: Plan, target: LongTermTarget): Plan => ({
  ...plan,
  longTermTargets: [...plan.longTermTargets, target],
});

export const updateLongTermTarget = (
  plan: Plan,
  id: LongTermTargetId,
  patch: Partial<LongTermTarget>,
): Plan => ({
  ...plan,
  longTermTargets: plan.longTermTargets.map((t) => (t.id === id ? { ...t, ...patch, id: t.id } : t)),
});

/** Short-term targets linked to a removed long-term target are unlinked, so no link points at nothing. */
export const removeLongTermTarget = (plan: Plan, id: LongTermTargetId): Plan => ({
  ...plan,
  longTermTargets: plan.longTermTargets.filter((t) => t.id !== id),
  shortTermTargets: plan.shortTermTargets.map((t) =>
    t.longTermTargetId === id ? { ...t, longTermTargetId: null } : t,
  ),
});
