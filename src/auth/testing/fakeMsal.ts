import type { AccountInfo, AuthenticationResult, PopupRequest, SilentRequest } from '@azure/msal-browser';
import type { MsalClient } from '../naaTokenProvider';

/** Test double for MSAL's application object: records requests, answers from scripted handlers. */
export const TENANT_ID = '22222222-2222-4222-8222-222222222222';
export const CLIENT_ID = '11111111-1111-4111-8111-111111111111';
export const ORIGIN = 'https://iep.school.example';

export const accountFor = (username: string, name = 'Ann Teacher'): AccountInfo => ({
  homeAccountId: `${username}-home`,
  environment: 'login.windows.net',
  tenantId: TENANT_ID,
  username,
  localAccountId: `${username}-local`,
  name,
});

export const tokenResult = (accessToken: string, account: AccountInfo): AuthenticationResult =>
  ({
    accessToken,
    account,
    authority: `https://login.microsoftonline.com/${TENANT_ID}/`,
    uniqueId: account.localAccountId,
    tenantId: TENANT_ID,
    scopes: [],
    idToken: '',
    idTokenClaims: {},
    fromCache: false,
    expiresOn: null,
    tokenType: 'Bearer',
    correlationId: 'test',
  }) as AuthenticationResult;

export class FakeMsal implements MsalClient {
  readonly silentRequests: SilentRequest[] = [];
  readonly popupRequests: PopupRequest[] = [];
  readonly accountLookups: unknown[] = [];
  accounts: AccountInfo[] = [];
  clearCacheCalls = 0;
  onSilent: (request: SilentRequest) => Promise<AuthenticationResult> = () =>
    Promise.reject(new Error('no silent handler scripted'));
  onPopup: (request: PopupRequest) => Promise<AuthenticationResult> = () =>
    Promise.reject(new Error('no popup handler scripted'));

  acquireTokenSilent = (request: SilentRequest): Promise<AuthenticationResult> => {
    this.silentRequests.push(request);
    return this.onSilent(request);
  };

  acquireTokenPopup = (request: PopupRequest): Promise<AuthenticationResult> => {
    this.popupRequests.push(request);
    return this.onPopup(request);
  };

  getActiveAccount = (): AccountInfo | null => null;

  getAllAccounts = (): AccountInfo[] => [...this.accounts];

  getAccount = (filter: { username?: string }): AccountInfo | null => {
    this.accountLookups.push(filter);
    return this.accounts.find((a) => a.username === filter.username) ?? null;
  };

  clearCache = async (): Promise<void> => {
    this.clearCacheCalls += 1;
  };
}
