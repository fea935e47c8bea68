import type { PlanId, TargetId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import type { Evidence, ShortTermTarget } from '../../../domain/target';
import type { FieldValues } from '../shared/listItem';
import { isSharePointItemId } from '../shared/listItem';
import { changedFields } from '../shared/changedFields';
import { planToFields } from './planMapper';
import { targetToFields, withdrawalFields } from '../targets/targetMapper';

export type TargetOperation =
  | { readonly kind: 'create'; readonly target: ShortTermTarget; readonly fields: FieldValues }
  | {
      readonly kind: 'update';
      readonly target: ShortTermTarget;
      /** Undefined when the item is stored but its eTag is not known: it must not be written blind. */
      readonly etag: string | undefined;
      readonly fields: FieldValues;
    }
  /**
   * A stored target taken out of the plan: marked withdrawn (under If-Match), never deleted, so the
   * item and its evidence stay as a record. A target never saved is simply not created.
   */
  | {
      readonly kind: 'withdraw';
      readonly target: ShortTermTarget;
      readonly etag: string | undefined;
      readonly fields: FieldValues;
    };

/**
 * Evidence is only ever added by a save. An entry the editor no longer has is left as it is: evidence is
 * a record of what was observed, and a save never deletes it.
 */
export interface EvidenceOperation {
  readonly kind: 'create';
  readonly evidence: Evidence;
  /** The target's id as the editor knows it; for a new target, replaced by its item id once created. */
  readonly targetId: TargetId;
  readonly targetIsNew: boolean;
}

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
  return edited.evidence
    .filter((entry) => targetIsNew || !isStored(entry, storedEvidence))
    .map((entry) => ({ kind: 'create', evidence: entry, targetId: edited.id, targetIsNew }));
};

/**
 * What a save has to send: the plan item's changed columns, each target created, changed or
 * withdrawn (`today`, `YYYY-MM-DD`, is the day it is withdrawn on), and each evidence entry added.
 * Pure: the store turns this into requests.
 */
export const diffPlan = (edited: Plan, base: Plan, today: string): PlanDiff => {
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
    // Its evidence stays where it is, still pointing at the withdrawn target.
    targets.push({ kind: 'withdraw', target, etag: target.etag, fields: withdrawalFields(today) });
  }
  return { planFields, targets, evidence };
};

export const isEmptyDiff = (diff: PlanDiff): boolean =>
  diff.planFields === null && diff.targets.length === 0 && diff.evidence.length === 0;
