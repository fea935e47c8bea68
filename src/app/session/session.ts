import type { Clock } from '../../domain';
import { clockFor } from '../clock';
import type { AppConfig } from '../config';
import { initialPersona, PERSONA_STORAGE_KEY, type Persona } from '../personas';
import type { AppServices, ServiceDeps } from '../services';

export type { Persona } from '../personas';

/** Builds the services for one signed-in user; the task pane passes a lazily loaded one. */
export type CreateServices = (config: AppConfig, deps: ServiceDeps) => Promise<AppServices>;

/** What both hosts share once the configuration is read. */
interface Configured {
  readonly config: AppConfig;
  readonly clock: Clock;
  /** The demo persona in local mode; null in live mode. */
  readonly persona: Persona | null;
}

export type SessionState =
  | { readonly status: 'starting' }
  | { readonly status: 'config-failed'; readonly error: unknown }
  | (Configured & { readonly status: 'signing-in' })
  | (Configured & { readonly status: 'signed-in'; readonly services: AppServices })
  | (Configured & { readonly status: 'sign-in-failed'; readonly error: unknown })
  | (Configured & { readonly status: 'signing-out' })
  | (Configured & { readonly status: 'signed-out' });

export type SessionStatus = SessionState['status'];

/** Every state after the configuration was read: the hosts' shells render these. */
export type ConfiguredSessionState = Exclude<SessionState, { readonly status: 'starting' | 'config-failed' }>;

export interface SessionDeps {
  loadConfig(): Promise<AppConfig>;
  readonly createServices: CreateServices;
  /** `window.location.search`: `?persona=` and `?now=` in local mode. */
  readonly search: string;
  /** sessionStorage: remembers the demo persona for this browser tab only. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Drops unsaved plan drafts, so the next person at this computer cannot see them. */
  clearDrafts(): void;
  /** What only the host knows: the account it is signed in with, when it is ready, the tab's saved ids. */
  readonly hostDeps?: Omit<ServiceDeps, 'clock' | 'persona'>;
}

/**
 * One signed-in session of IEP Planner, the same for the Teams tab and the Word task pane:
 * configuration, then the clock, then who is signing in (a demo persona locally, MSAL live), then the
 * services, until sign-out. No React here; `useSession` renders it.
 */
export interface Session {
  getState(): SessionState;
  /** Called on every change of state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Reads the configuration and signs in. Safe to call more than once. */
  start(): void;
  /** After a failed sign-in, or from the "Signed out" screen: builds the services afresh. */
  signIn(): void;
  /** Empties MSAL's cache and the plan drafts, then shows "Signed out". */
  signOut(): Promise<void>;
  /** Local demo: signs the current persona out (drafts go too) and signs the next one in. */
  switchPersona(next: Persona): Promise<void>;
}

const configuredOf = (state: SessionState): Configured | null =>
  state.status === 'starting' || state.status === 'config-failed'
    ? null
    : { config: state.config, clock: state.clock, persona: state.persona };

export const createSession = (deps: SessionDeps): Session => {
  let state: SessionState = { status: 'starting' };
  let started = false;
  // Every sign-in gets a number; an answer for an older one (the user moved on) is dropped.
  let attempt = 0;
  const listeners = new Set<() => void>();

  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const signInWith = (configured: Configured) => {
    attempt += 1;
    const mine = attempt;
    set({ ...configured, status: 'signing-in' });
    deps
      .createServices(configured.config, {
        ...deps.hostDeps,
        clock: configured.clock,
        persona: configured.persona,
      })
      .then(
        (services) => mine === attempt && set({ ...configured, status: 'signed-in', services }),
        (error: unknown) => mine === attempt && set({ ...configured, status: 'sign-in-failed', error }),
      );
  };

  const configure = async () => {
    try {
      const config = await deps.loadConfig();
      const clock = clockFor(config, deps.search);
      const persona =
        config.mode === 'local'
          ? initialPersona(config, deps.search, deps.storage?.getItem(PERSONA_STORAGE_KEY) ?? null)
          : null;
      signInWith({ config, clock, persona });
    } catch (error) {
      set({ status: 'config-failed', error });
    }
  };

  /**
   * The caller's UI leaves the signed-in pages first (status "signing-out"), so an editor that keeps
   * its draft when it closes has done so before the drafts are cleared.
   */
  const endSession = async (configured: Configured, services: AppServices | null) => {
    attempt += 1;
    set({ ...configured, status: 'signing-out' });
    try {
      await services?.signOut();
    } catch {
      // The token provider empties its cache before it reports a failure; the person still leaves.
    } finally {
      deps.clearDrafts();
    }
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (started) return;
      started = true;
      void configure();
    },
    signIn() {
      const configured = configuredOf(state);
      if (configured && (state.status === 'signed-out' || state.status === 'sign-in-failed'))
        signInWith(configured);
    },
    async signOut() {
      const configured = configuredOf(state);
      // While signing in there is nothing to sign out of yet, and the control is not offered.
      if (!configured || (state.status !== 'signed-in' && state.status !== 'sign-in-failed')) return;
      await endSession(configured, state.status === 'signed-in' ? state.services : null);
      set({ ...configured, status: 'signed-out' });
    },
    async switchPersona(next) {
      const configured = configuredOf(state);
      const settled = state.status !== 'signing-in' && state.status !== 'signing-out';
      if (!configured || configured.config.mode !== 'local' || !settled) return;
      await endSession(configured, state.status === 'signed-in' ? state.services : null);
      deps.storage?.setItem(PERSONA_STORAGE_KEY, next.email);
      signInWith({ ...configured, persona: next });
    },
  };
};
