import { GraphError } from '../core/errors';
import { queryOption } from '../core/http';
import type { RouteContext } from '../core/router';
import { httpMethodOverride, spBody, spNoContent, spOk } from '../core/spRest';
import { spArgument, spException } from '../core/spErrors';
import { PermissionKind } from '../sharepoint/permissions/basePermissions';
import { RECORD_LOCKED_STATUS } from '../sharepoint/records/recordLock';
import { SharePointLists } from '../sharepoint/sharePointLists';
import { isFolder } from '../sharepoint/folders';
import { etagOf } from '../sharepoint/model';
import { SitePermissions } from '../sharepoint/permissions/sitePermissions';
import { toRestPermissions } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import type { RouteModule } from './module';
import { requireOn, spItemOrNull, spList, spSite } from './spSite';

const ITEM = '/site/{sitePath}/web/lists/{listId}/items/{itemId}';

/** A record's refusal in SharePoint REST's own error shape (an SPException), with the same 423. */
const asRestError = (error: unknown): unknown =>
  error instanceof GraphError && error.status === RECORD_LOCKED_STATUS
    ? spException(error.message, RECORD_LOCKED_STATUS)
    : error;

/**
 * An item changed (`X-HTTP-Method: MERGE`, fields by internal name, 204) or deleted (`DELETE`, or POST with
 * `X-HTTP-Method: DELETE`) through SharePoint REST, as PnPjs's `item.update()` and `item.delete()` send them:
 * the product never does, but a record must refuse them as it refuses Graph (docs/RECORDS.md).
 */
const changeItem = (ctx: RouteContext, method: string) => {
  const site = spSite(ctx);
  const list = spList(ctx, site);
  const item = spItemOrNull(ctx, site, list);
  if (!item) throw new Error('The route names an item.');
  const lists = SharePointLists.of(ctx.services);
  const ifMatch = ctx.req.headers['if-match'];
  try {
    if (method === 'DELETE') {
      requireOn(ctx, site, list, item, PermissionKind.DeleteListItems);
      lists.deleteItem(list, String(item.id), ifMatch === '*' ? undefined : ifMatch);
    } else if (method === 'MERGE') {
      requireOn(ctx, site, list, item, PermissionKind.EditListItems);
      lists.updateItemFields(
        list,
        String(item.id),
        spBody(ctx),
        ifMatch === '*' ? undefined : ifMatch,
        ctx.caller,
      );
    } else {
      throw spArgument("A POST to an item changes it only with 'X-HTTP-Method: MERGE' or 'DELETE'.");
    }
  } catch (error) {
    throw asRestError(error);
  }
  return spNoContent();
};

/**
 * `GET _api/web/lists('<id>')/items(<n>)` (with `$select`), e.g. PnPjs's
 * `item.select("HasUniqueRoleAssignments")()`, or `EffectiveBasePermissions` (the caller's rights there,
 * within the app's grant), and the item's REST update and delete (above). The product otherwise reads and
 * changes items through Graph.
 */
export const registerSpItems: RouteModule = (router) => {
  router.add('POST', ITEM, (ctx) => changeItem(ctx, httpMethodOverride(ctx)));
  router.add('DELETE', ITEM, (ctx) => changeItem(ctx, 'DELETE'));

  router.add('GET', ITEM, (ctx) => {
    const site = spSite(ctx);
    const list = spList(ctx, site);
    const item = spItemOrNull(ctx, site, list);
    if (!item) throw new Error('The route names an item.');
    const all: Record<string, unknown> = {
      ...item.fields,
      Id: item.id,
      ID: item.id,
      FileSystemObjectType: isFolder(item) ? 1 : 0,
      ContentTypeId: isFolder(item) ? '0x0120' : '0x0100',
      GUID: item.uniqueId,
      Created: item.createdDateTime,
      Modified: item.lastModifiedDateTime,
      AuthorId: item.authorLookupId,
      EditorId: item.editorLookupId,
      HasUniqueRoleAssignments: SitePermissions.of(ctx.services).hasScope(list.id, item.id),
    };
    const select = (queryOption(ctx.req.query, 'select') ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
    // As SharePoint does, the caller's own rights on the item come only when asked for by name.
    if (select.includes('effectivebasepermissions'))
      all['EffectiveBasePermissions'] = toRestPermissions(
        EffectivePermissions.of(ctx.services).rights(site, list, item, ctx.caller),
      );
    const body =
      select.length === 0
        ? all
        : Object.fromEntries(Object.entries(all).filter(([k]) => select.includes(k.toLowerCase())));
    const response = spOk(ctx, body);
    return {
      ...response,
      headers: { ...(response.headers ?? {}), ETag: etagOf(item.uniqueId, item.version) },
    };
  });
};
