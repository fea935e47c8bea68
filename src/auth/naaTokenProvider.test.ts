/** @jest-environment jsdom */
import { BrowserAuthError, InteractionRequiredAuthError, type Configuration } from '@azure/msal-browser';
import { officeLoginHint } from './hostSignals';
import { createNaaTokenProvider, type MsalFactories, type NaaTokenProviderOptions } from './naaTokenProvider';
import { GRAPH_SCOPES } from './scopes';
import { SignInError } from './signInErrors';
import { accountFor, CLIENT_ID, FakeMsal, ORIGIN, TENANT_ID, tokenResult } from './testing/fakeMsal';

type BridgeWindow = Window & { nestedAppAuthBridge?: unknown };

const interactionRequired = () =>
  new InteractionRequiredAuthError('consent_required', 'test', 'AADSTS65001: consent needed');

interface Harness {
  readonly fake: FakeMsal;
  readonly created: { kind: 'nested' | 'standard'; configuration: Configuration }[];
  readonly factories: MsalFactories;
}

const harness = (): Harness => {
  const fake = new FakeMsal();
  const created: Harness['created'] = [];
  return {
    fake,
    created,
    factories: {
      nested: async (configuration) => {
        created.push({ kind: 'nested', configuration });
        return fake;
      },
      standard: async (configuration) => {
        created.push({ kind: 'standard', configuration });
        return fake;
      },
    },
  };
};

const provider = (h: Harness, extra: Partial<NaaTokenProviderOptions> = {}) =>
  createNaaTokenProvider({
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    hostingOrigin: ORIGIN,
    msal: h.factories,
    ...extra,
  });

afterEach(() => {
  delete (window as BridgeWindow).nestedAppAuthBridge;
  sessionStorage.clear();
  localStorage.clear();
});

describe('choosing nested app authentication or the standard browser client', () => {
  it('uses NAA when the host adds the bridge while it initialises (teams-js app.initialize)', async () => {
    const h = harness();
    h.fake.onSilent = async () => tokenResult('naa-token', accountFor('ann@school.example'));
    // The bridge only appears once the host is ready, as it does with teams-js.
    const hostReady = Promise.resolve().then(() => {
      (window as BridgeWindow).nestedAppAuthBridge = {
        postMessage: () => undefined,
        addEventListener: () => undefined,
      };
    });
    const tokens = provider(h, { hostReady });

    await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe('naa-token');
    expect(h.created.map((c) => c.kind)).toEqual(['nested']);
    expect(tokens.mode()).toBe('nested');
    expect(h.fake.popupRequests).toHaveLength(0);
  });

  it('falls back to the standard client with the /auth-redirect.html redirect URI outside a host', async () => {
    const h = harness();
    h.fake.onPopup = async () => tokenResult('browser-token', accountFor('ann@school.example'));
    const hostReady = Promise.reject(new Error('No Parent window found'));
    const tokens = provider(h, { hostReady });

    await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe('browser-token');
    expect(h.created).toHaveLength(1);
    const [only] = h.created;
    expect(only?.kind).toBe('standard');
    expect(only?.configuration.auth.redirectUri).toBe(`${ORIGIN}/auth-redirect.html`);
    expect(only?.configuration.auth.authority).toBe(`https://login.microsoftonline.com/${TENANT_ID}`);
    expect(only?.configuration.cache?.cacheLocation).toBe('sessionStorage');
  });

  it('never configures MSAL to cache in localStorage, whichever cache the caller picks', async () => {
    const h = harness();
    h.fake.onSilent = async () => tokenResult('t', accountFor('ann@school.example'));
    (window as BridgeWindow).nestedAppAuthBridge = {};
    await provider(h, { cacheLocation: 'memoryStorage' }).getAccessToken(GRAPH_SCOPES.base);
    expect(h.created[0]?.configuration.cache?.cacheLocation).toBe('memoryStorage');
  });

  it('reports a client that cannot be created as a sign-in error, and tries again next time', async () => {
    const h = harness();
    let failures = 1;
    const factories: MsalFactories = {
      ...h.factories,
      standard: async (configuration) => {
        if (failures-- > 0) throw new BrowserAuthError('crypto_nonexistent', 'test');
        return h.factories.standard(configuration);
      },
    };
    h.fake.accounts = [accountFor('ann@school.example')];
    h.fake.onSilent = async () => tokenResult('second-try', accountFor('ann@school.example'));
    const tokens = createNaaTokenProvider({
      clientId: CLIENT_ID,
      tenantId: TENANT_ID,
      hostingOrigin: ORIGIN,
      msal: factories,
    });

    await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).rejects.toMatchObject({
      name: 'SignInError',
      reason: 'host',
    });
    await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe('second-try');
  });
});

