import type { Collection } from '../persistence/journalStore';
import { compareKeys, sortKeyOf, type QueryColumn, type SortKey } from './fieldValues';
import type { StoredItem } from './model';

/** One row of an ordered result: the item id and its sort keys. */
export interface Entry {
  readonly id: number;
  readonly keys: readonly SortKey[];
}

/**
 * In-memory indexes for one list's indexed columns, so queries on lists of tens of thousands of items stay fast:
 * a value → ids map for equality and a sorted array for ranges, prefixes and ordering. Built on first use,
 * the equality maps are kept up to date on every write; the sorted arrays are rebuilt lazily after writes.
 */
export class ListIndex {
  private readonly equality = new Map<string, Map<SortKey, Set<number>>>();
  private readonly sorted = new Map<string, Entry[]>();

  constructor(private readonly items: Collection<StoredItem>) {}

  idsEqualTo(column: QueryColumn, key: SortKey): ReadonlySet<number> {
    return this.equalityMap(column).get(key) ?? new Set();
  }

  /** All items ordered by the column's key, then by id. */
  ordered(column: QueryColumn): readonly Entry[] {
    let entries = this.sorted.get(column.name);
    if (!entries) {
      entries = [];
      for (const item of this.items.values())
        entries.push({ id: item.id, keys: [sortKeyOf(column.kind, column.read(item))] });
      entries.sort((a, b) => compareKeys(a.keys[0] ?? null, b.keys[0] ?? null) || a.id - b.id);
      this.sorted.set(column.name, entries);
    }
    return entries;
  }

  /** Ids whose key lies in the range; bounds are inclusive unless marked exclusive. Nulls never match. */
  idsInRange(
    column: QueryColumn,
    low: SortKey | undefined,
    lowExclusive: boolean,
    high: SortKey | undefined,
    highExclusive: boolean,
  ): number[] {
    const entries = this.ordered(column);
    const key = (i: number): SortKey => (entries[i] as Entry).keys[0] ?? null;
    let start = firstIndex(entries.length, (i) => key(i) !== null);
    if (low !== undefined) {
      start = Math.max(
        start,
        firstIndex(entries.length, (i) => {
          const c = compareKeys(key(i), low);
          return lowExclusive ? c > 0 : c >= 0;
        }),
      );
    }
    const end =
      high === undefined
        ? entries.length
        : firstIndex(entries.length, (i) => {
            const c = compareKeys(key(i), high);
            return highExclusive ? c >= 0 : c > 0;
          });
    const ids: number[] = [];
    for (let i = start; i < end; i++) ids.push((entries[i] as Entry).id);
    return ids;
  }

  idsWithPrefix(column: QueryColumn, prefix: string): number[] {
    const entries = this.ordered(column);
    const lower = prefix.toLowerCase();
    const start = firstIndex(
      entries.length,
      (i) => compareKeys((entries[i] as Entry).keys[0] ?? null, lower) >= 0,
    );
    const ids: number[] = [];
    for (let i = start; i < entries.length; i++) {
      const k = (entries[i] as Entry).keys[0];
      if (typeof k !== 'string' || !k.startsWith(lower)) break;
      ids.push((entries[i] as Entry).id);
    }
    return ids;
  }

  /** Keeps the indexes in step with a write; `before`/`after` are undefined for inserts/deletes. */
  onWrite(
    before: StoredItem | undefined,
    after: StoredItem | undefined,
    columns: ReadonlyMap<string, QueryColumn>,
  ): void {
    this.sorted.clear();
    for (const [name, map] of this.equality) {
      const column = columns.get(name);
      if (!column) continue;
      if (before) map.get(sortKeyOf(column.kind, column.read(before)))?.delete(before.id);
      if (after) addTo(map, sortKeyOf(column.kind, column.read(after)), after.id);
    }
  }

  /** Drops everything, e.g. after a column's definition or index changed. */
  reset(): void {
    this.equality.clear();
    this.sorted.clear();
  }

  private equalityMap(column: QueryColumn): Map<SortKey, Set<number>> {
    let map = this.equality.get(column.name);
    if (!map) {
      map = new Map();
      for (const item of this.items.values()) addTo(map, sortKeyOf(column.kind, column.read(item)), item.id);
      this.equality.set(column.name, map);
    }
    return map;
  }
}

function addTo(map: Map<SortKey, Set<number>>, key: SortKey, id: number): void {
  let ids = map.get(key);
  if (!ids) {
    ids = new Set();
    map.set(key, ids);
  }
  ids.add(id);
}

/** The first index in [0, n) for which `test` holds, given that it holds for a suffix. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
