import {
  EditConflict,
  asEvidenceId,
  asTargetId,
  type Evidence,
  type Plan,
  type SaveResult,
  type ShortTermTarget,
  type WithdrawnTarget,
} from '../../src/domain';

/**
 * How the in-memory store saves a plan: as SharePoint does, item by item. The plan item, each
 * target and each evidence entry has its own eTag; only what changed between `base` and `edited` is
 * written, each guarded by the eTag it was read with, so a colleague's save of one target never
 * blocks another. A refused item keeps the user's version and is reported with the stored one.
 * Nothing is deleted: a stored target taken out is withdrawn (kept with its evidence), and evidence
 * missing from the edit stays.
 */

/** An eTag as SharePoint writes them, `"<guid>,<version>"`; the version goes up on every write. */
export const firstEtag = (id: string): string => `"${id},1"`;
export const nextEtag = (etag: string | undefined, id: string): string =>
  `"${id},${Number(/,(\d+)"$/.exec(etag ?? '')?.[1] ?? '0') + 1}"`;

export interface SaveStamp {
  readonly userName: string;
  readonly now: string;
  /** `YYYY-MM-DD` in the UK: the day a target removed by this save is withdrawn on. */
  readonly today: string;
  readonly newId: (kind: 'target' | 'evidence') => string;
}

/** The plan item's own columns; the dashboard counts live on it, so a target added or achieved changes it. */
const planColumns = (plan: Plan): string => {
  const { shortTermTargets, etag: _etag, updatedAt: _at, updatedBy: _by, ...own } = plan;
  const counts = [shortTermTargets.length, shortTermTargets.filter((t) => t.outcome === 'achieved').length];
  return JSON.stringify([own, counts]);
};

/** A target item's own columns, with its place in the plan (its sort order). */
const targetColumns = (target: ShortTermTarget, order: number): string => {
  const { evidence: _evidence, etag: _etag, ...own } = target;
  return JSON.stringify([own, order]);
};

const isStored = (item: { readonly etag?: string | undefined }): boolean => item.etag !== undefined;

export const newEvidence = (entry: Evidence, id: string): Evidence => ({
  ...entry,
  id: asEvidenceId(id),
  etag: firstEtag(id),
});

export const newTarget = (target: ShortTermTarget, stamp: SaveStamp): ShortTermTarget => {
  const id = stamp.newId('target');
  return {
    ...target,
    id: asTargetId(id),
    etag: firstEtag(id),
    evidence: target.evidence.map((entry) => newEvidence(entry, stamp.newId('evidence'))),
  };
};

/** The conflict for one item, with the stored version as it is after this save (null when gone). */
const conflictOn = (stored: Plan, item: { kind: 'plan' | 'target'; id: string }): EditConflict => {
  if (item.kind === 'plan') return new EditConflict(item, stored, stored.etag ?? null);
  const theirs = stored.shortTermTargets.find((t) => t.id === item.id) ?? null;
  return new EditConflict(item, theirs, theirs?.etag ?? null);
};

