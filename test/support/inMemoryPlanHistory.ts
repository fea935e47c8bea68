import type { Evidence, Plan, PlanHistory, TargetVersion, VersionStamp, Versioned } from '../../src/domain';

/**
 * The in-memory store's stand-in for SharePoint's item versions: every plan as stored after each
 * write, with who wrote it (the store's user, never the plan's `updatedBy`), from which each item's
 * versions are told apart as SharePoint keeps them: a new version whenever that item changed.
 */
export interface StoredSnapshot extends VersionStamp {
  readonly plan: Plan;
}

const ownColumns = (value: object, leaveOut: readonly string[]): string =>
  JSON.stringify(Object.entries(value).filter(([key]) => !leaveOut.includes(key)));

/** Appends `next` to `versions` if it differs from the last one kept. */
const keepIfChanged = <T extends object>(
  versions: Versioned<T>[],
  value: T,
  stamp: VersionStamp,
  leaveOut: readonly string[],
): void => {
  const last = versions.at(-1);
  if (last && ownColumns(last.value, leaveOut) === ownColumns(value, leaveOut)) return;
  versions.push({ ...stamp, value });
};

export const historyFromSnapshots = (snapshots: readonly StoredSnapshot[]): PlanHistory => {
  const plan: Versioned<Plan>[] = [];
  const targets = new Map<string, Versioned<TargetVersion>[]>();
  const evidence = new Map<string, { targetId: string; versions: Versioned<Evidence>[] }>();
  for (const { plan: stored, by, at } of snapshots) {
    const stamp = { by, at };
    keepIfChanged(plan, { ...stored, shortTermTargets: [] }, stamp, [
      'etag',
      'shortTermTargets',
      'withdrawnTargets',
    ]);
    const all: TargetVersion[] = [
      ...stored.shortTermTargets.map((target) => ({ ...target, withdrawnOn: null })),
      ...(stored.withdrawnTargets ?? []),
    ];
    for (const target of all) {
      const versions = targets.get(target.id) ?? [];
      targets.set(target.id, versions);
      keepIfChanged(versions, target, stamp, ['etag', 'evidence']);
      for (const entry of target.evidence) {
        const kept = evidence.get(entry.id) ?? { targetId: target.id, versions: [] };
        evidence.set(entry.id, kept);
        keepIfChanged(kept.versions, entry, stamp, ['etag']);
      }
    }
  }
  return {
    plan,
    targets: [...targets].map(([id, versions]) => ({ id, versions })),
    evidence: [...evidence].map(([id, kept]) => ({ id, ...kept })),
  };
};
