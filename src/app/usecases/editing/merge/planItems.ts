import type { ItemRef } from '../../../../domain/errors';
import type { Plan } from '../../../../domain/plan';
import type { Evidence, ShortTermTarget } from '../../../../domain/target';

/**
 * A plan is stored as several SharePoint items: the plan item (all plan-level fields, long-term
 * targets included), one item per short-term target and one per piece of evidence. Saves succeed or
 * conflict item by item, so merging works item by item too.
 */
export type PlanItem =
  | { readonly kind: 'plan' }
  | { readonly kind: 'target'; readonly id: string }
  | { readonly kind: 'evidence'; readonly id: string };

export type ItemValue = Record<string, unknown>;

export const planItemOf = (ref: ItemRef): PlanItem | null => {
  if (ref.kind === 'plan') return { kind: 'plan' };
  if (ref.kind === 'target' || ref.kind === 'evidence') return { kind: ref.kind, id: ref.id };
  return null;
};

export const planItemKey = (item: PlanItem): string =>
  item.kind === 'plan' ? 'plan' : `${item.kind}:${item.id}`;

/** Fields never offered for merging: identity, bookkeeping, and children stored as items of their own. */
export const NOT_MERGED: Readonly<Record<PlanItem['kind'], ReadonlySet<string>>> = {
  plan: new Set([
    'id',
    'seriesId',
    'version',
    'status',
    'nation',
    'etag',
    'updatedAt',
    'updatedBy',
    'shortTermTargets',
    // Records, changed only by a save withdrawing a target (a target item of its own), never merged.
    'withdrawnTargets',
  ]),
  target: new Set(['id', 'etag', 'evidence']),
  evidence: new Set(['id', 'etag']),
};

const findEvidence = (plan: Plan, id: string): { target: ShortTermTarget; evidence: Evidence } | null => {
  for (const target of plan.shortTermTargets) {
    const evidence = target.evidence.find((e) => e.id === id);
    if (evidence) return { target, evidence };
  }
  return null;
};

export const readItem = (plan: Plan, item: PlanItem): ItemValue | null => {
  if (item.kind === 'plan') return { ...plan };
  if (item.kind === 'target') return plan.shortTermTargets.find((t) => t.id === item.id) ?? null;
  return findEvidence(plan, item.id)?.evidence ?? null;
};

export const targetIndex = (plan: Plan, id: string): number =>
  plan.shortTermTargets.findIndex((t) => t.id === id);

/**
 * `plan` with one item replaced, added (at the position it has in `layout`) or removed (`null`).
 * Children stay with the plan being written (a target keeps its evidence, the plan its targets)
 * unless `children` says the value brings its own.
 */
export const writeItem = (
  plan: Plan,
  item: PlanItem,
  value: ItemValue | null,
  layout: Plan = plan,
  children: 'keep' | 'from-value' = 'keep',
): Plan => {
  if (item.kind === 'plan') {
    if (value === null) return plan;
    const { withdrawnTargets: _theirs, ...own } = value;
    return {
      ...own,
      shortTermTargets: plan.shortTermTargets,
      ...(plan.withdrawnTargets ? { withdrawnTargets: plan.withdrawnTargets } : {}),
    } as unknown as Plan;
  }
  if (item.kind === 'target') {
    const existing = plan.shortTermTargets.find((t) => t.id === item.id);
    const others = plan.shortTermTargets.filter((t) => t.id !== item.id);
    if (value === null) return { ...plan, shortTermTargets: others };
    const evidence =
      children === 'from-value' && Array.isArray(value.evidence)
        ? value.evidence
        : (existing?.evidence ?? []);
    const target = { ...value, evidence } as unknown as ShortTermTarget;
    if (existing)
      return { ...plan, shortTermTargets: plan.shortTermTargets.map((t) => (t.id === item.id ? target : t)) };
    const at = Math.max(0, Math.min(targetIndex(layout, item.id), others.length));
    return { ...plan, shortTermTargets: [...others.slice(0, at), target, ...others.slice(at)] };
  }
  const ownerId = (findEvidence(plan, item.id) ?? findEvidence(layout, item.id))?.target.id;
  if (ownerId === undefined) return plan;
  return {
    ...plan,
    shortTermTargets: plan.shortTermTargets.map((t) => {
      if (t.id !== ownerId) return t;
      const others = t.evidence.filter((e) => e.id !== item.id);
      if (value === null) return { ...t, evidence: others };
      const evidence = value as unknown as Evidence;
      const exists = t.evidence.some((e) => e.id === item.id);
      return {
        ...t,
        evidence: exists ? t.evidence.map((e) => (e.id === item.id ? evidence : e)) : [...others, evidence],
      };
    }),
  };
};

/**
 * After a save that did not store everything: items that saved are now the base, but an item that
 * conflicted or failed keeps its old base (and old eTag), so the next save still meets the conflict
 * instead of silently overwriting someone else's work.
 */
export const rebaseAfterPartialSave = (oldBase: Plan, saved: Plan, unsaved: readonly ItemRef[]): Plan =>
  unsaved.reduce((base, ref) => {
    const item = planItemOf(ref);
    return item ? writeItem(base, item, readItem(oldBase, item), oldBase) : base;
  }, saved);
