/**
 * Where PnPjs sends the SEN site's SharePoint REST calls. The configured site is `hostname:/sites/SEN`
 * (Graph's site address); SharePoint's own API lives under the site's URL, `https://hostname/sites/SEN/_api`.
 */
export interface SenSitePath {
  readonly hostname: string;
  /** Server-relative, starting with `/`, without a trailing `/`. */
  readonly serverRelativePath: string;
}

/** The host and path of a `hostname:/path` site address; null for a site id, which carries no path. */
export const senSitePathOf = (senSite: string): SenSitePath | null => {
  const match = /^([^:/,]+):(\/[^:]*?)\/?:?$/.exec(senSite.trim());
  if (!match) return null;
  return { hostname: match[1] as string, serverRelativePath: match[2] as string };
};

/** The path of a site's web URL as Graph gives it (`webUrl`), for a site configured by its id. */
const pathOfWebUrl = (webUrl: string): SenSitePath => {
  const url = new URL(webUrl);
  return { hostname: url.hostname, serverRelativePath: url.pathname.replace(/\/$/, '') };
};

const siteOf = (senSite: string, resolvedWebUrl?: string): SenSitePath => {
  const path = senSitePathOf(senSite) ?? (resolvedWebUrl ? pathOfWebUrl(resolvedWebUrl) : null);
  if (!path) {
    throw new Error(
      `The SEN site "${senSite}" has no path; configure it as hostname:/sites/Name or pass its web URL.`,
    );
  }
  return path;
};

/** Live: the site's own URL in the tenant, e.g. `https://contoso.sharepoint.com/sites/SEN`. */
export const liveWebUrl = (senSite: string, resolvedWebUrl?: string): string => {
  const site = siteOf(senSite, resolvedWebUrl);
  return `https://${site.hostname}${site.serverRelativePath}`;
};

/**
 * Local: the stand-in answers SharePoint REST under `_sp` followed by the site's path, beside its Graph
 * routes, e.g. `http://127.0.0.1:3978/_sp/sites/SEN`.
 */
export const localWebUrl = (graphBaseUrl: string, senSite: string, resolvedWebUrl?: string): string => {
  const base = graphBaseUrl.endsWith('/') ? graphBaseUrl : `${graphBaseUrl}/`;
  return `${base}_sp${siteOf(senSite, resolvedWebUrl).serverRelativePath}`;
};

/**
 * The delegated scope a SharePoint REST token is asked for. A token has one audience, so SharePoint's
 * API needs its own token, not Graph's: the SharePoint resource's delegated `Sites.Selected` keeps the
 * app to the sites an administrator selected, with the same grant Graph uses, intersected with the
 * user's own rights ("SharePoint now supports delegated Sites.Selected authentication",
 * https://devblogs.microsoft.com/microsoft365dev/sharepoint-now-supports-delegated-sites-selected-authentication/).
 * `AllSites.Write` would reach every site the user can; it is never asked for.
 */
export const sharePointScopes = (webUrl: string): readonly string[] => [
  `${new URL(webUrl).origin}/Sites.Selected`,
];
