import { spfi, type SPFI } from '@pnp/sp';
import { DefaultParse, InjectHeaders, RejectOnError, ResolveOnData, type Queryable } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/sites';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { DEFAULT_BACKOFF, REAL_TIMING, type BackoffPolicy, type RetryTiming } from '../../backoff';
import { ThrottledFetch } from './throttledFetch';

export interface SharePointRestOptions {
  /** The SEN site's URL (webUrl.ts): `https://host/sites/SEN` live, `<stand-in>/_sp/sites/SEN` locally. */
  readonly webUrl: string;
  /** The product's token provider; asked for `scopes`, the SharePoint resource's own (webUrl.ts). */
  readonly getAccessToken: (scopes: readonly string[]) => Promise<string>;
  readonly scopes: readonly string[];
  /** Defaults to the global fetch; tests pass a recording one. */
  readonly fetchImpl?: typeof fetch;
  /** Attempts per request when SharePoint throttles, the first included (default 5). */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffPolicy;
  /** Defaults to real timers; tests pass their own so they never wait. */
  readonly timing?: RetryTiming;
}

/**
 * The bearer token goes to the SEN site's origin only: PnPjs follows no redirects of its own, but a
 * token for SharePoint must never reach another host whatever URL a caller builds.
 */
const BearerFor =
  (origin: string, token: () => Promise<string>) =>
  (instance: Queryable): Queryable => {
    instance.on.auth.replace(async (url: URL, init: RequestInit) => {
      const headers = { ...(init.headers as Record<string, string>) };
      delete headers['Authorization'];
      if (url.origin === origin) headers['Authorization'] = `Bearer ${await token()}`;
      return [url, { ...init, headers }];
    });
    return instance;
  };

/**
 * PnPjs set up for the SEN site: JSON in SharePoint's nometadata style (collections as `{value: [...]}`,
 * which PnPjs unwraps), a bearer token from the product's token provider, throttled requests resent as
 * SharePoint asks, and failures rejected for spErrors.ts to map. No request digest: SharePoint needs
 * none for calls with an OAuth bearer token.
 */
export const createSharePointRest = (options: SharePointRestOptions): SPFI => {
  const origin = new URL(options.webUrl).origin;
  const fetchImpl = options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  return spfi(options.webUrl).using(
    InjectHeaders({
      Accept: 'application/json;odata=nometadata',
      'Content-Type': 'application/json;odata=nometadata;charset=utf-8',
    }),
    BearerFor(origin, () => options.getAccessToken(options.scopes)),
    ThrottledFetch({
      fetchImpl,
      maxAttempts: options.maxAttempts ?? 5,
      policy: options.backoff ?? DEFAULT_BACKOFF,
      timing: options.timing ?? REAL_TIMING,
    }),
    DefaultParse(),
    RejectOnError(),
    ResolveOnData(),
  );
};
