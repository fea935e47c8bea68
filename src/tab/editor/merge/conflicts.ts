import type { EditConflict } from '../../../domain/errors';
import type { Plan } from '../../../domain/plan';
import { deepEqual, diffFields, pathKey, setAtPath, type FieldDiff } from '../fieldDiff';
import {
  NOT_MERGED,
  planItemKey,
  planItemOf,
  readItem,
  targetIndex,
  writeItem,
  type ItemValue,
  type PlanItem,
} from './planItems';

export type MergeChoice = 'mine' | 'theirs';

/** One conflicted item and the fields on which their save and my edits disagree. */
export interface ConflictEntry {
  readonly key: string;
  readonly item: PlanItem;
  readonly mine: ItemValue | null;
  readonly theirs: ItemValue | null;
  readonly theirEtag: string | null;
  /** Empty path `[]` when one side deleted the whole item. */
  readonly fields: readonly FieldDiff[];
  /** Values as last read, to tell the user which side actually changed a field. */
  readonly base: ItemValue | null;
}

export const choiceKey = (entry: ConflictEntry, field: FieldDiff): string =>
  `${entry.key}|${pathKey(field.path)}`;

const asItemValue = (value: unknown): ItemValue | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ItemValue) : null;

const withoutIgnored = (value: ItemValue | null, ignored: ReadonlySet<string>): ItemValue | null =>
  value === null ? null : Object.fromEntries(Object.entries(value).filter(([key]) => !ignored.has(key)));

export const buildConflictEntries = (
  mine: Plan,
  base: Plan,
  conflicts: readonly EditConflict[],
): ConflictEntry[] =>
  conflicts.flatMap((conflict) => {
    const item = planItemOf(conflict.item);
    if (!item) return [];
    const ignored = NOT_MERGED[item.kind];
    const mineValue = readItem(mine, item);
    const theirs = asItemValue(conflict.theirs);
    const mineOwn = withoutIgnored(mineValue, ignored);
    const theirOwn = withoutIgnored(theirs, ignored);
    const fields =
      mineOwn && theirOwn
        ? diffFields(mineOwn, theirOwn)
        : mineOwn === null && theirOwn === null
          ? []
          : [{ path: [], mine: mineOwn, theirs: theirOwn }];
    return [
      {
        key: planItemKey(item),
        item,
        mine: mineValue,
        theirs,
        theirEtag: conflict.theirEtag,
        fields,
        base: withoutIgnored(readItem(base, item), ignored),
      },
    ];
  });

/** Whether I changed this field since I opened the plan (if not, their value is the only change). */
export const changedByMe = (entry: ConflictEntry, field: FieldDiff): boolean => {
  let baseValue: unknown = entry.base;
  for (const segment of field.path) {
    baseValue =
      typeof baseValue === 'object' && baseValue !== null
        ? (baseValue as Record<string, unknown>)[String(segment)]
        : undefined;
  }
  return !deepEqual(baseValue, field.mine);
};

export const unresolvedCount = (
  entries: readonly ConflictEntry[],
  choices: ReadonlyMap<string, MergeChoice>,
): number =>
  entries.reduce(
    (n, entry) => n + entry.fields.filter((field) => !choices.has(choiceKey(entry, field))).length,
    0,
  );

const stripEtags = (target: ItemValue): ItemValue => {
  const { etag: _etag, ...rest } = target;
  const evidence = Array.isArray(rest.evidence)
    ? rest.evidence.map((e: unknown) => {
        const { etag: _e, ...own } = (asItemValue(e) ?? {}) as ItemValue;
        return own;
      })
    : rest.evidence;
  return evidence === undefined ? rest : { ...rest, evidence };
};

/**
 * The plan to save after the user has chosen, and the base to save it against. The base holds their
 * version with their eTag, so the store writes only what differs from it, with `If-Match: theirEtag`.
 */
export const applyMergeChoices = (
  mine: Plan,
  base: Plan,
  entries: readonly ConflictEntry[],
  choices: ReadonlyMap<string, MergeChoice>,
): { edited: Plan; base: Plan } => {
  if (unresolvedCount(entries, choices) > 0)
    throw new Error('Every differing field needs a choice before merging.');
  return entries.reduce(
    (acc, entry) => {
      const theirsWithEtag = entry.theirs && { ...entry.theirs, etag: entry.theirEtag ?? undefined };
      if (entry.mine && entry.theirs) {
        const merged = entry.fields.reduce<ItemValue>(
          (value, field) =>
            choices.get(choiceKey(entry, field)) === 'theirs'
              ? setAtPath(value, field.path, field.theirs)
              : value,
          { ...entry.mine, etag: entry.theirEtag ?? undefined },
        );
        return {
          edited: writeItem(acc.edited, entry.item, merged),
          base: writeItem(acc.base, entry.item, theirsWithEtag, mine),
        };
      }
      const [onlyField] = entry.fields;
      const choice = onlyField ? choices.get(choiceKey(entry, onlyField)) : 'theirs';
      if (entry.theirs) {
        // I removed it, they changed it: removing needs their eTag; keeping restores their version.
        return {
          edited: choice === 'theirs' ? writeItem(acc.edited, entry.item, theirsWithEtag, base) : acc.edited,
          base: writeItem(acc.base, entry.item, theirsWithEtag, base),
        };
      }
      // They removed it, I changed it: keeping mine saves it again as a new item.
      const restored =
        entry.mine && entry.item.kind === 'target'
          ? stripEtags(entry.mine)
          : entry.mine && { ...entry.mine, etag: undefined };
      return {
        edited: writeItem(
          acc.edited,
          entry.item,
          choice === 'mine' ? restored : null,
          acc.edited,
          'from-value',
        ),
        base: writeItem(acc.base, entry.item, null),
      };
    },
    { edited: mine, base },
  );
};

/** "Short-term target 2: Sam will…" for the dialog's group headings. */
export const conflictTitle = (entry: ConflictEntry, mine: Plan): string => {
  if (entry.item.kind === 'plan') return 'Plan details';
  const value = entry.mine ?? entry.theirs;
  if (entry.item.kind === 'target') {
    const index = targetIndex(mine, entry.item.id);
    const text = typeof value?.text === 'string' ? value.text : '';
    return `${index >= 0 ? `Short-term target ${index + 1}` : 'A short-term target'}${text ? `: ${text}` : ''}`;
  }
  const evidenceId = entry.item.id;
  const owner = mine.shortTermTargets.findIndex((t) => t.evidence.some((e) => e.id === evidenceId));
  return `Progress evidence${owner >= 0 ? ` for short-term target ${owner + 1}` : ''}`;
};
