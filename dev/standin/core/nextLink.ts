import type { RouteContext } from './router';

/** The request's own URL with a new `$skiptoken`, as Graph writes `@odata.nextLink` (absolute, `$` kept literal). */
export function nextLink(ctx: RouteContext, skipToken: string): string {
  const params = new URLSearchParams(ctx.req.query);
  params.delete('$skiptoken');
  params.delete('skiptoken');
  params.set('$skiptoken', skipToken);
  const query = [...params]
    .map(([key, value]) => `${encodeURIComponent(key).replace(/^%24/, '$')}=${encodeURIComponent(value)}`)
    .join('&');
  return `${ctx.services.baseUrl()}/v1.0${ctx.originalPath}?${query}`;
}
