import { liveWebUrl, localWebUrl, senSitePathOf, sharePointScopes } from './webUrl';

describe('the SEN site web URL for SharePoint REST', () => {
  it('reads the host and path of a hostname:/path site address', () => {
    expect(senSitePathOf('contoso.sharepoint.com:/sites/SEN')).toEqual({
      hostname: 'contoso.sharepoint.com',
      serverRelativePath: '/sites/SEN',
    });
    expect(senSitePathOf('contoso.sharepoint.com:/sites/SEN/')?.serverRelativePath).toBe('/sites/SEN');
  });

  it('has no path for a site id', () => {
    expect(senSitePathOf('contoso.sharepoint.com,1111,2222')).toBeNull();
  });

  it('is the tenant URL live and the stand-in _sp URL locally', () => {
    expect(liveWebUrl('contoso.sharepoint.com:/sites/SEN')).toBe('https://contoso.sharepoint.com/sites/SEN');
    expect(localWebUrl('http://127.0.0.1:3978/', 'localhost:/sites/SEN')).toBe(
      'http://127.0.0.1:3978/_sp/sites/SEN',
    );
  });

  it('uses the resolved web URL for a site configured by its id', () => {
    expect(liveWebUrl('contoso.sharepoint.com,1111,2222', 'https://contoso.sharepoint.com/sites/SEN/')).toBe(
      'https://contoso.sharepoint.com/sites/SEN',
    );
    expect(() => liveWebUrl('contoso.sharepoint.com,1111,2222')).toThrow(/has no path/);
  });

  it('asks for SharePoint’s own Sites.Selected on the site’s host', () => {
    expect(sharePointScopes('https://contoso.sharepoint.com/sites/SEN')).toEqual([
      'https://contoso.sharepoint.com/Sites.Selected',
    ]);
  });
});
