import { ok } from '../core/http';
import { applySelect, odataContext, parseSelect } from '../core/odataQuery';
import { siteWebUrl, type DirectorySite } from '../directory/model';
import type { RouteModule } from './module';
import { readableSite } from './siteAccess';

/** `/sites/{hostname}:/{server-relative-path}` optionally followed by `:/rest/of/path`. */
const PATH_FORM = /^\/sites\/([^/:]+):(\/[^:]*?)\/?(?::(\/.*)?)?$/;

export const toGraphSite = (site: DirectorySite): Record<string, unknown> => ({
  createdDateTime: site.createdDateTime,
  description: site.description,
  id: site.id,
  lastModifiedDateTime: site.createdDateTime,
  name: site.name,
  webUrl: siteWebUrl(site),
  displayName: site.displayName,
  siteCollection: { hostname: site.hostname },
});

export const registerSites: RouteModule = (router, services) => {
  // Graph addresses a site by path as well as by id; both reach the same handlers.
  router.addRewrite((path) => {
    const match = PATH_FORM.exec(path.replace(/%3A/gi, ':'));
    if (!match) return null;
    const [, host = '', serverPath = '', rest = ''] = match;
    let decodedPath: string;
    try {
      decodedPath = decodeURIComponent(serverPath);
    } catch {
      return null;
    }
    const site = services.directory.findSiteByPath(host, decodedPath);
    const id = site ? site.id : `${host}:${serverPath}`;
    return `/sites/${encodeURIComponent(id)}${rest}`;
  });

  router.add('GET', '/sites/{siteId}', (ctx) => {
    const site = readableSite(ctx);
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'sites/$entity'),
      ...applySelect(toGraphSite(site), parseSelect(ctx.req.query)),
    });
  });
};
