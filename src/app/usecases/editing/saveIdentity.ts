import type { Plan } from '../../../domain/plan';

interface Identified {
  readonly id: string;
  readonly etag?: string | undefined;
}

/**
 * How each entry that was sent is known after the save: the same id for items that existed; for new
 * items the store's new id, paired in order with the sent entries whose ids it no longer knows.
 */
const identityMap = <T extends Identified>(sent: readonly T[], saved: readonly T[]): Map<string, T> => {
  const savedById = new Map(saved.map((entry) => [entry.id, entry]));
  const sentIds = new Set(sent.map((entry) => entry.id));
  const renamed = saved.filter((entry) => !sentIds.has(entry.id));
  const map = new Map<string, T>();
  for (const entry of sent) {
    const match = savedById.get(entry.id) ?? renamed.shift();
    if (match) map.set(entry.id, match);
  }
  return map;
};

const withIdentity = <T extends Identified>(entry: T, saved: Identified | undefined): T => {
  if (!saved) return entry;
  const { etag: _old, ...rest } = entry;
  return (
    saved.etag === undefined ? { ...rest, id: saved.id } : { ...rest, id: saved.id, etag: saved.etag }
  ) as T;
};

/**
 * Keeps what the user typed while a save was in flight, with the ids and eTags the save produced, so
 * the next save updates the items just created instead of creating them twice or conflicting with
 * the user's own save.
 */
export const carryOverSavedIdentity = (current: Plan, sent: Plan, saved: Plan): Plan => {
  const targets = identityMap(sent.shortTermTargets, saved.shortTermTargets);
  const sentTargets = new Map(sent.shortTermTargets.map((t) => [t.id, t]));
  return {
    ...current,
    etag: saved.etag,
    updatedAt: saved.updatedAt,
    updatedBy: saved.updatedBy,
    shortTermTargets: current.shortTermTargets.map((target) => {
      const savedTarget = targets.get(target.id);
      if (!savedTarget) return target;
      const evidence = identityMap(sentTargets.get(target.id)?.evidence ?? [], savedTarget.evidence);
      return withIdentity(
        { ...target, evidence: target.evidence.map((e) => withIdentity(e, evidence.get(e.id))) },
        savedTarget,
      );
    }),
  };
};
