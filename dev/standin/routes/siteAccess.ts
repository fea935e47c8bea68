import { accessDenied, GraphError } from '../core/errors';
import type { RouteContext } from '../core/router';
import type { DirectorySite } from '../directory/model';

/** The site named by `{siteId}`, if the caller may read it: 404 if it does not exist, 403 if they lack access. */
export function readableSite(ctx: RouteContext): DirectorySite {
  const wanted = (ctx.params['siteId'] ?? '').toLowerCase();
  const site = [...ctx.services.directory.sites.values()].find((s) => s.id.toLowerCase() === wanted);
  if (!site) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
  if (!ctx.services.directory.canRead(site, ctx.caller)) throw accessDenied();
  return site;
}
