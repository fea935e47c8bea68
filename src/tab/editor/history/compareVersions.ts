import type { Plan } from '../../../domain/plan';
import type { ShortTermTarget } from '../../../domain/target';
import { diffFields, pathKey, type PathSegment } from '../../../app/usecases/editing/fieldDiff';
import { labelForPath } from '../fieldLabels';
import { formatFieldValue } from '../formatFieldValue';

/** Bookkeeping that always differs between versions and says nothing about the plan's content. */
const NOT_COMPARED: ReadonlySet<string> = new Set([
  'id',
  'seriesId',
  'version',
  'status',
  'etag',
  'updatedAt',
  'updatedBy',
  'shortTermTargets',
]);

/** A target's identity and its evidence (compared apart) are not fields of its content. */
const TARGET_NOT_COMPARED: ReadonlySet<string> = new Set(['id', 'etag', 'continuesTargetId', 'evidence']);

const ABSENT = '(not in this version)';
const LABEL_TEXT_LENGTH = 60;

export interface VersionDifference {
  readonly key: string;
  readonly label: string;
  readonly older: string;
  readonly newer: string;
}

const quoted = (text: string): string =>
  `“${text.length > LABEL_TEXT_LENGTH ? `${text.slice(0, LABEL_TEXT_LENGTH - 1)}…` : text}”`;

const summary = (plan: Plan, index: number, target: ShortTermTarget): string =>
  formatFieldValue(['shortTermTargets', index], target, plan);

/**
 * Each target of the newer version with the one it is in the older version: the same item (same id),
 * or the one it continues (a continued target is a new item in each version). Pairing by identity,
 * not by position, means removing target 1 shows target 1 removed, not every later target changed.
 */
const pairTargets = (older: Plan, newer: Plan) => {
  const olderById = new Map(older.shortTermTargets.map((t) => [t.id as string, t]));
  const pairs = newer.shortTermTargets.map((target) => ({
    target,
    before: olderById.get(target.id) ?? olderById.get(target.continuesTargetId ?? ''),
  }));
  const matched = new Set(pairs.flatMap((p) => (p.before ? [p.before.id] : [])));
  return { pairs, removed: older.shortTermTargets.filter((t) => !matched.has(t.id)) };
};

const targetDifferences = (older: Plan, newer: Plan): VersionDifference[] => {
  const { pairs, removed } = pairTargets(older, newer);
  const removedRows = removed.map((target) => {
    const index = older.shortTermTargets.indexOf(target);
    return {
      key: `removed:${target.id}`,
      label: `Short-term target ${index + 1}: removed`,
      older: summary(older, index, target),
      newer: ABSENT,
    };
  });
  const rows = pairs.flatMap(({ target, before }, index): VersionDifference[] => {
    if (!before) {
      return [
        {
          key: `new:${target.id}`,
          label: 'New short-term target',
          older: ABSENT,
          newer: summary(newer, index, target),
        },
      ];
    }
    const beforeIndex = older.shortTermTargets.indexOf(before);
    const name =
      before.text === target.text ? `Target ${quoted(target.text)}` : `Short-term target ${index + 1}`;
    const fieldPath = (key: PathSegment, at: number): PathSegment[] => ['shortTermTargets', at, key];
    const fields = diffFields(before, target, { ignoreKeys: TARGET_NOT_COMPARED }).map((diff) => {
      const [key = ''] = diff.path;
      return {
        key: `${target.id}:${pathKey(diff.path)}`,
        label: `${name} › ${labelForPath(fieldPath(key, index), newer.nation, { fromSegment: 2 })}`,
        older: formatFieldValue(fieldPath(key, beforeIndex), diff.mine, older),
        newer: formatFieldValue(fieldPath(key, index), diff.theirs, newer),
      };
    });
    // A continued target starts the new version without evidence; the old evidence stays with the old version.
    const sameItem = before.id === target.id;
    const evidenceIds = (t: ShortTermTarget) => t.evidence.map((e) => e.id).join(',');
    if (sameItem && evidenceIds(before) !== evidenceIds(target)) {
      fields.push({
        key: `${target.id}:evidence`,
        label: `${name} › Progress evidence`,
        older: formatFieldValue(['shortTermTargets', beforeIndex, 'evidence'], before.evidence, older),
        newer: formatFieldValue(['shortTermTargets', index, 'evidence'], target.evidence, newer),
      });
    }
    return fields;
  });
  return [...removedRows, ...rows];
};

/** Every difference between two versions, labelled and formatted as the form shows it. */
export const compareVersions = (older: Plan, newer: Plan): VersionDifference[] => [
  ...diffFields(older, newer, { expandArrays: true, ignoreKeys: NOT_COMPARED }).map((diff) => ({
    key: pathKey(diff.path),
    label: labelForPath(diff.path, newer.nation),
    older: diff.mine === undefined ? ABSENT : formatFieldValue(diff.path, diff.mine, older),
    newer: diff.theirs === undefined ? ABSENT : formatFieldValue(diff.path, diff.theirs, newer),
  })),
  ...targetDifferences(older, newer),
];
