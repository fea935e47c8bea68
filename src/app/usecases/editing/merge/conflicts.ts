import type { EditConflict } from '../../../../domain/errors';
import type { Plan } from '../../../../domain/plan';
import { pathKey, setAtPath, type PathSegment } from '../fieldDiff';
import {
  NOT_MERGED,
  planItemKey,
  planItemOf,
  readItem,
  targetIndex,
  writeItem,
  type PlanItem,
} from './planItems';
import { changedSinceRead, mergeItemFields, type ItemValue } from './threeWayMerge';

export type MergeChoice = 'mine' | 'theirs';

/**
 * What the user is asked after a colleague's save, and what each answer means:
 * - `both-changed`: we both changed a field differently. mine = keep mine, theirs = use theirs.
 * - `deleted-by-them`: they deleted an item I changed. mine = restore it with my changes, theirs = let it go.
 * - `changed-after-removal`: I removed an item they changed. mine = remove it, theirs = keep their version.
 */
export type QuestionKind = 'both-changed' | 'deleted-by-them' | 'changed-after-removal';

export interface MergeQuestion {
  readonly key: string;
  readonly kind: QuestionKind;
  /** Inside the item; `[]` for the whole item. */
  readonly path: readonly PathSegment[];
  readonly mine: unknown;
  readonly theirs: unknown;
}

/** Who saved their version and when, as far as the store says. */
export interface SavedBy {
  readonly name: string | null;
  /** ISO date-time. */
  readonly at: string | null;
}

/** One item a colleague saved while I was editing it, merged as far as it can be without asking. */
export interface ConflictEntry {
  readonly key: string;
  readonly item: PlanItem;
  readonly savedBy: SavedBy;
  readonly questions: readonly MergeQuestion[];
  /** Their changes taken without asking (fields only they changed). */
  readonly takenFromThem: number;
  /** Mine with their one-sided changes in; `null` when I removed the item. */
  readonly merged: ItemValue | null;
  /** Their version; `null` when they deleted the item. */
  readonly theirs: ItemValue | null;
  readonly theirEtag: string | null;
}

const asItemValue = (value: unknown): ItemValue | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ItemValue) : null;

const ETAG_ONLY: ReadonlySet<string> = new Set(['etag']);

/** A target only records when its plan item was saved, so a target's saver is the plan's, when known. */
const savedByOf = (theirs: ItemValue | null): SavedBy => ({
  name: typeof theirs?.updatedBy === 'string' && theirs.updatedBy !== '' ? theirs.updatedBy : null,
  at: typeof theirs?.updatedAt === 'string' && theirs.updatedAt !== '' ? theirs.updatedAt : null,
});

const questionOf = (
  entryKey: string,
  kind: QuestionKind,
  path: readonly PathSegment[],
  mine: unknown,
  theirs: unknown,
): MergeQuestion => ({ key: `${entryKey}|${pathKey(path)}`, kind, path, mine, theirs });

const entryFor = (
  mine: Plan,
  base: Plan,
  conflict: EditConflict,
  item: PlanItem,
  planSavedBy: SavedBy,
): ConflictEntry | null => {
  const key = planItemKey(item);
  const ignored = NOT_MERGED[item.kind];
  const baseValue = readItem(base, item);
  const mineValue = readItem(mine, item);
  const theirs = asItemValue(conflict.theirs);
  // A plan item that is gone cannot be merged into; saving again reports it as not found.
  if (item.kind === 'plan' && theirs === null) return null;
  const common = {
    key,
    item,
    savedBy: item.kind === 'plan' ? savedByOf(theirs) : planSavedBy,
    theirs,
    theirEtag: conflict.theirEtag,
  };
  if (mineValue && theirs) {
    const { merged, clashes, takenFromThem } = mergeItemFields(baseValue, mineValue, theirs, ignored);
    return {
      ...common,
      merged,
      takenFromThem: takenFromThem.length,
      questions: clashes.map((c) => questionOf(key, 'both-changed', c.path, c.mine, c.theirs)),
    };
  }
  if (mineValue) {
    const edited = changedSinceRead(baseValue, mineValue, ETAG_ONLY);
    return {
      ...common,
      merged: mineValue,
      takenFromThem: edited ? 0 : 1,
      questions: edited ? [questionOf(key, 'deleted-by-them', [], mineValue, null)] : [],
    };
  }
  const theyChanged = theirs !== null && changedSinceRead(baseValue, theirs, new Set([...ignored]));
  return {
    ...common,
    merged: null,
    takenFromThem: 0,
    questions: theyChanged ? [questionOf(key, 'changed-after-removal', [], null, theirs)] : [],
  };
};

/**
 * Merges what a colleague saved (the store's conflicts) into my edits as far as it can without
 * asking; what only the user can decide is left as questions.
 */
export const buildConflictEntries = (
  mine: Plan,
  base: Plan,
  conflicts: readonly EditConflict[],
): ConflictEntry[] => {
  const planConflict = conflicts.find((c) => c.item.kind === 'plan');
  const planSavedBy = savedByOf(asItemValue(planConflict?.theirs));
  return conflicts.flatMap((conflict) => {
    const item = planItemOf(conflict.item);
    const entry = item && entryFor(mine, base, conflict, item, planSavedBy);
    return entry ? [entry] : [];
  });
};

export const questionsOf = (entries: readonly ConflictEntry[]): MergeQuestion[] =>
  entries.flatMap((entry) => entry.questions);

