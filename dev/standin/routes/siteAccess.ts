import { accessDenied, GraphError } from '../core/errors';
import type { RouteContext } from '../core/router';
import type { DirectorySite, SiteAccess } from '../directory/model';
import { EffectivePermissions } from '../sharepoint/permissions/effective';

/**
 * The site named by `{siteId}`, if the caller may do what the request needs there: 404 if it does not
 * exist, 403 if the app's grant or the user's own role falls short (Graph does not say which).
 */
export function siteFor(ctx: RouteContext, need: SiteAccess): DirectorySite {
  const wanted = (ctx.params['siteId'] ?? '').toLowerCase();
  const site = [...ctx.services.directory.sites.values()].find((s) => s.id.toLowerCase() === wanted);
  if (!site) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
  if (ctx.services.directory.allows(site, ctx.caller, need)) return site;
  // Someone granted an item or folder inside the site has Limited Access to it, enough to reach the list.
  if (need === 'read' && EffectivePermissions.of(ctx.services).hasLimitedAccess(site, ctx.caller))
    return site;
  throw accessDenied();
}

export const readableSite = (ctx: RouteContext): DirectorySite => siteFor(ctx, 'read');
