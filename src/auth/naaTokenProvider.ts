import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
  type PopupRequest,
  type SilentRequest,
} from '@azure/msal-browser';
import { memoise } from '../domain/memoise';
import { hasNaaBridge } from './hostSignals';
import { buildMsalConfiguration, type MsalSettings } from './msalConfig';
import { isInteractionRequired, SignInError, toSignInError } from './signInErrors';
import type { TokenProvider } from './tokenProvider';

/** The part of MSAL's application object this provider uses; tests hand in a fake of this shape. */
export type MsalClient = Pick<
  IPublicClientApplication,
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'getActiveAccount'
  | 'getAllAccounts'
  | 'getAccount'
  | 'clearCache'
>;

export interface MsalFactories {
  /** Nested app authentication through the host's bridge (Teams, Word). */
  nested(configuration: Configuration): Promise<MsalClient>;
  /** A plain single-page-app client: popups to login.microsoftonline.com and back to /auth-redirect.html. */
  standard(configuration: Configuration): Promise<MsalClient>;
}

export const msalFactories: MsalFactories = {
  nested: (configuration) => createNestablePublicClientApplication(configuration),
  standard: (configuration) => createStandardPublicClientApplication(configuration),
};

export type SignInMode = 'nested' | 'standard';

export interface NaaTokenProviderOptions extends MsalSettings {
  /**
   * Settles when the host is ready: in Teams `app.initialize()` (teams-js adds the NAA bridge there), in
   * Word `Office.onReady()`. A rejection means "not inside a host" and selects the standard client.
   */
  readonly hostReady?: Promise<unknown>;
  /** Defaults to looking for `window.nestedAppAuthBridge`. */
  readonly bridgeAvailable?: () => boolean;
  /** The account the host is signed in with (see officeLoginHint / teamsLoginHint). */
  readonly loginHint?: () => Promise<string | undefined>;
  /** Runs after MSAL's cache is cleared, e.g. to drop drafts kept in session storage. */
  readonly onSignOut?: () => void | Promise<void>;
  readonly msal?: MsalFactories;
  /** Where MSAL's session cache lives; defaults to `window.sessionStorage`. */
  readonly sessionStorage?: Storage;
  /** Defaults to `window.localStorage`: MSAL keeps no token there, but does keep a note (see signOut). */
  readonly localStorage?: Storage;
}

export interface NaaTokenProvider extends TokenProvider {
  /** Which MSAL client is in use, once one has been created. */
  mode(): SignInMode | null;
}

const MSAL_KEY_PREFIX = 'msal.';

const browserStorage = (kind: 'sessionStorage' | 'localStorage'): Storage | undefined => {
  try {
    return typeof window === 'undefined' ? undefined : window[kind];
  } catch {
    // Sandboxed frames may refuse storage access; then MSAL cannot have written there either.
    return undefined;
  }
};

