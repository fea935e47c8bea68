import type { BatchRequest } from '../../batch';
import { ListItemSchema, etagOf, isSharePointItemId, type FieldValues, type RawListItem } from './listItem';
import { changedFields } from './changedFields';
import { readAll } from './reads';
import { itemsWithClientKeys, patchFields } from './requests';
import { CLIENT_KEY_COLUMN } from '../schema';
import type { StoreContext } from '../storeContext';
import { fingerprintOf, type SentColumns } from './unsettledCreates';

/*
 * A POST whose answer was lost (no answer at all, the connection dropped, a gateway's 502 or 504: see
 * `isUnknownOutcome`) may have created its item. Every create carries a key made on the client before
 * the first attempt (`ClientKey`, an indexed column); before such a create is sent again, the key is
 * looked up and a found item is adopted instead. Only creates with an unknown outcome are looked up, so
 * a first save costs no extra request.
 */

export type { UnsettledCreates } from './unsettledCreates';

export const unsettledKey = (listId: string, clientKey: string): string => `${listId}/${clientKey}`;

/**
 * The key of an item the editor made: its own id while unsaved (stable across "Save again", kept in the
 * draft). An item that already has a SharePoint id is being created again (a colleague deleted it):
 * its key must not be that id, which another list's item may share.
 */
export const clientKeyOf = (localId: string, fresh: () => string): string =>
  isSharePointItemId(localId) ? fresh() : localId;

/** A create the store is about to send; `parent` holds columns an adopted item must share with it. */
export interface KeyedCreate {
  readonly listId: string;
  readonly clientKey: string;
  readonly parent: FieldValues;
}

/**
 * Graph limits a URL's length and the `or`s in one filter (the advice is to split long ones and
 * `$batch` them: https://learn.microsoft.com/en-us/graph/query-parameters), so keys go 15 to a query.
 */
const KEYS_PER_QUERY = 15;
const MAX_FILTER_CHARS = 1500;

const chunkKeys = (keys: readonly string[]): string[][] => {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const key of keys) {
    const cost = encodeURIComponent(`fields/${CLIENT_KEY_COLUMN} eq '${key}' or `).length;
    if (current.length > 0 && (current.length >= KEYS_PER_QUERY || length + cost > MAX_FILTER_CHARS)) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(key);
    length += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};

const sameParent = (item: RawListItem, parent: FieldValues): boolean =>
  Object.entries(parent).every(
    ([column, value]) => String(item.fields[column] ?? '') === String(value ?? ''),
  );

const byItemId = (a: RawListItem, b: RawListItem): number => Number(a.id) - Number(b.id);

/**
 * Looks the keys up, one query per list and chunk, all in one `$batch`; returns the item found for each
 * create (the oldest, if an earlier client did make two), by `listId/clientKey`. Throws if a read fails.
 */
export const findCreated = async (
  ctx: StoreContext,
  creates: readonly KeyedCreate[],
): Promise<Map<string, RawListItem>> => {
  const found = new Map<string, RawListItem>();
  if (creates.length === 0) return found;
  const keysByList = new Map<string, string[]>();
  for (const create of creates)
    keysByList.set(create.listId, [...(keysByList.get(create.listId) ?? []), create.clientKey]);
  const queries = [...keysByList].flatMap(([listId, keys]) =>
    chunkKeys([...new Set(keys)]).map((chunk) => ({ listId, chunk })),
  );
  const pages = await readAll(
    ctx.client,
    queries.map(({ listId, chunk }) => ({
      request: itemsWithClientKeys(ctx.siteId, listId, chunk, ctx.pageSize),
      item: { kind: 'list' as const, id: listId },
    })),
    ctx.batch,
  );
  const items = queries.flatMap(({ listId }, index) =>
    (pages[index] as unknown[]).flatMap((raw) => {
      const item = ListItemSchema.safeParse(raw);
      return item.success ? [{ listId, item: item.data }] : [];
    }),
  );
  for (const create of creates) {
    const [oldest] = items
      .filter(
        ({ listId, item }) =>
          listId === create.listId &&
          item.fields[CLIENT_KEY_COLUMN] === create.clientKey &&
          sameParent(item, create.parent),
      )
      .map(({ item }) => item)
      .sort(byItemId);
    if (oldest) found.set(unsettledKey(create.listId, create.clientKey), oldest);
  }
  return found;
};

/** SharePoint leaves empty columns out of `fields`: read them as the empty text the store writes. */
const storedFieldsOf = (item: RawListItem, columns: readonly string[]): FieldValues =>
  Object.fromEntries(
    columns.map((column) => {
      const value = item.fields[column];
      const plain =
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : '';
      return [column, plain];
    }),
  );

/**
 * What an adopted item needs: nothing, a PATCH (If-Match its eTag) of what only the user changed since
 * the lost attempt, or, when a colleague has changed it too, the user's say (a conflict on it).
 */
export type Adoption =
  | { readonly kind: 'same'; readonly id: string; readonly etag: string | undefined }
  | { readonly kind: 'update'; readonly id: string; readonly request: BatchRequest }
  | { readonly kind: 'conflict'; readonly id: string };

/**
 * The found item stands for the create, three ways: what the lost attempt sent (`sent`), what the user
 * has now (`intended`) and what is stored. A column the user changed since, that nobody else touched, is
 * written, guarded by the found item's eTag like any other update. A column someone else changed after
 * the lost attempt landed (they could: it was on the server) is never overwritten blind: the item is
 * reported as a conflict with their version, as a 412 would be, unless the user's value is already
 * theirs. Without `sent` (noted before a reload by an older version) any difference is a conflict.
 */
export const adopt = (
  ctx: StoreContext,
  listId: string,
  item: RawListItem,
  intended: FieldValues,
  sent: SentColumns | undefined,
): Adoption => {
  const etag = etagOf(item);
  const stored = storedFieldsOf(item, Object.keys(intended));
  const mine = Object.fromEntries(Object.entries(intended).map(([column, value]) => [column, value ?? '']));
  const differing = changedFields(mine, stored);
  if (!differing) return { kind: 'same', id: item.id, etag };
  const onlyMine = Object.keys(differing).every((column) => {
    const before = sent?.[column];
    return before !== undefined && before === fingerprintOf(stored[column]);
  });
  // Never written without If-Match: with no eTag to guard it, it goes to the user as a conflict too.
  if (!onlyMine || etag === undefined) return { kind: 'conflict', id: item.id };
  return { kind: 'update', id: item.id, request: patchFields(ctx.siteId, listId, item.id, differing, etag) };
};
