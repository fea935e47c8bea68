import type { Configuration } from '@azure/msal-browser';

/**
 * Where MSAL may keep tokens. Deliberately not `localStorage`: pupil data is about children, and a
 * token left in localStorage outlives the tab on a shared classroom computer.
 */
export type TokenCacheLocation = 'sessionStorage' | 'memoryStorage';

/** The page the standard (non-NAA) popup returns to; it runs MSAL's redirect bridge (see redirectBridge.ts). */
export const AUTH_REDIRECT_PATH = '/auth-redirect.html';

export interface MsalSettings {
  readonly clientId: string;
  readonly tenantId: string;
  /** https origin the app is served from, e.g. `https://iep.school.example`. */
  readonly hostingOrigin: string;
  readonly cacheLocation?: TokenCacheLocation;
}

export const authRedirectUri = (hostingOrigin: string): string =>
  new URL(AUTH_REDIRECT_PATH, hostingOrigin).toString();

/**
 * One MSAL configuration for both the nested (NAA) and the standard client. The authority is the
 * school's own tenant, never `common`: the app is registered per school and must not sign in guests
 * from other organisations by accident.
 */
export const buildMsalConfiguration = (settings: MsalSettings): Configuration => ({
  auth: {
    clientId: settings.clientId,
    authority: `https://login.microsoftonline.com/${settings.tenantId}`,
    redirectUri: authRedirectUri(settings.hostingOrigin),
  },
  cache: { cacheLocation: settings.cacheLocation ?? 'sessionStorage' },
});
