import { queryOption } from '../core/http';
import type { RouteContext } from '../core/router';
import { httpMethodOverride, spBody, spNoContent, spOk } from '../core/spRest';
import { spArgument } from '../core/spErrors';
import type { DirectorySite } from '../directory/model';
import type { StoredList } from '../sharepoint/model';
import { PermissionKind } from '../sharepoint/permissions/basePermissions';
import { SitePermissions } from '../sharepoint/permissions/sitePermissions';
import { isVersioningEnabled, SharePointLists } from '../sharepoint/sharePointLists';
import type { RouteModule } from './module';
import { requireOn, serverRelativeRootOf, spList, spSite } from './spSite';

/** A list's settings: `_api/web/lists('<id>')` (also `lists(guid'<id>')`, `lists/getbyid('<id>')`). */
const LIST = '/site/{sitePath}/web/lists/{listId}';

const rootFolderJson = (
  ctx: RouteContext,
  site: DirectorySite,
  list: StoredList,
): Record<string, unknown> => ({
  Exists: true,
  ItemCount: SharePointLists.of(ctx.services).itemCount(list),
  Name: list.name,
  ServerRelativeUrl: serverRelativeRootOf(site, list),
});

const listJson = (ctx: RouteContext, site: DirectorySite, list: StoredList): Record<string, unknown> => ({
  Id: list.id,
  Title: list.displayName,
  Description: list.description,
  BaseTemplate: 100,
  Created: list.createdDateTime,
  EnableVersioning: isVersioningEnabled(list),
  HasUniqueRoleAssignments: SitePermissions.of(ctx.services).hasScope(list.id, null),
  ItemCount: SharePointLists.of(ctx.services).itemCount(list),
  LastItemModifiedDate: list.lastModifiedDateTime,
  ParentWebUrl: site.serverRelativePath,
});

/** `$select` picks properties; `$expand=RootFolder` adds the root folder (both case-insensitive). */
function shaped(ctx: RouteContext, site: DirectorySite, list: StoredList): Record<string, unknown> {
  const wanted = (name: string): string[] =>
    (queryOption(ctx.req.query, name) ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
  const select = wanted('select');
  const all = listJson(ctx, site, list);
  const picked =
    select.length === 0
      ? all
      : Object.fromEntries(Object.entries(all).filter(([k]) => select.includes(k.toLowerCase())));
  return wanted('expand').includes('rootfolder')
    ? { ...picked, RootFolder: rootFolderJson(ctx, site, list) }
    : picked;
}

const MERGEABLE = ['EnableVersioning'];

export const registerSpLists: RouteModule = (router) => {
  router.add('GET', LIST, (ctx) => {
    const site = spSite(ctx);
    return spOk(ctx, shaped(ctx, site, spList(ctx, site)));
  });

  router.add('GET', `${LIST}/rootfolder`, (ctx) => {
    const site = spSite(ctx);
    return spOk(ctx, rootFolderJson(ctx, site, spList(ctx, site)));
  });

  router.add('POST', LIST, (ctx) => {
    const site = spSite(ctx);
    const list = spList(ctx, site);
    if (httpMethodOverride(ctx) !== 'MERGE')
      throw spArgument("A POST to a list updates it only with 'X-HTTP-Method: MERGE'.");
    requireOn(ctx, site, list, null, PermissionKind.ManageLists);
    const body = spBody(ctx);
    for (const key of Object.keys(body)) {
      if (!MERGEABLE.includes(key))
        throw spArgument(
          `The property '${key}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.`,
        );
    }
    const versioning = body['EnableVersioning'];
    if (versioning !== undefined) {
      if (typeof versioning !== 'boolean') throw spArgument('EnableVersioning must be true or false.');
      SharePointLists.of(ctx.services).setVersioning(list, versioning, ctx.caller);
    }
    return spNoContent();
  });
};
