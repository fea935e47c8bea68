import { siteWebUrl, type DirectorySite } from '../directory/model';
import { toGraphColumn } from './columns';
import { isFolder, ownPathOf, parentPathOf } from './folders';
import { etagOf, type StoredItem, type StoredList } from './model';

/** How Graph prints lists, items and field value sets (the `list`, `listItem` and `fieldValueSet` types). */
export const listWebUrl = (site: DirectorySite, list: StoredList): string =>
  `${siteWebUrl(site)}/Lists/${list.name}`;

const listEtag = (list: StoredList): string => etagOf(list.id, list.version);

export function toGraphList(
  site: DirectorySite,
  list: StoredList,
  expandColumns: boolean,
): Record<string, unknown> {
  return {
    '@odata.etag': listEtag(list),
    createdDateTime: list.createdDateTime,
    description: list.description,
    eTag: listEtag(list),
    id: list.id,
    lastModifiedDateTime: list.lastModifiedDateTime,
    name: list.name,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: list.createdBy,
    lastModifiedBy: list.lastModifiedBy,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
    ...(expandColumns ? { columns: list.columns.map(toGraphColumn) } : {}),
  };
}

/** The system fields SharePoint returns beside the list's own columns. Empty columns are left out, as Graph does. */
export function toFieldValueSet(item: StoredItem, select: readonly string[] | null): Record<string, unknown> {
  const etag = etagOf(item.uniqueId, item.version);
  const all: Record<string, unknown> = {
    id: String(item.id),
    ...(item.fields['Title'] !== undefined ? { Title: item.fields['Title'] } : {}),
    ContentType: isFolder(item) ? 'Folder' : 'Item',
    ...(isFolder(item) ? { FileLeafRef: item.folderName } : {}),
    Modified: item.lastModifiedDateTime,
    Created: item.createdDateTime,
    AuthorLookupId: String(item.authorLookupId),
    EditorLookupId: String(item.editorLookupId),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    LinkTitleNoMenu: item.fields['Title'] ?? '',
    LinkTitle: item.fields['Title'] ?? '',
    ItemChildCount: '0',
    FolderChildCount: '0',
    ...item.fields,
  };
  if (!select) return { '@odata.etag': etag, ...all };
  const chosen: Record<string, unknown> = { '@odata.etag': etag };
  for (const name of select) {
    if (name === 'ID') chosen['ID'] = item.id;
    else if (all[name] !== undefined) chosen[name] = all[name];
  }
  return chosen;
}

export function toGraphItem(
  site: DirectorySite,
  list: StoredList,
  item: StoredItem,
  fields: { readonly expand: boolean; readonly select: readonly string[] | null },
): Record<string, unknown> {
  const etag = etagOf(item.uniqueId, item.version);
  const folder = parentPathOf(item);
  const listUrl = listWebUrl(site, list);
  // A folder's address is its path; an item's is `<id>_.000` inside its folder.
  const webUrl = isFolder(item)
    ? `${listUrl}/${ownPathOf(item)}`
    : `${listUrl}/${folder === '' ? '' : `${folder}/`}${item.id}_.000`;
  return {
    '@odata.etag': etag,
    createdDateTime: item.createdDateTime,
    eTag: etag,
    id: String(item.id),
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl,
    createdBy: item.createdBy,
    lastModifiedBy: item.lastModifiedBy,
    parentReference: { id: list.id, siteId: site.id },
    contentType: isFolder(item) ? { id: '0x0120', name: 'Folder' } : { id: '0x0100', name: 'Item' },
    ...(fields.expand ? { fields: toFieldValueSet(item, fields.select) } : {}),
  };
}
