import type { RouteContext } from '../core/router';
import { spBody, spMethodCollection } from '../core/spRest';
import { spArgument, spError, spFileNotFound } from '../core/spErrors';
import type { DirectorySite } from '../directory/model';
import { checkFolderName, joinPath } from '../sharepoint/folders';
import { parseFormValues } from '../sharepoint/formValues';
import type { StoredItem, StoredList } from '../sharepoint/model';
import { PermissionKind } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import { SharePointLists } from '../sharepoint/sharePointLists';
import type { RouteModule } from './module';
import { requireOn, serverRelativeRootOf, spList, spSite } from './spSite';

/**
 * `POST _api/web/lists('<id>')/AddValidateUpdateItemUsingPath()`: how IEP Planner creates items and
 * folders inside a folder, which Microsoft Graph v1.0 cannot do. The item then reads the same through Graph.
 */
const ROUTE = '/site/{sitePath}/web/lists/{listId}/addvalidateupdateitemusingpath';
const METHOD = 'AddValidateUpdateItemUsingPath';

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** A ResourcePath (`{ DecodedUrl }`) or a plain string. */
const decodedUrl = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const url = record(value)['DecodedUrl'];
  return typeof url === 'string' ? url : '';
};

/** The folder path inside the list that a server-relative (or absolute, or list-relative) folder URL names. */
function folderPathOf(site: DirectorySite, list: StoredList, url: string): string {
  const text = url
    .trim()
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/\/+$/, '');
  if (text === '') return '';
  if (!text.startsWith('/')) return text;
  const root = serverRelativeRootOf(site, list);
  if (text.toLowerCase() === root.toLowerCase()) return '';
  if (text.toLowerCase().startsWith(`${root.toLowerCase()}/`)) return text.slice(root.length + 1);
  throw spArgument(`The folder '${text}' is not in the list at '${root}'.`);
}

/** The folder the new item goes in, if it exists and the caller sees it; '' (the root) needs no folder. */
function targetFolder(
  ctx: RouteContext,
  site: DirectorySite,
  list: StoredList,
  path: string,
): StoredItem | null {
  if (path === '') return null;
  const folder = SharePointLists.of(ctx.services).findFolder(list, path);
  const access = EffectivePermissions.of(ctx.services);
  if (!folder || !access.can(site, list, folder, ctx.caller, PermissionKind.ViewListItems))
    throw spFileNotFound();
  return folder;
}

export const registerSpAddItem: RouteModule = (router) => {
  router.add('POST', ROUTE, (ctx) => {
    const site = spSite(ctx);
    const list = spList(ctx, site);
    const body = spBody(ctx);
    const info = record(body['listItemCreateInfo']);
    const folderPath = folderPathOf(site, list, decodedUrl(info['FolderPath']));
    const folder = targetFolder(ctx, site, list, folderPath);
    requireOn(ctx, site, list, folder, PermissionKind.AddListItems);
    const objectType = Number(info['UnderlyingObjectType'] ?? 0);
    if (objectType !== 0 && objectType !== 1)
      throw spArgument('UnderlyingObjectType must be 0 (an item) or 1 (a folder) in a list.');
    const form = parseFormValues(list, body['formValues']);
    // A value SharePoint cannot accept leaves everything unsaved; the answer says which field and why.
    if (form.failed) return spMethodCollection(ctx, METHOD, form.results);
    const lists = SharePointLists.of(ctx.services);
    let folderName: string | undefined;
    if (objectType === 1) {
      const leaf = decodedUrl(info['LeafName']) || String(form.values['Title'] ?? '');
      checkFolderName(leaf);
      if (lists.findFolder(list, joinPath(folderPath, leaf))) {
        throw spError(
          400,
          '-2130575257, Microsoft.SharePoint.SPException',
          `A file or folder with the name ${serverRelativeRootOf(site, list)}/${joinPath(folderPath, leaf)} already exists.`,
        );
      }
      folderName = leaf;
    }
    const item = lists.createItem(list, form.values, ctx.caller, {
      folderPath,
      ...(folderName !== undefined ? { folderName } : {}),
    });
    return spMethodCollection(ctx, METHOD, [
      ...form.results,
      { FieldName: 'Id', FieldValue: String(item.id), HasException: false, ErrorCode: 0, ErrorMessage: null },
    ]);
  });
};
