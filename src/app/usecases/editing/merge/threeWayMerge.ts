import { deepEqual, type PathSegment } from '../fieldDiff';

/**
 * Three-way merge of one stored item (the plan item, a target, a piece of evidence): `base` as I
 * read it, `mine` as I edited it, `theirs` as a colleague saved it meanwhile.
 *
 * - a field only I changed keeps my value; a field only they changed takes theirs (never wiped);
 * - a field both changed to the same value keeps that value;
 * - a field both changed to different values is a clash, for the user to decide.
 *
 * Granularity: records (profile, needs, home support, the SENCO and class teacher) are merged key by
 * key. Everything else is one field, lists included (areas of need, identified areas, long-term
 * targets, teaching assistants, parents and carers, professionals): their entries have no identity
 * of their own, so merging them entry by entry would pair unrelated entries by position. If both
 * changed the same list differently, the user picks one list. Short-term targets and evidence are
 * separate items, merged item by item with their own ids.
 */
export type ItemValue = Record<string, unknown>;

export interface FieldClash {
  readonly path: readonly PathSegment[];
  readonly base: unknown;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface FieldMerge {
  /** Mine, with every field only they changed taken from theirs; a clashing field still holds mine. */
  readonly merged: ItemValue;
  readonly clashes: readonly FieldClash[];
  /** Fields whose value came from them without asking. */
  readonly takenFromThem: readonly (readonly PathSegment[])[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const keysOf = (...records: Record<string, unknown>[]): string[] => [
  ...new Set(records.flatMap((record) => Object.keys(record))),
];

interface Collected {
  readonly clashes: FieldClash[];
  readonly taken: (readonly PathSegment[])[];
}

const mergeValue = (
  base: unknown,
  mine: unknown,
  theirs: unknown,
  path: readonly PathSegment[],
  out: Collected,
): unknown => {
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(base, mine)) {
    out.taken.push(path);
    return theirs;
  }
  if (deepEqual(base, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs)) {
    const from = isRecord(base) ? base : {};
    const merged: Record<string, unknown> = {};
    for (const key of keysOf(mine, theirs)) {
      const value = mergeValue(from[key], mine[key], theirs[key], [...path, key], out);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  out.clashes.push({ path, base, mine, theirs });
  return mine;
};

/** Merges every field of an item except `ignored` (identity and bookkeeping), which stay as mine. */
export const mergeItemFields = (
  base: ItemValue | null,
  mine: ItemValue,
  theirs: ItemValue,
  ignored: ReadonlySet<string> = new Set(),
): FieldMerge => {
  const out: Collected = { clashes: [], taken: [] };
  const from = base ?? {};
  const entries = keysOf(mine, theirs).map((key): [string, unknown] =>
    ignored.has(key) ? [key, mine[key]] : [key, mergeValue(from[key], mine[key], theirs[key], [key], out)],
  );
  const merged: ItemValue = Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  return { merged, clashes: out.clashes, takenFromThem: out.taken };
};

/** Whether I changed an item at all (`ignored` keys, such as its eTag, do not count). */
export const changedSinceRead = (
  base: ItemValue | null,
  mine: ItemValue | null,
  ignored: ReadonlySet<string> = new Set(),
): boolean => {
  const own = (value: ItemValue | null) =>
    value && Object.fromEntries(Object.entries(value).filter(([key]) => !ignored.has(key)));
  return !deepEqual(own(base), own(mine));
};
