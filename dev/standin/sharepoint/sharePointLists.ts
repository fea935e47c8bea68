import { randomUUID } from 'node:crypto';
import {
  GraphError,
  invalidRequest,
  isRecordOrThrow,
  notFound,
  rejectUnknownProperties,
} from '../core/errors';
import { graphTimestamp, type StandInServices } from '../core/services';
import type { DirectorySite, DirectoryUser } from '../directory/model';
import { identityOf } from '../directory/model';
import type { Collection } from '../persistence/journalStore';
import { defaultColumns, parseColumnDefinition, patchColumn } from './columns';
import { queryColumns, sortKeyOf, validateFieldWrites, type QueryColumn } from './fieldValues';
import { isFolder, isWithin, ownPathOf, parentPathOf, pathKey } from './folders';
import { SitePermissions } from './permissions/sitePermissions';
import { ItemVersions } from './itemVersions';
import { ListIndex } from './listIndex';
import { recordLocked } from './records/recordLock';
import { isLockedRecord } from './records/retentionLabels';
import {
  etagMatches,
  etagOf,
  ITEM_COUNTERS_COLLECTION,
  itemsCollectionName,
  LISTS_COLLECTION,
  type FieldValue,
  type StoredColumn,
  type StoredItem,
  type StoredList,
} from './model';
import { runItemQuery, type Cursor, type ItemQuery } from './query';

const LIST_PROPERTIES = ['displayName', 'description', 'columns', 'list', 'name'];

/** Whether the list keeps item versions (SharePoint's EnableVersioning; off unless set). */
export const isVersioningEnabled = (list: StoredList): boolean => list.enableVersioning === true;

/** Where a new item goes: a folder path inside the list ('' = root), and a name if the item is a folder. */
export interface ItemPlacement {
  readonly folderPath: string;
  readonly folderName?: string;
}

/** SharePoint lists, columns and items for one stand-in, with their in-memory indexes. */
export class SharePointLists {
  private readonly lists: Collection<StoredList>;
  private readonly counters: Collection<number>;
  private readonly indexes = new Map<string, ListIndex>();
  /** Per list: folder path (lower case) → the folder item's id, built on first use. */
  private readonly folders = new Map<string, Map<string, number>>();
  private readonly columnCache = new Map<string, { version: number; columns: Map<string, QueryColumn> }>();

  constructor(private readonly services: StandInServices) {
    this.lists = services.store.collection<StoredList>(LISTS_COLLECTION);
    this.counters = services.store.collection<number>(ITEM_COUNTERS_COLLECTION);
  }

  /**
   * Answer `PATCH .../fields` without `@odata.etag`, as SharePoint sometimes does: a test instrument
   * for clients that must then find the new eTag themselves rather than write without If-Match.
   */
  patchAnswersWithoutEtag = false;

  static of(services: StandInServices): SharePointLists {
    return services.shared('sharepoint.lists', () => new SharePointLists(services));
  }

  listsOf(site: DirectorySite): StoredList[] {
    return [...this.lists.values()].filter((l) => l.siteId === site.id);
  }

  /** By id, or by display name or URL name as Graph allows (`/lists/{list-id-or-title}`). */
  findList(site: DirectorySite, idOrName: string): StoredList {
    const wanted = idOrName.toLowerCase();
    const found =
      this.listsOf(site).find((l) => l.id.toLowerCase() === wanted) ??
      this.listsOf(site).find(
        (l) => l.displayName.toLowerCase() === wanted || l.name.toLowerCase() === wanted,
      );
    if (!found) throw notFound('List not found');
    return found;
  }

  createList(site: DirectorySite, raw: unknown, caller: DirectoryUser): StoredList {
    const body = isRecordOrThrow(raw, 'list');
    rejectUnknownProperties(body, LIST_PROPERTIES, 'list');
    const displayName = body['displayName'];
    if (typeof displayName !== 'string' || displayName.trim().length === 0) {
      throw invalidRequest("A new list needs a 'displayName'.");
    }
    const info = body['list'] === undefined ? {} : isRecordOrThrow(body['list'], 'list');
    rejectUnknownProperties(info, ['template', 'hidden', 'contentTypesEnabled'], 'listInfo');
    const template = info['template'] ?? 'genericList';
    if (template !== 'genericList') {
      throw invalidRequest(
        `The local stand-in creates only 'genericList' lists; '${String(template)}' was asked for.`,
      );
    }
    if (this.listsOf(site).some((l) => l.displayName.toLowerCase() === displayName.toLowerCase())) {
      throw new GraphError(
        409,
        'nameAlreadyExists',
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      );
    }
    const columns: StoredColumn[] = defaultColumns();
    const requested = body['columns'] ?? [];
    if (!Array.isArray(requested)) throw invalidRequest("'columns' must be a list of column definitions.");
    for (const definition of requested) columns.push(parseColumnDefinition(definition, columns));
    const now = graphTimestamp(this.services.now());
    const list: StoredList = {
      id: randomUUID(),
      siteId: site.id,
      displayName,
      name: displayName.replace(/[^A-Za-z0-9_-]/g, '') || 'List',
      description: typeof body['description'] === 'string' ? body['description'] : '',
      template: 'genericList',
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdBy: identityOf(caller),
      lastModifiedBy: identityOf(caller),
      version: 1,
      columns,
      enableVersioning: true,
    };
    this.lists.put(list.id, list);
    return list;
  }

