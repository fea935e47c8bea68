import { queryOption } from '../core/http';
import { spOk } from '../core/spRest';
import { isFolder } from '../sharepoint/folders';
import { etagOf } from '../sharepoint/model';
import { SitePermissions } from '../sharepoint/permissions/sitePermissions';
import { toRestPermissions } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import type { RouteModule } from './module';
import { spItemOrNull, spList, spSite } from './spSite';

/**
 * `GET _api/web/lists('<id>')/items(<n>)` (with `$select`), e.g. PnPjs's
 * `item.select("HasUniqueRoleAssignments")()`, or `EffectiveBasePermissions` (the caller's rights there,
 * within the app's grant). Reading and changing items otherwise stays on Graph.
 */
export const registerSpItems: RouteModule = (router) => {
  router.add('GET', '/site/{sitePath}/web/lists/{listId}/items/{itemId}', (ctx) => {
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
