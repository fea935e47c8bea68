/**
 * What the sign-in code needs to know about its host, behind small injectable functions so the same
 * provider serves the Teams tab, the Word task pane and a plain browser, and tests need neither
 * teams-js nor Office.js.
 */

/**
 * True when the host has put a nested-app-auth bridge on the window. Teams' teams-js adds it during
 * `app.initialize()`; Office adds it for add-ins in hosts that support NAA. MSAL looks for the same object.
 */
export const hasNaaBridge = (
  win: object | undefined = typeof window === 'undefined' ? undefined : window,
): boolean => win !== undefined && (win as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge != null;

/** The slice of Office.js this module reads; structurally typed so the Office global is never imported here. */
export interface OfficeAuthHost {
  readonly context?: {
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly auth?: { readonly getAuthContext?: () => Promise<{ readonly userPrincipalName?: string }> };
}

/**
 * A login hint from Word: `Office.auth.getAuthContext()` (requirement set NestedAppAuth 1.1) names the
 * account Office is signed in with, so a popup opens on that account instead of an account picker.
 * A hint only saves a click, so a host without the API, or one that refuses, yields no hint.
 */
export const officeLoginHint =
  (office: OfficeAuthHost | undefined) => async (): Promise<string | undefined> => {
    const requirements = office?.context?.requirements;
    if (!requirements || typeof requirements.isSetSupported !== 'function') return undefined;
    if (!requirements.isSetSupported('NestedAppAuth', '1.1')) return undefined;
    const getAuthContext = office?.auth?.getAuthContext;
    if (typeof getAuthContext !== 'function') return undefined;
    try {
      const context = await getAuthContext.call(office?.auth);
      return context.userPrincipalName?.trim() || undefined;
    } catch {
      // Optional optimisation: without a hint MSAL still signs the user in, it just asks which account.
      return undefined;
    }
  };

/** The slice of teams-js `app.getContext()` used for a hint; the tab passes `() => app.getContext()`. */
export interface TeamsUserContext {
  readonly user?: { readonly loginHint?: string; readonly userPrincipalName?: string };
}

/** A login hint from Teams' context (the tab calls teams-js; this module never imports it). */
export const teamsLoginHint =
  (getContext: () => Promise<TeamsUserContext>) => async (): Promise<string | undefined> => {
    try {
      const context = await getContext();
      return context.user?.loginHint?.trim() || context.user?.userPrincipalName?.trim() || undefined;
    } catch {
      // As for Office: a missing hint costs one account-picker click, never a failed sign-in.
      return undefined;
    }
  };
