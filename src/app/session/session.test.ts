import { LIVE_CONFIG, LOCAL_CONFIG } from '../../../test/support/appConfigs';
import type { AppConfig } from '../config';
import { ConfigError } from '../loadConfig';
import type { AppServices, ServiceDeps } from '../services';
import { createSession, type SessionDeps, type SessionState } from './session';

const LOCAL = LOCAL_CONFIG;
const LIVE = LIVE_CONFIG;

/**
 * One browser tab's session storage, shared by the fake token cache and the drafts, so the tests
 * can read what a person at the computer could read afterwards.
 */
const tabStorage = () => new Map<string, string>();

interface Built {
  readonly deps: ServiceDeps;
  readonly services: AppServices;
}

const harness = (config: AppConfig, overrides: Partial<SessionDeps> = {}) => {
  const storage = tabStorage();
  const built: Built[] = [];
  let failNext: unknown = null;
  const deps: SessionDeps = {
    loadConfig: () => Promise.resolve(config),
    createServices: (_config, serviceDeps) => {
      if (failNext !== null) {
        const error = failNext;
        failNext = null;
        return Promise.reject(error);
      }
      const who = serviceDeps.persona?.email ?? 'live@school.example';
      // What MSAL would keep after signing in: an access token in session storage.
      storage.set(`msal.token.${who}`, `token-for-${who}`);
      const services = {
        mode: config.mode,
        currentUser: { name: who, email: who },
        signOut: async () => {
          for (const key of [...storage.keys()]) if (key.startsWith('msal.')) storage.delete(key);
        },
      } as unknown as AppServices;
      built.push({ deps: serviceDeps, services });
      return Promise.resolve(services);
    },
    search: '',
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    clearDrafts: () => {
      for (const key of [...storage.keys()]) if (key.startsWith('iep-draft:')) storage.delete(key);
    },
    ...overrides,
  };
  const session = createSession(deps);
  const seen: SessionState['status'][] = [];
  session.subscribe(() => seen.push(session.getState().status));
  return {
    session,
    storage,
    built,
    seen,
    failNextSignIn: (error: unknown) => void (failNext = error),
  };
};

/** Resolves once the session reaches `status` (every step here settles within a few microtasks). */
const settled = async (session: ReturnType<typeof createSession>, status: SessionState['status']) => {
  for (let i = 0; i < 20 && session.getState().status !== status; i++) await Promise.resolve();
  expect(session.getState().status).toBe(status);
  return session.getState();
};