describe('silent first, popup only when interaction is required', () => {
  const nestedHarness = () => {
    (window as BridgeWindow).nestedAppAuthBridge = {};
    return harness();
  };

  it('opens a popup for the same scopes when the silent call says interaction is required', async () => {
    const h = nestedHarness();
    h.fake.onSilent = () => Promise.reject(interactionRequired());
    h.fake.onPopup = async () => tokenResult('after-consent', accountFor('ann@school.example'));

    await expect(provider(h).getAccessToken(GRAPH_SCOPES.calendar)).resolves.toBe('after-consent');
    expect(h.fake.popupRequests).toHaveLength(1);
    expect(h.fake.popupRequests[0]?.scopes).toEqual([...GRAPH_SCOPES.calendar]);
  });

  it('does not open a popup when the silent call fails for another reason, and says what to do', async () => {
    const h = nestedHarness();
    h.fake.onSilent = () => Promise.reject(new BrowserAuthError('no_network_connectivity', 'test'));

    const failure = provider(h).getAccessToken(GRAPH_SCOPES.base);
    await expect(failure).rejects.toBeInstanceOf(SignInError);
    await expect(failure).rejects.toMatchObject({
      reason: 'offline',
      advice: expect.stringContaining('Check your internet connection'),
    });
    expect(h.fake.popupRequests).toHaveLength(0);
  });

  it('does not open a popup for an unexpected error either', async () => {
    const h = nestedHarness();
    h.fake.onSilent = () => Promise.reject(new TypeError('bridge exploded'));

    await expect(provider(h).getAccessToken(GRAPH_SCOPES.base)).rejects.toMatchObject({ reason: 'unknown' });
    expect(h.fake.popupRequests).toHaveLength(0);
  });

  it('explains a cancelled or blocked popup', async () => {
    const h = nestedHarness();
    h.fake.onSilent = () => Promise.reject(interactionRequired());
    h.fake.onPopup = () => Promise.reject(new BrowserAuthError('user_cancelled', 'test'));
    await expect(provider(h).getAccessToken(GRAPH_SCOPES.base)).rejects.toMatchObject({
      reason: 'cancelled',
    });

    const blocked = nestedHarness();
    blocked.fake.onSilent = () => Promise.reject(interactionRequired());
    blocked.fake.onPopup = () => Promise.reject(new BrowserAuthError('popup_window_error', 'test'));
    await expect(provider(blocked).getAccessToken(GRAPH_SCOPES.base)).rejects.toMatchObject({
      reason: 'popup-blocked',
      advice: expect.stringContaining('Allow pop-ups'),
    });
  });

  it('asks for calendar scopes only when they are first needed (incremental consent)', async () => {
    const h = nestedHarness();
    const ann = accountFor('ann@school.example');
    h.fake.onSilent = async (request) => {
      if (request.scopes.includes('Calendars.ReadWrite')) throw interactionRequired();
      return tokenResult('lists-token', ann);
    };
    h.fake.onPopup = async () => tokenResult('calendar-token', ann);
    const tokens = provider(h);

    await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe('lists-token');
    expect(h.fake.popupRequests).toHaveLength(0);
    await expect(tokens.getAccessToken(GRAPH_SCOPES.calendar)).resolves.toBe('calendar-token');
    expect(h.fake.popupRequests.map((r) => r.scopes)).toEqual([[...GRAPH_SCOPES.calendar]]);
  });

  it('opens one popup when several requests need interaction at once', async () => {
    const h = nestedHarness();
    const ann = accountFor('ann@school.example');
    let consented = false;
    h.fake.onSilent = async () => {
      if (!consented) throw interactionRequired();
      return tokenResult('cached-after-popup', ann);
    };
    h.fake.onPopup = async () => {
      consented = true;
      h.fake.accounts = [ann];
      return tokenResult('from-popup', ann);
    };
    const tokens = provider(h);

    const results = await Promise.all([
      tokens.getAccessToken(GRAPH_SCOPES.base),
      tokens.getAccessToken(GRAPH_SCOPES.base),
    ]);
    expect(results.sort()).toEqual(['cached-after-popup', 'from-popup']);
    expect(h.fake.popupRequests).toHaveLength(1);
  });

  it('signs in with a popup straight away in a plain browser where nobody has signed in yet', async () => {
    const h = harness();
    h.fake.onPopup = async () => tokenResult('first-sign-in', accountFor('ann@school.example'));

    await expect(provider(h).getAccessToken(GRAPH_SCOPES.base)).resolves.toBe('first-sign-in');
    expect(h.fake.silentRequests).toHaveLength(0);
    expect(h.fake.popupRequests).toHaveLength(1);
  });
});