  deleteList(list: StoredList): void {
    this.lists.delete(list.id);
    this.counters.delete(list.id);
    this.services.store.dropCollection(itemsCollectionName(list.id));
    this.indexes.delete(list.id);
    this.folders.delete(list.id);
    this.columnCache.delete(list.id);
    SitePermissions.of(this.services).dropList(list.siteId, list.id);
    ItemVersions.of(this.services).forgetList(list);
  }

  setVersioning(list: StoredList, enabled: boolean, caller: DirectoryUser): StoredList {
    const next: StoredList = {
      ...list,
      enableVersioning: enabled,
      version: list.version + 1,
      lastModifiedDateTime: graphTimestamp(this.services.now()),
      lastModifiedBy: identityOf(caller),
    };
    this.lists.put(list.id, next);
    return next;
  }

  addColumn(list: StoredList, raw: unknown, caller: DirectoryUser): StoredColumn {
    const column = parseColumnDefinition(raw, list.columns);
    this.saveList(list, [...list.columns, column], caller);
    return column;
  }

  findColumn(list: StoredList, idOrName: string): StoredColumn {
    const column = list.columns.find((c) => c.id === idOrName || c.name === idOrName);
    if (!column) throw notFound('Column not found');
    return column;
  }

  updateColumn(list: StoredList, column: StoredColumn, raw: unknown, caller: DirectoryUser): StoredColumn {
    const next = patchColumn(column, raw, list.columns);
    this.saveList(
      list,
      list.columns.map((c) => (c.id === column.id ? next : c)),
      caller,
    );
    return next;
  }

  columnsForQuery(list: StoredList): Map<string, QueryColumn> {
    const cached = this.columnCache.get(list.id);
    if (cached && cached.version === list.version) return cached.columns;
    const columns = queryColumns(list);
    this.columnCache.set(list.id, { version: list.version, columns });
    return columns;
  }

  itemCount(list: StoredList): number {
    return this.itemsOf(list).size;
  }

  getItem(list: StoredList, itemId: string): StoredItem {
    const item = /^\d+$/.test(itemId) ? this.itemsOf(list).get(String(Number(itemId))) : undefined;
    if (!item) throw notFound('Item not found');
    return item;
  }

  /** An item by its id, or undefined (no access checks, no errors). */
  itemsById(list: StoredList, id: number): StoredItem | undefined {
    return this.itemsOf(list).get(String(id));
  }

  /** The folder at `path` inside the list ('' is the root folder, which is no item). */
  findFolder(list: StoredList, path: string): StoredItem | undefined {
    const id = this.folderIndex(list).get(pathKey(path));
    return id === undefined ? undefined : this.itemsOf(list).get(String(id));
  }

  createItem(
    list: StoredList,
    rawFields: unknown,
    caller: DirectoryUser,
    placement: ItemPlacement = { folderPath: '' },
  ): StoredItem {
    const values = validateFieldWrites(list, rawFields ?? {});
    // Graph is reported to refuse nulls when adding an item (msgraph-sdk-dotnet-core#656); leave the field out.
    const nullField = Object.keys(values).find((name) => values[name] === null);
    if (nullField)
      throw invalidRequest(`Field '${nullField}' cannot be null in a new item; leave it out instead.`);
    // Like SharePoint's APIs (unlike its forms), required columns are not enforced here.
    const fields = withoutNulls(values);
    this.enforceUnique(list, fields, null);
    const id = (this.counters.get(list.id) ?? 0) + 1;
    this.counters.put(list.id, id);
    const now = graphTimestamp(this.services.now());
    const item: StoredItem = {
      id,
      uniqueId: randomUUID(),
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
      createdBy: identityOf(caller),
      lastModifiedBy: identityOf(caller),
      authorLookupId: caller.lookupId,
      editorLookupId: caller.lookupId,
      fields,
      ...(placement.folderPath !== '' ? { folderPath: placement.folderPath } : {}),
      ...(placement.folderName !== undefined ? { folderName: placement.folderName } : {}),
    };
    this.write(list, undefined, item);
    return item;
  }

  updateItemFields(
    list: StoredList,
    itemId: string,
    rawFields: unknown,
    ifMatch: string | undefined,
    caller: DirectoryUser,
  ): StoredItem {
    const current = this.getItem(list, itemId);
    const values = validateFieldWrites(list, rawFields);
    // A record blocks editing for everyone, owners and SEN leads included: no permission lifts it.
    if (isLockedRecord(this.services, current.complianceTag)) throw recordLocked('edit');
    this.checkIfMatch(current, ifMatch);
    const fields = withoutNulls({ ...current.fields, ...values });
    this.enforceUnique(list, fields, current.id);
    const next: StoredItem = {
      ...current,
      version: current.version + 1,
      lastModifiedDateTime: graphTimestamp(this.services.now()),
      lastModifiedBy: identityOf(caller),
      editorLookupId: caller.lookupId,
      fields,
    };
    this.write(list, current, next);
    return next;
  }