describe('session', () => {
  it('reads the configuration, picks the clock and the persona, and signs in', async () => {
    const h = harness(LOCAL, { search: '?persona=teacher@school.example&now=2026-11-24T09:00:00Z' });
    h.session.start();
    h.session.start();
    const state = await settled(h.session, 'signed-in');
    expect(h.seen).toEqual(['signing-in', 'signed-in']);
    expect(h.built).toHaveLength(1);
    expect(h.built[0]?.deps.persona?.email).toBe('teacher@school.example');
    expect(h.built[0]?.deps.clock.now().toISOString()).toBe('2026-11-24T09:00:00.000Z');
    expect(state.status === 'signed-in' && state.services.currentUser.email).toBe('teacher@school.example');
  });

  it('passes what the host knows (login hint, host ready) to the services', async () => {
    const loginHint = () => Promise.resolve('ann@school.example');
    const h = harness(LIVE, { hostDeps: { loginHint } });
    h.session.start();
    await settled(h.session, 'signed-in');
    expect(h.built[0]?.deps.loginHint).toBe(loginHint);
    expect(h.built[0]?.deps.persona).toBeNull();
  });

  it('says what is wrong with the configuration and does not sign in', async () => {
    const h = harness(LOCAL, { loadConfig: () => Promise.reject(new ConfigError(['senSite is required'])) });
    h.session.start();
    const state = await settled(h.session, 'config-failed');
    expect(state.status === 'config-failed' && state.error).toBeInstanceOf(ConfigError);
    expect(h.built).toHaveLength(0);
  });

  it('signing out empties the token cache and the drafts, and shows "signed out"', async () => {
    const h = harness(LIVE);
    h.session.start();
    await settled(h.session, 'signed-in');
    h.storage.set('iep-draft:abc:plan-1', '{"edited":"Reads 20 words"}');
    h.storage.set('unrelated', 'kept');

    await h.session.signOut();

    expect(h.session.getState().status).toBe('signed-out');
    expect(h.seen.slice(-2)).toEqual(['signing-out', 'signed-out']);
    expect([...h.storage.keys()]).toEqual(['unrelated']);
  });

  it('signing in again builds new services rather than reusing the signed-out ones', async () => {
    const h = harness(LIVE);
    h.session.start();
    const before = await settled(h.session, 'signed-in');
    await h.session.signOut();

    h.session.signIn();
    const after = await settled(h.session, 'signed-in');

    expect(h.built).toHaveLength(2);
    expect(after.status === 'signed-in' && after.services).not.toBe(
      before.status === 'signed-in' && before.services,
    );
    expect(h.storage.get('msal.token.live@school.example')).toBe('token-for-live@school.example');
  });

  it('switching persona signs the old one out, clears drafts, remembers and signs in the new one', async () => {
    const h = harness(LOCAL);
    h.session.start();
    await settled(h.session, 'signed-in');
    h.storage.set('iep-draft:abc:plan-1', '{"edited":"Reads 20 words"}');
    const teacher = LOCAL.personas[1];
    if (!teacher) throw new Error('fixture');

    await h.session.switchPersona(teacher);
    const state = await settled(h.session, 'signed-in');

    expect(h.storage.has('iep-draft:abc:plan-1')).toBe(false);
    expect(h.storage.has('msal.token.senco@school.example')).toBe(false);
    expect(h.storage.get('iep-persona')).toBe('teacher@school.example');
    expect(state.status === 'signed-in' && state.persona?.email).toBe('teacher@school.example');
    expect(h.built.map((b) => b.deps.persona?.email)).toEqual([
      'senco@school.example',
      'teacher@school.example',
    ]);
  });

  it('after a failed sign-in, signing in again retries and signing out still clears drafts', async () => {
    const h = harness(LIVE);
    h.failNextSignIn(new Error('popup_window_error'));
    h.session.start();
    await settled(h.session, 'sign-in-failed');
    h.session.signIn();
    await settled(h.session, 'signed-in');

    h.failNextSignIn(new Error('popup_window_error'));
    await h.session.signOut();
    h.session.signIn();
    await settled(h.session, 'sign-in-failed');
    h.storage.set('iep-draft:abc:plan-1', '{}');
    await h.session.signOut();
    expect(h.session.getState().status).toBe('signed-out');
    expect(h.storage.has('iep-draft:abc:plan-1')).toBe(false);
  });

  it('still clears drafts and leaves when the token provider reports a failure signing out', async () => {
    const h = harness(LIVE, {});
    h.session.start();
    const state = await settled(h.session, 'signed-in');
    if (state.status !== 'signed-in') throw new Error('fixture');
    (state.services as { signOut: () => Promise<void> }).signOut = () =>
      Promise.reject(new Error('clearCache failed'));
    h.storage.set('iep-draft:abc:plan-1', '{}');

    await h.session.signOut();

    expect(h.session.getState().status).toBe('signed-out');
    expect(h.storage.has('iep-draft:abc:plan-1')).toBe(false);
  });

  it('live mode has no persona to switch to', async () => {
    const h = harness(LIVE);
    h.session.start();
    await settled(h.session, 'signed-in');
    await h.session.switchPersona({ name: 'X', email: 'x@school.example', role: 'SENCO' });
    expect(h.session.getState().status).toBe('signed-in');
    expect(h.built).toHaveLength(1);
  });
});
