/** @jest-environment jsdom */
import { webcrypto } from 'node:crypto';
import { TextDecoder, TextEncoder } from 'node:util';
import {
  createStandardPublicClientApplication,
  type AuthenticationResult,
  type PopupRequest,
} from '@azure/msal-browser';
import type { TokenCacheLocation } from './msalConfig';
import { createNaaTokenProvider, type MsalFactories } from './naaTokenProvider';
import { GRAPH_SCOPES } from './scopes';
import { CLIENT_ID, ORIGIN, TENANT_ID } from './testing/fakeMsal';

/*
 * The real MSAL standard client, with only the popup replaced: instead of a window to Microsoft, the
 * "server" answer is written through MSAL's own hydrateCache, so the cache MSAL would keep after a real
 * sign-in is exactly what these tests inspect. jsdom lacks WebCrypto and TextEncoder, which MSAL needs.
 */
Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
Object.assign(globalThis, { TextEncoder, TextDecoder });

const OBJECT_ID = '33333333-3333-4333-8333-333333333333';
const ACCESS_TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-access-token-body.sig';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const serverAnswer = (request: PopupRequest): AuthenticationResult => {
  const now = Math.floor(Date.now() / 1000);
  const idToken = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: 'Ann Teacher',
    oid: OBJECT_ID,
    preferred_username: 'ann@school.example',
    sub: 'subject',
    tid: TENANT_ID,
    ver: '2.0',
  })}.`;
  const account = {
    homeAccountId: `${OBJECT_ID}.${TENANT_ID}`,
    environment: 'login.windows.net',
    tenantId: TENANT_ID,
    username: 'ann@school.example',
    localAccountId: OBJECT_ID,
    name: 'Ann Teacher',
    idToken,
  };
  return {
    authority: `https://login.microsoftonline.com/${TENANT_ID}/`,
    uniqueId: OBJECT_ID,
    tenantId: TENANT_ID,
    scopes: request.scopes,
    account,
    idToken,
    idTokenClaims: {},
    accessToken: ACCESS_TOKEN,
    fromCache: false,
    expiresOn: new Date(Date.now() + 3600_000),
    tokenType: 'Bearer',
    correlationId: 'test',
  } as AuthenticationResult;
};

const realMsal = (popups: PopupRequest[]): MsalFactories => ({
  nested: () => Promise.reject(new Error('these tests run outside a host')),
  standard: async (configuration) => {
    const pca = await createStandardPublicClientApplication(configuration);
    return {
      acquireTokenSilent: (request) => pca.acquireTokenSilent(request),
      getActiveAccount: () => pca.getActiveAccount(),
      getAllAccounts: (filter) => pca.getAllAccounts(filter),
      getAccount: (filter) => pca.getAccount(filter),
      clearCache: (request) => pca.clearCache(request),
      acquireTokenPopup: async (request) => {
        popups.push(request);
        const answer = serverAnswer(request);
        await pca.hydrateCache(answer, request);
        return answer;
      },
    };
  },
});

const storageText = (storage: Storage) => JSON.stringify({ ...storage });

const signedInProvider = (cacheLocation: TokenCacheLocation, popups: PopupRequest[], onSignOut = jest.fn()) =>
  createNaaTokenProvider({
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    hostingOrigin: ORIGIN,
    cacheLocation,
    msal: realMsal(popups),
    onSignOut,
  });

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

it('keeps tokens in session storage only, serves them silently, and removes them on sign-out', async () => {
  const popups: PopupRequest[] = [];
  const onSignOut = jest.fn();
  const tokens = signedInProvider('sessionStorage', popups, onSignOut);

  await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe(ACCESS_TOKEN);
  // The second call is answered from MSAL's real cache: no second sign-in window.
  await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe(ACCESS_TOKEN);
  expect(popups).toHaveLength(1);
  await expect(tokens.getAccount()).resolves.toEqual({ name: 'Ann Teacher', email: 'ann@school.example' });

  expect(localStorage.length).toBe(0);
  expect(storageText(sessionStorage)).toContain('secret-access-token-body');

  await tokens.signOut();

  expect(storageText(sessionStorage)).not.toContain('secret-access-token-body');
  expect(Object.keys(sessionStorage).filter((key) => key.startsWith('msal'))).toEqual([]);
  expect(localStorage.length).toBe(0);
  expect(onSignOut).toHaveBeenCalledTimes(1);
});

it('with the memory cache, writes no token to any web storage at all', async () => {
  const popups: PopupRequest[] = [];
  const tokens = signedInProvider('memoryStorage', popups);

  await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe(ACCESS_TOKEN);
  await expect(tokens.getAccessToken(GRAPH_SCOPES.base)).resolves.toBe(ACCESS_TOKEN);
  expect(popups).toHaveLength(1);

  for (const storage of [sessionStorage, localStorage]) {
    expect(storageText(storage)).not.toMatch(/secret-access-token-body|eyJ/);
  }
});