  /** Deleting a folder deletes what it holds, as SharePoint does; unique scopes go with their items. */
  deleteItem(list: StoredList, itemId: string, ifMatch: string | undefined): void {
    const current = this.getItem(list, itemId);
    const doomed = [current];
    if (isFolder(current)) {
      const path = ownPathOf(current);
      for (const item of this.itemsOf(list).values()) {
        if (item.id !== current.id && isWithin(parentPathOf(item), path)) doomed.push(item);
      }
    }
    // A folder holding a record cannot be deleted either: the record would go with it.
    if (doomed.some((item) => isLockedRecord(this.services, item.complianceTag)))
      throw recordLocked('delete');
    this.checkIfMatch(current, ifMatch);
    const permissions = SitePermissions.of(this.services);
    for (const item of doomed) {
      this.write(list, item, undefined);
      permissions.deleteScope(list.siteId, list.id, item.id);
    }
  }

  /**
   * Applies (or, with '', removes) a retention label. The label is kept beside the item's fields: its
   * version, eTag and Modified stay as they were, so no history entry is added for it.
   */
  setComplianceTag(list: StoredList, item: StoredItem, tag: string): void {
    const { complianceTag: _previous, ...rest } = item;
    const labelled: StoredItem = tag === '' ? rest : { ...rest, complianceTag: tag };
    this.itemsOf(list).put(String(item.id), labelled);
    this.indexOf(list).onWrite(item, labelled, this.columnsForQuery(list));
  }

  queryItems(list: StoredList, query: ItemQuery): { page: StoredItem[]; next: Cursor | null } {
    return runItemQuery(query, this.columnsForQuery(list), this.itemsOf(list), this.indexOf(list));
  }

  private checkIfMatch(item: StoredItem, ifMatch: string | undefined): void {
    if (ifMatch !== undefined && !etagMatches(ifMatch, etagOf(item.uniqueId, item.version))) {
      throw new GraphError(
        412,
        'preconditionFailed',
        'The resource has been changed since the caller last read it (eTag mismatch). Read it again and retry.',
      );
    }
  }

  /** SharePoint refuses a duplicate in a column that enforces unique values (such columns are always indexed). */
  private enforceUnique(list: StoredList, fields: Record<string, FieldValue>, selfId: number | null): void {
    const columns = this.columnsForQuery(list);
    for (const column of list.columns.filter((c) => c.enforceUniqueValues)) {
      const value = fields[column.name];
      const queryColumn = columns.get(column.name);
      if (value === undefined || !queryColumn) continue;
      const holders = this.indexOf(list).idsEqualTo(queryColumn, sortKeyOf(column.kind, value));
      if ([...holders].some((id) => id !== selfId)) {
        throw new GraphError(
          409,
          'nameAlreadyExists',
          'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
        );
      }
    }
  }

  private write(list: StoredList, before: StoredItem | undefined, after: StoredItem | undefined): void {
    const items = this.itemsOf(list);
    if (before && after) ItemVersions.of(this.services).keep(list, before);
    if (after) items.put(String(after.id), after);
    else if (before) items.delete(String(before.id));
    this.indexOf(list).onWrite(before, after, this.columnsForQuery(list));
    const folders = this.folders.get(list.id);
    if (folders && before && isFolder(before)) folders.delete(pathKey(ownPathOf(before)));
    if (folders && after && isFolder(after)) folders.set(pathKey(ownPathOf(after)), after.id);
  }

  private saveList(list: StoredList, columns: StoredColumn[], caller: DirectoryUser): void {
    this.lists.put(list.id, {
      ...list,
      columns,
      version: list.version + 1,
      lastModifiedDateTime: graphTimestamp(this.services.now()),
      lastModifiedBy: identityOf(caller),
    });
    this.indexes.get(list.id)?.reset();
  }

  private folderIndex(list: StoredList): Map<string, number> {
    let folders = this.folders.get(list.id);
    if (!folders) {
      folders = new Map();
      for (const item of this.itemsOf(list).values()) {
        if (isFolder(item)) folders.set(pathKey(ownPathOf(item)), item.id);
      }
      this.folders.set(list.id, folders);
    }
    return folders;
  }

  private itemsOf(list: StoredList): Collection<StoredItem> {
    return this.services.store.collection<StoredItem>(itemsCollectionName(list.id));
  }

  private indexOf(list: StoredList): ListIndex {
    let index = this.indexes.get(list.id);
    if (!index) {
      index = new ListIndex(this.itemsOf(list));
      this.indexes.set(list.id, index);
    }
    return index;
  }
}

const withoutNulls = (fields: Record<string, FieldValue>): Record<string, FieldValue> =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
