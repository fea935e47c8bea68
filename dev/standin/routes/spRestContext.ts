import { randomUUID } from 'node:crypto';
import { spOk } from '../core/spRest';
import type { RouteModule } from './module';
import { spSite } from './spSite';

/**
 * `POST _api/contextinfo`: the form digest PnPjs's RequestDigest behaviour asks for before a write when no
 * bearer token is on the request. Bearer-token calls do not need one, and the stand-in never checks it.
 */
export const registerSpContext: RouteModule = (router) => {
  router.add('POST', '/site/{sitePath}/contextinfo', (ctx) => {
    const site = spSite(ctx);
    const webUrl = `${ctx.services.baseUrl()}/_sp${site.serverRelativePath}`;
    return spOk(ctx, {
      FormDigestTimeoutSeconds: 1800,
      FormDigestValue: `0x${randomUUID().replace(/-/g, '').toUpperCase()},${new Date().toUTCString()}`,
      LibraryVersion: '16.0.0.0',
      SiteFullUrl: webUrl,
      SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
      WebFullUrl: webUrl,
    });
  });
};
