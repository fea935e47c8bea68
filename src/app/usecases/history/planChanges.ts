import type { PlanHistory, TargetVersion, Versioned } from '../../../domain/planHistory';
import { diffFields, type PathSegment } from '../editing/fieldDiff';

/**
 * One change to a plan version, as the history lists it: who made it and when (from the store's own
 * record of each item version), what kind of change, and which fields, as paths the editor's labels
 * know (`['profile', 'likes']`; a target's as `['shortTermTargets', 0, 'strategies']`).
 */
export interface PlanChange {
  readonly key: string;
  readonly at: string;
  readonly by: string;
  readonly kind:
    'plan-started' | 'plan-edited' | 'target-added' | 'target-edited' | 'target-withdrawn' | 'evidence-added';
  /** The target changed (or the evidence's target), in its words at the time; null for the plan. */
  readonly target: string | null;
  readonly paths: readonly (readonly PathSegment[])[];
  /** For evidence: the day it was observed (`YYYY-MM-DD`). */
  readonly evidenceDate?: string;
}

/** Bookkeeping, children stored as their own items, and columns every save rewrites. */
const PLAN_NOT_SHOWN: ReadonlySet<string> = new Set([
  'id',
  'seriesId',
  'version',
  'etag',
  'updatedAt',
  'updatedBy',
  'shortTermTargets',
  'withdrawnTargets',
]);
const TARGET_NOT_SHOWN: ReadonlySet<string> = new Set([
  'id',
  'etag',
  'evidence',
  'continuesTargetId',
  'withdrawnOn',
]);

/** Changed fields between two versions, whole lists counted once (a list is one field in the form). */
const changedPaths = (older: unknown, newer: unknown, ignoreKeys: ReadonlySet<string>): PathSegment[][] =>
  diffFields(newer, older, { ignoreKeys }).map((diff) => [...diff.path]);

const pairs = <T>(versions: readonly Versioned<T>[]): [Versioned<T> | undefined, Versioned<T>][] =>
  versions.map((version, index) => [versions[index - 1], version]);

const planChanges = (history: PlanHistory): PlanChange[] =>
  pairs(history.plan).flatMap(([older, newer], index): PlanChange[] => {
    const key = `plan:${index}`;
    if (!older) return [{ key, at: newer.at, by: newer.by, kind: 'plan-started', target: null, paths: [] }];
    const paths = changedPaths(older.value, newer.value, PLAN_NOT_SHOWN);
    // A version that moved only the dashboard counts or who saved last changed nothing a reader sees.
    return paths.length === 0
      ? []
      : [{ key, at: newer.at, by: newer.by, kind: 'plan-edited', target: null, paths }];
  });

const targetChanges = (id: string, versions: readonly Versioned<TargetVersion>[]): PlanChange[] =>
  pairs(versions).flatMap(([older, newer], index): PlanChange[] => {
    const base = { key: `target:${id}:${index}`, at: newer.at, by: newer.by, target: newer.value.text };
    if (!older) return [{ ...base, kind: 'target-added', paths: [] }];
    if (older.value.withdrawnOn === null && newer.value.withdrawnOn !== null)
      return [{ ...base, kind: 'target-withdrawn', paths: [] }];
    const paths = changedPaths(older.value, newer.value, TARGET_NOT_SHOWN).map((path) => [
      'shortTermTargets',
      0,
      ...path,
    ]);
    return paths.length === 0 ? [] : [{ ...base, kind: 'target-edited', paths }];
  });

/**
 * Every change to the plan version, newest first: the plan's own fields, each target added, edited
 * or withdrawn, and each piece of evidence added. Pure: the page puts it into words.
 */
export const describePlanHistory = (history: PlanHistory): PlanChange[] => {
  const targetText = new Map(
    history.targets.map((target) => [target.id, target.versions.at(-1)?.value.text ?? null]),
  );
  const evidence = history.evidence.flatMap(({ id, targetId, versions }): PlanChange[] => {
    const first = versions[0];
    return first
      ? [
          {
            key: `evidence:${id}`,
            at: first.at,
            by: first.by,
            kind: 'evidence-added',
            target: targetText.get(targetId) ?? null,
            paths: [],
            evidenceDate: first.value.date,
          },
        ]
      : [];
  });
  const all = [
    ...planChanges(history),
    ...history.targets.flatMap((target) => targetChanges(target.id, target.versions)),
    ...evidence,
  ];
  // Newest first. SharePoint stamps versions to the second, so two can share an instant: an item's
  // later version then still comes first (each item's changes are made oldest first above).
  return all
    .map((change, order) => ({ change, order }))
    .sort((a, b) => b.change.at.localeCompare(a.change.at) || b.order - a.order)
    .map(({ change }) => change);
};