/** Saves `edited` over `current` (what the store holds); `edited` is already valid. */
export const savePlanOver = (
  current: Plan,
  edited: Plan,
  base: Plan,
  stamp: SaveStamp,
): { readonly stored: Plan; readonly result: SaveResult } => {
  const refused: { kind: 'plan' | 'target'; id: string }[] = [];
  const onServer = new Map(current.shortTermTargets.map((t) => [t.id as string, t]));
  const withdrawnOnServer = new Map((current.withdrawnTargets ?? []).map((t) => [t.id as string, t]));
  const withdrawnNow: WithdrawnTarget[] = [];
  const baseTargets = new Map(base.shortTermTargets.map((t, order) => [t.id as string, { t, order }]));
  // Where each item sits afterwards: written targets take their place in `edited`, others keep theirs.
  const order = new Map(current.shortTermTargets.map((t, index) => [t.id as string, index]));

  const resultTargets = edited.shortTermTargets.map((target, index): ShortTermTarget => {
    const before = baseTargets.get(target.id);
    if (!before || !isStored(target)) {
      const created = newTarget(target, stamp);
      onServer.set(created.id, created);
      order.set(created.id, index);
      return created;
    }
    // Evidence entries are items of their own: added whatever becomes of the target, never removed.
    const evidence = target.evidence.map((entry) =>
      isStored(entry) ? entry : newEvidence(entry, stamp.newId('evidence')),
    );
    const addedEvidence = evidence.filter((entry, i) => entry !== target.evidence[i]);
    const stored = onServer.get(target.id);
    const withEvidence = <T extends ShortTermTarget>(t: T): T => ({
      ...t,
      evidence: [...t.evidence, ...addedEvidence],
    });
    // Evidence for a target a colleague withdrew meanwhile still lands, on the withdrawn target.
    const withdrawnMeanwhile = withdrawnOnServer.get(target.id);
    if (withdrawnMeanwhile) withdrawnOnServer.set(target.id, withEvidence(withdrawnMeanwhile));
    if (targetColumns(target, index) === targetColumns(before.t, before.order)) {
      if (stored) onServer.set(target.id, withEvidence(stored));
      return { ...target, evidence };
    }
    if (!stored || stored.etag !== target.etag) {
      refused.push({ kind: 'target', id: target.id });
      if (stored) onServer.set(target.id, withEvidence(stored));
      return { ...target, evidence };
    }
    const saved = { ...target, evidence, etag: nextEtag(stored.etag, target.id) };
    onServer.set(target.id, { ...saved, evidence: withEvidence(stored).evidence });
    order.set(target.id, index);
    return saved;
  });

  const kept = new Set(edited.shortTermTargets.map((t) => t.id as string));
  for (const { t: removed } of baseTargets.values()) {
    if (kept.has(removed.id) || !isStored(removed)) continue;
    const stored = onServer.get(removed.id);
    if (!stored || stored.etag !== removed.etag) {
      refused.push({ kind: 'target', id: removed.id });
      continue;
    }
    onServer.delete(removed.id);
    const withdrawn = { ...stored, etag: nextEtag(stored.etag, stored.id), withdrawnOn: stamp.today };
    withdrawnOnServer.set(removed.id, withdrawn);
    withdrawnNow.push({ ...removed, etag: withdrawn.etag, withdrawnOn: stamp.today });
  }
  const withdrawnStored = [...withdrawnOnServer.values()];
  const withdrawnResult = [...(base.withdrawnTargets ?? []), ...withdrawnNow];

  const planChanged = planColumns(edited) !== planColumns(base);
  const planSaved = planChanged && current.etag === base.etag;
  if (planChanged && !planSaved) refused.push({ kind: 'plan', id: base.id });
  const planItem: Plan = planSaved
    ? {
        ...edited,
        etag: nextEtag(current.etag, current.id),
        updatedBy: stamp.userName,
        updatedAt: stamp.now,
      }
    : current;
  const { withdrawnTargets: _stale, ...planOwn } = planItem;
  const stored: Plan = {
    ...planOwn,
    ...(withdrawnStored.length > 0 ? { withdrawnTargets: withdrawnStored } : {}),
    shortTermTargets: [...onServer.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
  };
  const { withdrawnTargets: _edited, ...editedOwn } = edited;
  const plan: Plan = {
    ...editedOwn,
    ...(withdrawnResult.length > 0 ? { withdrawnTargets: withdrawnResult } : {}),
    etag: planSaved ? planItem.etag : base.etag,
    updatedBy: planSaved ? stamp.userName : base.updatedBy,
    updatedAt: planSaved ? stamp.now : base.updatedAt,
    shortTermTargets: resultTargets,
  };
  return {
    stored,
    result: { plan, conflicts: refused.map((item) => conflictOn(stored, item)), failures: [] },
  };
};