describe('login hint from the host', () => {
  const wordHost = (upn: string) => {
    const getAuthContext = jest.fn(async () => ({ userPrincipalName: upn }));
    return {
      office: {
        context: {
          requirements: {
            isSetSupported: (name: string, version?: string) => name === 'NestedAppAuth' && version === '1.1',
          },
        },
        auth: { getAuthContext },
      },
      getAuthContext,
    };
  };

  it("uses Word's signed-in account for the silent call and as the popup's login hint", async () => {
    (window as BridgeWindow).nestedAppAuthBridge = {};
    const h = harness();
    const other = accountFor('someone.else@school.example', 'Someone Else');
    const ann = accountFor('ann@school.example');
    h.fake.accounts = [other, ann];
    h.fake.onSilent = () => Promise.reject(interactionRequired());
    h.fake.onPopup = async () => tokenResult('hinted', ann);
    const { office, getAuthContext } = wordHost('ann@school.example');

    await provider(h, { loginHint: officeLoginHint(office) }).getAccessToken(GRAPH_SCOPES.base);

    expect(getAuthContext).toHaveBeenCalledTimes(1);
    expect(h.fake.silentRequests[0]?.account?.username).toBe('ann@school.example');
    expect(h.fake.popupRequests[0]?.loginHint).toBe('ann@school.example');
  });

  it('reports the signed-in account for display from the last token', async () => {
    (window as BridgeWindow).nestedAppAuthBridge = {};
    const h = harness();
    h.fake.onSilent = async () => tokenResult('t', accountFor('ann@school.example', 'Ann Teacher'));
    const tokens = provider(h);

    await tokens.getAccessToken(GRAPH_SCOPES.base);
    await expect(tokens.getAccount()).resolves.toEqual({ name: 'Ann Teacher', email: 'ann@school.example' });
  });
});

describe('signing out', () => {
  it("clears MSAL's session cache, keeps other session data for the app to handle, and calls onSignOut", async () => {
    const h = harness();
    const ann = accountFor('ann@school.example');
    h.fake.accounts = [ann];
    h.fake.onSilent = async () => tokenResult('t', ann);
    const onSignOut = jest.fn(() => sessionStorage.removeItem('iep-draft:plan-1'));
    const tokens = provider(h, { onSignOut });
    await tokens.getAccessToken(GRAPH_SCOPES.base);
    sessionStorage.setItem('msal.3|home|login.windows.net|accesstoken|x', '{"secret":"eyJhbGciOi"}');
    sessionStorage.setItem('iep-draft:plan-1', '{"text":"draft"}');
    sessionStorage.setItem('unrelated', 'kept');

    await tokens.signOut();

    expect(h.fake.clearCacheCalls).toBe(1);
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(Object.keys(sessionStorage)).toEqual(['unrelated']);
    expect(tokens.mode()).toBeNull();
  });

  it('does not call clearCache on an NAA client (unsupported there) but still purges and calls onSignOut', async () => {
    (window as BridgeWindow).nestedAppAuthBridge = {};
    const h = harness();
    h.fake.onSilent = async () => tokenResult('t', accountFor('ann@school.example'));
    const onSignOut = jest.fn();
    const tokens = provider(h, { onSignOut });
    await tokens.getAccessToken(GRAPH_SCOPES.base);
    sessionStorage.setItem('msal.3.token.keys.x', '[]');

    await tokens.signOut();
    expect(h.fake.clearCacheCalls).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(onSignOut).toHaveBeenCalledTimes(1);

    // The next request builds a fresh client rather than reusing the signed-out one.
    await tokens.getAccessToken(GRAPH_SCOPES.base);
    expect(h.created).toHaveLength(2);
  });

  it("removes MSAL's notes from localStorage too, and only MSAL's", async () => {
    const h = harness();
    const ann = accountFor('ann@school.example');
    h.fake.accounts = [ann];
    h.fake.onSilent = async () => tokenResult('t', ann);
    const tokens = provider(h);
    await tokens.getAccessToken(GRAPH_SCOPES.base);
    // msal-browser 5's standard client writes this to localStorage whatever the cache location.
    localStorage.setItem('msal.browser.sso.capable', '{"value":true}');
    localStorage.setItem('unrelated', 'kept');

    await tokens.signOut();

    expect(Object.keys(localStorage)).toEqual(['unrelated']);
    localStorage.clear();
  });

  it('leaves nothing in localStorage after signing in, calling Graph scopes and signing out', async () => {
    (window as BridgeWindow).nestedAppAuthBridge = {};
    const h = harness();
    const ann = accountFor('ann@school.example');
    h.fake.onSilent = async (request) => {
      if (request.scopes.includes('Calendars.ReadWrite')) throw interactionRequired();
      return tokenResult('eyJ0eXAiOiJKV1Qi.base', ann);
    };
    h.fake.onPopup = async () => tokenResult('eyJ0eXAiOiJKV1Qi.calendar', ann);
    const tokens = provider(h);
    await tokens.getAccessToken(GRAPH_SCOPES.base);
    await tokens.getAccessToken(GRAPH_SCOPES.calendar);
    await tokens.getAccount();
    await tokens.signOut();
    expect(localStorage.length).toBe(0);
  });
});