export const unresolvedCount = (
  entries: readonly ConflictEntry[],
  choices: ReadonlyMap<string, MergeChoice>,
): number => questionsOf(entries).filter((q) => !choices.has(q.key)).length;

/** "Ms Shah", "Ms Shah and Mr Jones", or "a colleague" when the store does not say. */
export const savedByNames = (entries: readonly ConflictEntry[]): string => {
  const names = [...new Set(entries.flatMap((e) => (e.savedBy.name ? [e.savedBy.name] : [])))];
  if (names.length === 0) return 'a colleague';
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
};

const stripEtags = (value: ItemValue): ItemValue => {
  const { etag: _etag, ...rest } = value;
  if (!Array.isArray(rest.evidence)) return rest;
  return { ...rest, evidence: rest.evidence.map((e: unknown) => stripEtags(asItemValue(e) ?? {})) };
};

/** My merged value, with the user's choices for the fields we both changed, on their eTag. */
const chosenValue = (entry: ConflictEntry, merged: ItemValue, choices: ReadonlyMap<string, MergeChoice>) => {
  const value = entry.questions.reduce<ItemValue>(
    (acc, q) => (choices.get(q.key) === 'theirs' ? setAtPath(acc, q.path, q.theirs) : acc),
    { ...merged, etag: entry.theirEtag ?? undefined },
  );
  if (entry.item.kind !== 'plan' || !entry.theirs) return value;
  return { ...value, updatedBy: entry.theirs.updatedBy, updatedAt: entry.theirs.updatedAt };
};

/**
 * The plan to save and the base to save it against, once every question has an answer. The base
 * holds their version with their eTag, so the store writes only what differs from theirs, with
 * `If-Match` on their eTag: nothing of theirs is overwritten unless the user chose so.
 */
export const applyMergeChoices = (
  mine: Plan,
  base: Plan,
  entries: readonly ConflictEntry[],
  choices: ReadonlyMap<string, MergeChoice>,
): { edited: Plan; base: Plan } => {
  if (unresolvedCount(entries, choices) > 0)
    throw new Error('Every question needs an answer before merging.');
  return entries.reduce(
    (acc, entry) => {
      const theirsWithEtag = entry.theirs && { ...entry.theirs, etag: entry.theirEtag ?? undefined };
      const choice = (kind: QuestionKind): MergeChoice | undefined => {
        const question = entry.questions.find((q) => q.kind === kind);
        return question && choices.get(question.key);
      };
      if (entry.merged && entry.theirs) {
        return {
          edited: writeItem(acc.edited, entry.item, chosenValue(entry, entry.merged, choices)),
          base: writeItem(acc.base, entry.item, theirsWithEtag, mine),
        };
      }
      if (entry.theirs) {
        // I removed it: removing needs their eTag; keeping their version puts it back where it was.
        return {
          edited:
            choice('changed-after-removal') === 'theirs'
              ? writeItem(acc.edited, entry.item, theirsWithEtag, base)
              : acc.edited,
          base: writeItem(acc.base, entry.item, theirsWithEtag, base),
        };
      }
      // They deleted it: restoring saves my version again as a new item; otherwise it goes.
      const restored = choice('deleted-by-them') === 'mine' && entry.merged ? stripEtags(entry.merged) : null;
      return {
        edited: writeItem(acc.edited, entry.item, restored, acc.edited, 'from-value'),
        base: writeItem(acc.base, entry.item, null),
      };
    },
    { edited: mine, base },
  );
};

/**
 * Targets a colleague added meanwhile, when the store's version of the plan item lists them: they are
 * on the server already, so they join both the edits and the base (and are never created twice).
 * Targets I added are mine already, under the ids the save gave them.
 */
export const withTheirNewTargets = (
  plans: { readonly edited: Plan; readonly base: Plan },
  conflicts: readonly EditConflict[],
): { edited: Plan; base: Plan } => {
  const theirPlan = conflicts.find((c) => c.item.kind === 'plan')?.theirs as Partial<Plan> | null | undefined;
  const known = new Set([...plans.edited.shortTermTargets, ...plans.base.shortTermTargets].map((t) => t.id));
  const added = (theirPlan?.shortTermTargets ?? []).filter((t) => !known.has(t.id));
  const layout = theirPlan as Plan;
  return added.reduce(
    (acc, target) => {
      const item: PlanItem = { kind: 'target', id: target.id };
      const value = target as unknown as ItemValue;
      return {
        edited: writeItem(acc.edited, item, value, layout, 'from-value'),
        base: writeItem(acc.base, item, value, layout, 'from-value'),
      };
    },
    { edited: plans.edited, base: plans.base },
  );
};

/** "Short-term target 2: Sam will…" for the dialog's group headings. */
export const conflictTitle = (entry: ConflictEntry, mine: Plan): string => {
  if (entry.item.kind === 'plan') return 'Plan details';
  const value = entry.merged ?? entry.theirs;
  if (entry.item.kind === 'target') {
    const index = targetIndex(mine, entry.item.id);
    const text = typeof value?.text === 'string' ? value.text : '';
    return `${index >= 0 ? `Short-term target ${index + 1}` : 'A short-term target'}${text ? `: ${text}` : ''}`;
  }
  const evidenceId = entry.item.id;
  const owner = mine.shortTermTargets.findIndex((t) => t.evidence.some((e) => e.id === evidenceId));
  return `Progress evidence${owner >= 0 ? ` for short-term target ${owner + 1}` : ''}`;
};
