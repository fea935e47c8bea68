import type { PlanId, TargetId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import type { Evidence, ShortTermTarget } from '../../../domain/target';
import type { FieldValues } from '../shared/listItem';
import { isSharePointItemId } from '../shared/listItem';
import { changedFields } from '../shared/changedFields';
import { planToFields } from './planMapper';
import { targetToFields } from '../targets/targetMapper';

export type TargetOperation =
  | { readonly kind: 'create'; readonly target: ShortTermTarget; readonly fields: FieldValues }
  | {
      readonly kind: 'update';
      readonly target: ShortTermTarget;
      /** Undefined when the item is stored but its eTag is not known: it must not be written blind. */
      readonly etag: string | undefined;
      readonly fields: FieldValues;
    }
  | { readonly kind: 'delete'; readonly target: ShortTermTarget; readonly etag: string | undefined };

export type EvidenceOperation =
  | {
      readonly kind: 'create';
      readonly evidence: Evidence;
      /** The target's id as the editor knows it; for a new target, replaced by its item id once created. */
      readonly targetId: TargetId;
      readonly targetIsNew: boolean;
    }
  | { readonly kind: 'delete'; readonly evidence: Evidence; readonly etag: string | undefined };

export interface PlanDiff {
  /** Only the plan columns that changed (bookkeeping excluded), or null when the plan item is unchanged. */
  readonly planFields: FieldValues | null;
  readonly targets: readonly TargetOperation[];
  readonly evidence: readonly EvidenceOperation[];
}

/**
 * A target or evidence entry is stored when it was read from the store: it has an eTag, or a
 * SharePoint item id (a write whose answer carried no eTag leaves it without one). Only the rest is new.
 */
const isStored = <T extends { readonly id: string; readonly etag?: string | undefined }>(
  entry: T,
  stored: ReadonlyMap<string, T>,
): boolean => stored.has(entry.id) && (entry.etag !== undefined || isSharePointItemId(entry.id));

const evidenceChanges = (
  edited: ShortTermTarget,
  before: ShortTermTarget | undefined,
  targetIsNew: boolean,
): EvidenceOperation[] => {
  const storedEvidence = new Map((before?.evidence ?? []).map((entry) => [entry.id, entry]));
  const keptIds = new Set(edited.evidence.map((entry) => entry.id));
  const created: EvidenceOperation[] = edited.evidence
    .filter((entry) => targetIsNew || !isStored(entry, storedEvidence))
    .map((entry) => ({ kind: 'create', evidence: entry, targetId: edited.id, targetIsNew }));
  const removed: EvidenceOperation[] = [...storedEvidence.values()]
    .filter((entry) => !keptIds.has(entry.id) && isStored(entry, storedEvidence))
    .map((entry) => ({ kind: 'delete', evidence: entry, etag: entry.etag }));
  return [...created, ...removed];
};

/**
 * What a save has to send: the plan item's changed columns, and each target created, changed or
 * deleted, and each evidence entry added or removed. Pure: the store turns this into requests.
 */
export const diffPlan = (edited: Plan, base: Plan): PlanDiff => {
  const planFields = changedFields(planToFields(edited), planToFields(base));
  const baseTargets = new Map(base.shortTermTargets.map((target) => [target.id, target]));
  const planId: PlanId = base.id;
  const targets: TargetOperation[] = [];
  const evidence: EvidenceOperation[] = [];

  edited.shortTermTargets.forEach((target, sortOrder) => {
    const before = baseTargets.get(target.id);
    const fields = targetToFields(target, planId, sortOrder);
    if (!before || !isStored(target, baseTargets)) {
      targets.push({ kind: 'create', target, fields });
      evidence.push(...evidenceChanges(target, undefined, true));
      return;
    }
    const baseOrder = base.shortTermTargets.indexOf(before);
    const changed = changedFields(fields, targetToFields(before, planId, baseOrder));
    if (changed) targets.push({ kind: 'update', target, etag: target.etag, fields: changed });
    evidence.push(...evidenceChanges(target, before, false));
  });

  const keptIds = new Set(edited.shortTermTargets.map((target) => target.id));
  for (const target of base.shortTermTargets) {
    if (keptIds.has(target.id) || !isStored(target, baseTargets)) continue;
    targets.push({ kind: 'delete', target, etag: target.etag });
    // Evidence belongs to its target: it goes with it rather than being left orphaned.
    const storedEvidence = new Map(target.evidence.map((entry) => [entry.id, entry]));
    for (const entry of target.evidence) {
      if (isStored(entry, storedEvidence))
        evidence.push({ kind: 'delete', evidence: entry, etag: entry.etag });
    }
  }
  return { planFields, targets, evidence };
};

export const isEmptyDiff = (diff: PlanDiff): boolean =>
  diff.planFields === null && diff.targets.length === 0 && diff.evidence.length === 0;
