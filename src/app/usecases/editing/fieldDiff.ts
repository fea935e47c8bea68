/**
 * Field-by-field comparison of two values of the same shape (plans, targets, evidence), used by the
 * merge view (their save against mine) and by the version comparison (an older version against this one).
 */
export type PathSegment = string | number;

export interface FieldDiff {
  /** Where the values differ, e.g. `['profile', 'likes']` or `['shortTermTargets', 1, 'text']`. */
  readonly path: readonly PathSegment[];
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface DiffOptions {
  /** Compare arrays of objects item by item (by position); otherwise an array is one field. */
  readonly expandArrays?: boolean;
  /** Keys ignored at any depth (ids and eTags that always differ between versions). */
  readonly ignoreKeys?: ReadonlySet<string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality; `undefined` properties count as absent, as they do once stored as JSON. */
export const deepEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!deepEqual(a[key], b[key])) return false;
    return true;
  }
  return false;
};

const orderedKeys = (a: Record<string, unknown>, b: Record<string, unknown>): string[] => [
  ...Object.keys(a),
  ...Object.keys(b).filter((key) => !(key in a)),
];

export const diffFields = (
  mine: unknown,
  theirs: unknown,
  options: DiffOptions = {},
  path: PathSegment[] = [],
): FieldDiff[] => {
  if (deepEqual(mine, theirs)) return [];
  if (isRecord(mine) && isRecord(theirs)) {
    return orderedKeys(mine, theirs)
      .filter((key) => !options.ignoreKeys?.has(key))
      .flatMap((key) => diffFields(mine[key], theirs[key], options, [...path, key]));
  }
  if (
    options.expandArrays &&
    Array.isArray(mine) &&
    Array.isArray(theirs) &&
    [...mine, ...theirs].every(isRecord)
  ) {
    const length = Math.max(mine.length, theirs.length);
    return Array.from({ length }, (_, i) => diffFields(mine[i], theirs[i], options, [...path, i])).flat();
  }
  return [{ path, mine, theirs }];
};

/** A copy of `target` with the value at `path` replaced; `undefined` removes an object key. */
export const setAtPath = <T>(target: T, path: readonly PathSegment[], value: unknown): T => {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  if (Array.isArray(target) && typeof head === 'number') {
    const copy: unknown[] = [...target];
    copy[head] = setAtPath(copy[head], rest, value);
    return copy as T;
  }
  const record: Record<string, unknown> = isRecord(target) ? target : {};
  const next = setAtPath(record[String(head)], rest, value);
  const key = String(head);
  if (next === undefined) return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as T;
  return { ...record, [key]: next } as T;
};

export const pathKey = (path: readonly PathSegment[]): string => path.join('.');
