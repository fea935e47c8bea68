import { createLocalTokenProvider } from '../auth/localTokenProvider';
import type { TokenProvider } from '../auth/tokenProvider';
import type { AppConfig, LiveAppConfig } from './config';
import type { Persona } from './personas';

export interface TokenDeps {
  /** Local mode: the demo persona the stand-in answers as. */
  readonly persona?: Persona | null;
  /** Live mode: settles once the host (Teams, Word) is initialised, so MSAL can find the NAA bridge. */
  readonly hostReady?: Promise<unknown>;
  /** Live mode: the account the host is signed in with, so a sign-in popup opens on it. */
  readonly loginHint?: () => Promise<string | undefined>;
  /** Live mode: runs after sign-out cleared MSAL's cache. */
  readonly onSignOut?: () => void | Promise<void>;
}

/**
 * MSAL is loaded only in live mode, as its own chunk: the local demo never downloads it, and the
 * tab's first load stays within its size budget.
 */
const liveTokenProvider = async (config: LiveAppConfig, deps: TokenDeps): Promise<TokenProvider> => {
  const { createNaaTokenProvider } = await import(/* webpackChunkName: "auth" */ '../auth/naaTokenProvider');
  return createNaaTokenProvider({
    clientId: config.clientId,
    tenantId: config.tenantId,
    hostingOrigin: config.hostingOrigin,
    ...(deps.hostReady ? { hostReady: deps.hostReady } : {}),
    ...(deps.loginHint ? { loginHint: deps.loginHint } : {}),
    ...(deps.onSignOut ? { onSignOut: deps.onSignOut } : {}),
  });
};

export const tokenProviderFor = async (config: AppConfig, deps: TokenDeps): Promise<TokenProvider> => {
  if (config.mode === 'live') return liveTokenProvider(config, deps);
  const persona = deps.persona ?? null;
  if (persona === null)
    throw new Error('Local mode needs a demo persona; choose one in the persona switcher.');
  return createLocalTokenProvider(() => persona);
};
