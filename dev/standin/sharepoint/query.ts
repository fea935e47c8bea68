import { GraphError, invalidRequest } from '../core/errors';
import type { ComparisonOperator, FilterNode } from '../core/odataFilter';
import type { Collection } from '../persistence/journalStore';
import { compareKeys, literalKey, sortKeyOf, type QueryColumn, type SortKey } from './fieldValues';
import type { Entry, ListIndex } from './listIndex';
import type { StoredItem } from './model';

/** SharePoint's list view threshold. */
export const LIST_VIEW_THRESHOLD = 5000;
export const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

type Resolved =
  | { readonly kind: 'and' | 'or'; readonly left: Resolved; readonly right: Resolved }
  | { readonly kind: 'not'; readonly operand: Resolved }
  | {
      readonly kind: 'compare';
      readonly op: ComparisonOperator;
      readonly column: QueryColumn;
      readonly key: SortKey;
    }
  | { readonly kind: 'startswith'; readonly column: QueryColumn; readonly prefix: string };

export interface OrderBy {
  readonly column: QueryColumn;
  readonly descending: boolean;
}

export interface Cursor {
  readonly keys: readonly SortKey[];
  readonly id: number;
}

export interface ItemQuery {
  readonly filter: FilterNode | null;
  readonly orderBy: readonly OrderBy[];
  readonly top: number;
  readonly after: Cursor | null;
  readonly honourNonIndexed: boolean;
  /** Security trimming: only items the caller may view count, so pages fill with visible items. Absent: all. */
  readonly visible?: ((item: StoredItem) => boolean) | null;
}

const columnFor = (columns: ReadonlyMap<string, QueryColumn>, property: string): QueryColumn => {
  if (!property.startsWith('fields/')) {
    throw invalidRequest(
      `Invalid filter clause: filter list items on their fields, e.g. fields/${property}.`,
    );
  }
  const name = property.slice('fields/'.length);
  const column = columns.get(name);
  if (!column)
    throw invalidRequest(`Column '${name}' does not exist. It may have been deleted by another user.`);
  return column;
};

export function resolveOrderBy(columns: ReadonlyMap<string, QueryColumn>, text: string | null): OrderBy[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const [property, direction, extra] = part.trim().split(/\s+/);
    if (!property || extra !== undefined || (direction !== undefined && !/^(asc|desc)$/i.test(direction))) {
      throw invalidRequest(`Invalid $orderby clause '${part.trim()}'; use fields/<column> asc|desc.`);
    }
    return { column: columnFor(columns, property), descending: direction?.toLowerCase() === 'desc' };
  });
}

function resolve(node: FilterNode, columns: ReadonlyMap<string, QueryColumn>): Resolved {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, left: resolve(node.left, columns), right: resolve(node.right, columns) };
    case 'not':
      return { kind: 'not', operand: resolve(node.operand, columns) };
    case 'startswith': {
      const column = columnFor(columns, node.property);
      if (column.kind !== 'text' && column.kind !== 'choice') {
        throw invalidRequest(
          `Invalid filter clause: startswith needs a text field; '${column.name}' is ${column.kind}.`,
        );
      }
      return { kind: 'startswith', column, prefix: String(node.value.value).toLowerCase() };
    }
    case 'compare': {
      const column = columnFor(columns, node.property);
      return { kind: 'compare', op: node.op, column, key: literalKey(column, node.value) };
    }
  }
}

function referenced(node: Resolved): QueryColumn[] {
  if (node.kind === 'and' || node.kind === 'or') return [...referenced(node.left), ...referenced(node.right)];
  if (node.kind === 'not') return referenced(node.operand);
  if (node.kind === 'compare' || node.kind === 'startswith') return [node.column];
  return [];
}

/**
 * SharePoint's rules, as docs/TOOLING.md records them: a non-indexed column in $filter or $orderby is refused at any
 * list size unless the Prefer header is sent; with it, the query fails once the list holds more than 5,000 items.
 */
