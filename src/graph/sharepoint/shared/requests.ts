import type { BatchRequest } from '../../batch';
import { fieldAtLeast, fieldEquals, withQuery } from '../../odata';
import type { FieldValues } from './listItem';
import { CLIENT_KEY_COLUMN } from '../schema';

/**
 * The Graph requests the store makes against list items, in one place so every URL and body shape
 * is easy to check against the Graph schema.
 */

export const DEFAULT_PAGE_SIZE = 500;

/** Graph's largest `$top` for list items: the whole-school register reads in pages this size. */
export const LARGEST_PAGE_SIZE = 5000;

/** A path segment; site ids keep their commas (`host,siteGuid,webGuid`) as Graph prints them. */
const segment = (value: string): string => encodeURIComponent(value).replace(/%2C/gi, ',');

export const sitePath = (siteId: string): string => `/sites/${segment(siteId)}`;

export const listPath = (siteId: string, listId: string): string =>
  `${sitePath(siteId)}/lists/${segment(listId)}`;

export const itemPath = (siteId: string, listId: string, itemId: string): string =>
  `${listPath(siteId, listId)}/items/${segment(itemId)}`;

/** `$expand=fields`, or `fields($select=...)` when only some columns are needed (smaller pages). */
const expandFields = (columns?: readonly string[]): string =>
  columns === undefined ? 'fields' : `fields($select=${columns.join(',')})`;

export interface ItemQuery {
  /** An indexed column: SharePoint refuses filters on others once a list is large. */
  readonly column: string;
  readonly value: string;
  /** `eq` (the default) or `ge`: a range on the same index, still one index per query. */
  readonly comparison?: 'eq' | 'ge';
  readonly pageSize: number;
  readonly select?: readonly string[];
}

/** Items whose indexed column equals (or is at least) a value, with their fields, one page of `pageSize`. */
export const queryItems = (siteId: string, listId: string, query: ItemQuery): BatchRequest => ({
  method: 'GET',
  url: withQuery(`${listPath(siteId, listId)}/items`, {
    $expand: expandFields(query.select),
    $filter: (query.comparison === 'ge' ? fieldAtLeast : fieldEquals)(query.column, query.value),
    $top: query.pageSize,
  }),
});

/** Items whose indexed column equals any of `values` (one index, so SharePoint accepts the `or`s). */
export const itemsWhereAny = (
  siteId: string,
  listId: string,
  query: { readonly column: string; readonly values: readonly string[]; readonly pageSize: number },
): BatchRequest => ({
  method: 'GET',
  url: withQuery(`${listPath(siteId, listId)}/items`, {
    $expand: 'fields',
    $filter: query.values.map((value) => fieldEquals(query.column, value)).join(' or '),
    $top: query.pageSize,
  }),
});

/** Every item of a small list (the school's provision catalogue), in pages of `pageSize`. */
export const allItems = (siteId: string, listId: string, pageSize: number): BatchRequest => ({
  method: 'GET',
  url: withQuery(`${listPath(siteId, listId)}/items`, { $expand: 'fields', $top: pageSize }),
});

export const getItem = (siteId: string, listId: string, itemId: string): BatchRequest => ({
  method: 'GET',
  url: withQuery(itemPath(siteId, listId, itemId), { $expand: 'fields' }),
});

/** A create that belongs in a pupil's folder, where their care team's permissions are (docs/ACCESS.md). */
export interface FolderCreate {
  readonly listId: string;
  readonly pupilId: string;
  readonly fields: FieldValues;
}

/** A Graph request, or a create the store sends into a pupil's folder when folders are in use. */
export type StoreRequest = BatchRequest & { readonly inFolder?: FolderCreate };

/**
 * A new item, carrying the key the client made for it before the first attempt: if the answer is lost,
 * the key finds the item again (see clientKeys.ts), so it is never created twice. Given the pupil it
 * belongs to, it is created in that pupil's folder when the store keeps them (shared/folderCreates.ts).
 */
export const createItem = (
  siteId: string,
  listId: string,
  fields: FieldValues,
  clientKey: string,
  pupilId?: string,
): StoreRequest => {
  const keyed = { ...fields, [CLIENT_KEY_COLUMN]: clientKey };
  return {
    method: 'POST',
    url: `${listPath(siteId, listId)}/items`,
    body: { fields: keyed },
    ...(pupilId === undefined ? {} : { inFolder: { listId, pupilId, fields: keyed } }),
  };
};

/** Items whose indexed ClientKey is any of `keys` (one index, so SharePoint accepts the `or`s). */
export const itemsWithClientKeys = (
  siteId: string,
  listId: string,
  keys: readonly string[],
  pageSize: number,
): BatchRequest => ({
  method: 'GET',
  url: withQuery(`${listPath(siteId, listId)}/items`, {
    $expand: 'fields',
    $filter: keys.map((key) => fieldEquals(CLIENT_KEY_COLUMN, key)).join(' or '),
    $top: pageSize,
  }),
});

/** A PATCH that only lands if nobody has saved the item since `etag` was read (else 412). */
export const patchFields = (
  siteId: string,
  listId: string,
  itemId: string,
  fields: FieldValues,
  etag?: string,
): BatchRequest => ({
  method: 'PATCH',
  url: `${itemPath(siteId, listId, itemId)}/fields`,
  ...(etag === undefined ? {} : { headers: { 'If-Match': etag } }),
  body: fields,
});

export const deleteItem = (siteId: string, listId: string, itemId: string, etag?: string): BatchRequest => ({
  method: 'DELETE',
  url: itemPath(siteId, listId, itemId),
  ...(etag === undefined ? {} : { headers: { 'If-Match': etag } }),
});
