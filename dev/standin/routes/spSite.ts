import type { RouteContext } from '../core/router';
import { spAccessDenied, spArgument, spItemNotFound } from '../core/spErrors';
import type { DirectorySite } from '../directory/model';
import { siteAllows } from '../directory/model';
import type { StoredItem, StoredList } from '../sharepoint/model';
import { hasPermission, PermissionKind } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import { SharePointLists } from '../sharepoint/sharePointLists';

/** The site, list and item a SharePoint REST address names, with the access checks every route shares. */
const normalise = (p: string): string => ('/' + p.replace(/^\/+|\/+$/g, '')).toLowerCase();

/** The site at `{sitePath}`: 404 if none, 403 unless the caller reads it or has Limited Access in it. */
export function spSite(ctx: RouteContext): DirectorySite {
  const wanted = normalise(ctx.params['sitePath'] ?? '');
  const site = [...ctx.services.directory.sites.values()].find(
    (s) => normalise(s.serverRelativePath) === wanted,
  );
  if (!site) throw spArgument(`The site ${wanted} does not exist.`, 404);
  if (siteAllows(site, ctx.caller.id, 'read')) return site;
  if (EffectivePermissions.of(ctx.services).hasLimitedAccess(site, ctx.caller)) return site;
  throw spAccessDenied();
}

export function spList(ctx: RouteContext, site: DirectorySite): StoredList {
  const id = ctx.params['listId'] ?? '';
  const list = SharePointLists.of(ctx.services)
    .listsOf(site)
    .find((l) => l.id.toLowerCase() === id.toLowerCase());
  if (!list) {
    throw spArgument(`List '${id}' does not exist at site with URL '${site.serverRelativePath}'.`, 404);
  }
  return list;
}

/** The item `{itemId}` if the address names one and the caller may see it (404 otherwise, as for a missing one). */
export function spItemOrNull(ctx: RouteContext, site: DirectorySite, list: StoredList): StoredItem | null {
  const raw = ctx.params['itemId'];
  if (raw === undefined) return null;
  let item: StoredItem;
  try {
    item = SharePointLists.of(ctx.services).getItem(list, raw);
  } catch {
    throw spItemNotFound();
  }
  if (!EffectivePermissions.of(ctx.services).can(site, list, item, ctx.caller, PermissionKind.ViewListItems))
    throw spItemNotFound();
  return item;
}

export function requireOn(
  ctx: RouteContext,
  site: DirectorySite,
  list: StoredList,
  item: StoredItem | null,
  kind: number,
): void {
  if (!EffectivePermissions.of(ctx.services).can(site, list, item, ctx.caller, kind)) throw spAccessDenied();
}

export function requireOnSite(ctx: RouteContext, site: DirectorySite, kind: number): void {
  if (!hasPermission(EffectivePermissions.of(ctx.services).rightsOnSite(site, ctx.caller), kind))
    throw spAccessDenied();
}

export const serverRelativeRootOf = (site: DirectorySite, list: StoredList): string =>
  `${site.serverRelativePath.replace(/\/+$/, '')}/Lists/${list.name}`;