function enforceIndexRules(columns: readonly QueryColumn[], query: ItemQuery, itemCount: number): void {
  const nonIndexed = columns.find((c) => !c.indexed);
  if (!nonIndexed) return;
  if (!query.honourNonIndexed) {
    throw invalidRequest(
      `Field '${nonIndexed.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
    );
  }
  if (itemCount > LIST_VIEW_THRESHOLD) {
    // Graph is reported to pass SharePoint's SPQueryThrottledException on as 429 (msgraph-sdk-dotnet#827); SharePoint's
    // own REST API answers 500. There is no Retry-After: waiting does not help, only an index does.
    throw new GraphError(
      429,
      'activityLimitReached',
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
  }
}

function matches(node: Resolved, item: StoredItem): boolean {
  switch (node.kind) {
    case 'and':
      return matches(node.left, item) && matches(node.right, item);
    case 'or':
      return matches(node.left, item) || matches(node.right, item);
    case 'not':
      return !matches(node.operand, item);
    case 'startswith': {
      const key = sortKeyOf(node.column.kind, node.column.read(item));
      return typeof key === 'string' && key.startsWith(node.prefix);
    }
    case 'compare': {
      const key = sortKeyOf(node.column.kind, node.column.read(item));
      if (node.op === 'eq') return key === node.key;
      if (node.op === 'ne') return key !== node.key;
      if (key === null || node.key === null) return false;
      const c = compareKeys(key, node.key);
      return node.op === 'lt' ? c < 0 : node.op === 'gt' ? c > 0 : node.op === 'le' ? c <= 0 : c >= 0;
    }
  }
}

/** Ids an index can narrow the filter to, or null when it would mean a full scan. Like SharePoint, one index per branch. */
function candidates(node: Resolved, index: ListIndex): Iterable<number> | null {
  switch (node.kind) {
    case 'and':
      return candidates(node.left, index) ?? candidates(node.right, index);
    case 'or': {
      const left = candidates(node.left, index);
      const right = left && candidates(node.right, index);
      return left && right ? new Set([...left, ...right]) : null;
    }
    case 'not':
      return null;
    case 'startswith':
      return node.column.indexed ? index.idsWithPrefix(node.column, node.prefix) : null;
    case 'compare': {
      if (!node.column.indexed || node.op === 'ne') return null;
      if (node.op === 'eq') return index.idsEqualTo(node.column, node.key);
      if (node.key === null) return [];
      if (node.op === 'lt') return index.idsInRange(node.column, undefined, false, node.key, true);
      if (node.op === 'le') return index.idsInRange(node.column, undefined, false, node.key, false);
      if (node.op === 'gt') return index.idsInRange(node.column, node.key, true, undefined, false);
      return index.idsInRange(node.column, node.key, false, undefined, false);
    }
  }
}

const comparator =
  (orderBy: readonly OrderBy[]) =>
  (a: Entry, b: Entry): number => {
    for (let i = 0; i < orderBy.length; i++) {
      const c = compareKeys(a.keys[i] ?? null, b.keys[i] ?? null);
      if (c !== 0) return orderBy[i]?.descending ? -c : c;
    }
    return orderBy[0]?.descending ? b.id - a.id : a.id - b.id;
  };

/** Runs a query and returns one page plus the cursor for the next, if any. */
export function runItemQuery(
  query: ItemQuery,
  columns: ReadonlyMap<string, QueryColumn>,
  items: Collection<StoredItem>,
  index: ListIndex,
): { page: StoredItem[]; next: Cursor | null } {
  const filter = query.filter ? resolve(query.filter, columns) : null;
  enforceIndexRules(
    [...(filter ? referenced(filter) : []), ...query.orderBy.map((o) => o.column)],
    query,
    items.size,
  );

  const compare = comparator(query.orderBy);
  let entries: Entry[];
  const only = query.orderBy[0];
  if (!filter && query.orderBy.length === 1 && only?.column.indexed) {
    entries = [...index.ordered(only.column)];
    const visible = query.visible;
    if (visible) {
      entries = entries.filter((e) => {
        const item = items.get(String(e.id));
        return item !== undefined && visible(item);
      });
    }
    if (only.descending) entries.reverse();
  } else {
    const source = filter ? candidates(filter, index) : null;
    const pool: StoredItem[] = [];
    if (source) {
      for (const id of source) {
        const item = items.get(String(id));
        if (item) pool.push(item);
      }
    } else {
      for (const item of items.values()) pool.push(item);
    }
    entries = [];
    for (const item of pool) {
      if (filter && !matches(filter, item)) continue;
      if (query.visible && !query.visible(item)) continue;
      entries.push({
        id: item.id,
        keys: query.orderBy.map((o) => sortKeyOf(o.column.kind, o.column.read(item))),
      });
    }
    entries.sort(compare);
  }

  let start = 0;
  if (query.after) {
    const after: Entry = { id: query.after.id, keys: query.after.keys };
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(entries[mid] as Entry, after) > 0) hi = mid;
      else lo = mid + 1;
    }
    start = lo;
  }
  const slice = entries.slice(start, start + query.top);
  const page = slice.map((e) => items.get(String(e.id))).filter((i): i is StoredItem => i !== undefined);
  const last = slice[slice.length - 1];
  const next = last && start + query.top < entries.length ? { keys: last.keys, id: last.id } : null;
  return { page, next };
}
