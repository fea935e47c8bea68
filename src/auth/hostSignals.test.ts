import { hasNaaBridge, officeLoginHint, teamsLoginHint, type OfficeAuthHost } from './hostSignals';

describe('hasNaaBridge', () => {
  it('sees the bridge object a host puts on the window, and nothing otherwise', () => {
    expect(hasNaaBridge({ nestedAppAuthBridge: { postMessage: () => undefined } })).toBe(true);
    expect(hasNaaBridge({})).toBe(false);
    expect(hasNaaBridge({ nestedAppAuthBridge: null })).toBe(false);
    expect(hasNaaBridge(undefined)).toBe(false);
  });
});

describe('officeLoginHint', () => {
  const office = (
    supported: boolean,
    getAuthContext?: () => Promise<{ userPrincipalName?: string }>,
  ): OfficeAuthHost => ({
    context: {
      requirements: {
        isSetSupported: (name, version) => supported && name === 'NestedAppAuth' && version === '1.1',
      },
    },
    auth: getAuthContext ? { getAuthContext } : {},
  });

  it("returns Word's signed-in user principal name when NestedAppAuth 1.1 is supported", async () => {
    await expect(
      officeLoginHint(office(true, async () => ({ userPrincipalName: 'ann@school.example' })))(),
    ).resolves.toBe('ann@school.example');
  });

  it('does not call getAuthContext on a host without the NestedAppAuth 1.1 requirement set', async () => {
    const getAuthContext = jest.fn(async () => ({ userPrincipalName: 'ann@school.example' }));
    await expect(officeLoginHint(office(false, getAuthContext))()).resolves.toBeUndefined();
    expect(getAuthContext).not.toHaveBeenCalled();
  });

  it('gives no hint when Office is absent, lacks the API, or refuses', async () => {
    await expect(officeLoginHint(undefined)()).resolves.toBeUndefined();
    await expect(officeLoginHint(office(true))()).resolves.toBeUndefined();
    await expect(
      officeLoginHint(office(true, () => Promise.reject(new Error('13000'))))(),
    ).resolves.toBeUndefined();
    await expect(
      officeLoginHint(office(true, async () => ({ userPrincipalName: '  ' })))(),
    ).resolves.toBeUndefined();
  });
});

describe('teamsLoginHint', () => {
  it("prefers Teams' loginHint, then the user principal name", async () => {
    await expect(
      teamsLoginHint(async () => ({
        user: { loginHint: 'a@s.example', userPrincipalName: 'b@s.example' },
      }))(),
    ).resolves.toBe('a@s.example');
    await expect(
      teamsLoginHint(async () => ({ user: { userPrincipalName: 'b@s.example' } }))(),
    ).resolves.toBe('b@s.example');
    await expect(teamsLoginHint(() => Promise.reject(new Error('not in Teams')))()).resolves.toBeUndefined();
  });
});