/** Removes every MSAL entry (accounts, id/access/refresh tokens, interaction state) from one storage. */
const purgeMsalEntries = (storage: Storage | undefined): void => {
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(MSAL_KEY_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
};

/**
 * The TokenProvider for the live app, shared by the Teams tab and the Word task pane.
 *
 * Tokens come from MSAL silently; a popup opens only when MSAL says interaction is required (a new
 * scope to consent to, an expired session) or, in a plain browser, when nobody has signed in yet.
 * Any other failure becomes a SignInError whose advice the UI shows, without a popup.
 */
export const createNaaTokenProvider = (options: NaaTokenProviderOptions): NaaTokenProvider => {
  const factories = options.msal ?? msalFactories;
  const storages = () => [
    options.sessionStorage ?? browserStorage('sessionStorage'),
    options.localStorage ?? browserStorage('localStorage'),
  ];
  let mode: SignInMode | null = null;
  let lastAccount: AccountInfo | null = null;
  let interactionQueue: Promise<unknown> = Promise.resolve();
  let finishedPopups = 0;

  const createClient = async (): Promise<MsalClient> => {
    if (options.hostReady) {
      // teams-js rejects app.initialize() outside Teams; that only means there is no bridge to use.
      await options.hostReady.catch(() => undefined);
    }
    const nested = (options.bridgeAvailable ?? hasNaaBridge)();
    const configuration = buildMsalConfiguration(options);
    const client = nested ? await factories.nested(configuration) : await factories.standard(configuration);
    mode = nested ? 'nested' : 'standard';
    return client;
  };

  const ensureClient = memoise(() =>
    createClient().catch((error: unknown) => {
      throw toSignInError(error);
    }),
  );

  const loginHint = memoise(() => (options.loginHint ? options.loginHint() : Promise.resolve(undefined)));

  const accountFor = (client: MsalClient, hint: string | undefined): AccountInfo | null =>
    (hint ? client.getAccount({ username: hint }) : null) ??
    client.getActiveAccount() ??
    client.getAllAccounts()[0] ??
    null;

  const accept = (result: AuthenticationResult): string => {
    if (!result.accessToken) throw new SignInError('unknown', 'empty_response');
    lastAccount = result.account;
    return result.accessToken;
  };

  const silent = (client: MsalClient, scopes: string[], account: AccountInfo | null) => {
    const request: SilentRequest = account ? { scopes, account } : { scopes };
    return client.acquireTokenSilent(request);
  };

  const popup = (client: MsalClient, scopes: string[], hint: string | undefined) => {
    const request: PopupRequest = hint ? { scopes, loginHint: hint } : { scopes };
    return client.acquireTokenPopup(request).catch((error: unknown) => {
      throw toSignInError(error);
    });
  };

  /**
   * Runs a popup, one at a time (two at once fail with interaction_in_progress). `seen` is the number
   * of popups finished when the caller's silent attempt failed: if another caller's popup has finished
   * since, it may already cover these scopes, so silent is tried once more before opening a window.
   */
  const interactively = (client: MsalClient, scopes: string[], hint: string | undefined, seen: number) => {
    const run = async (): Promise<string> => {
      const account = accountFor(client, hint);
      if (account && finishedPopups !== seen) {
        try {
          return accept(await silent(client, scopes, account));
        } catch (error) {
          if (!isInteractionRequired(error)) throw toSignInError(error);
        }
      }
      const token = accept(await popup(client, scopes, hint));
      finishedPopups += 1;
      return token;
    };
    const next = interactionQueue.then(run, run);
    interactionQueue = next.catch(() => undefined);
    return next;
  };

  return {
    mode: () => mode,

    async getAccessToken(requested) {
      const scopes = [...requested];
      const seen = finishedPopups;
      const client = await ensureClient();
      const hint = await loginHint();
      const account = accountFor(client, hint);
      // A plain browser tab with no account has nobody signed in yet: signing in is the interaction.
      if (mode === 'standard' && !account) return interactively(client, scopes, hint, seen);
      try {
        return accept(await silent(client, scopes, account));
      } catch (error) {
        if (!isInteractionRequired(error)) throw toSignInError(error);
      }
      return interactively(client, scopes, hint, seen);
    },

    async getAccount() {
      const client = await ensureClient();
      const account = lastAccount ?? accountFor(client, await loginHint());
      return account ? { name: account.name ?? account.username, email: account.username } : null;
    },

    /**
     * Signs this app out on this device, without ending the person's Microsoft 365 session. The standard
     * client's `clearCache` is MSAL's local-only logout (logoutPopup/logoutRedirect would also sign the
     * person out of Teams, Outlook and every other Microsoft tab: see
     * https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/logout.md).
     * The nested (NAA) client in msal-browser 5 throws "unsupported" from clearCache, logoutPopup and
     * logoutRedirect alike (NestedAppAuthController): the host owns the account. Its cache lives in the
     * same storage under MSAL's "msal." prefix, so that is emptied here for both clients, in local
     * storage as well, where the standard client keeps its "msal.browser.sso.capable" note.
     */
    async signOut() {
      // A client that never got created has cached nothing, so its creation error is not ours to report here.
      const created = ensureClient.peek();
      const client = created ? await created.catch(() => null) : null;
      try {
        if (client && mode === 'standard') await client.clearCache();
      } finally {
        storages().forEach(purgeMsalEntries);
        ensureClient.forget();
        loginHint.forget();
        lastAccount = null;
        mode = null;
        await options.onSignOut?.();
      }
    },
  };
};
