import { ServiceError, Throttled, AccessDenied, NotFound, Offline } from '../../../domain/errors';
import { isUnknownFailure } from '../../batch';
import { SPQueryable } from '@pnp/sp';
import { createSharePointRest } from './spFactory';
import { httpRefusalOf, spCall } from './spErrors';
import { json, noWait, recordingFetch, spError } from './testing/recordingFetch';

const WEB = 'http://127.0.0.1:3978/_sp/sites/SEN';

const setUp = () => {
  const fake = recordingFetch();
  const clock = noWait();
  const scopesAsked: (readonly string[])[] = [];
  const sp = createSharePointRest({
    webUrl: WEB,
    getAccessToken: async (scopes) => {
      scopesAsked.push(scopes);
      return 'local-dev-token:senco@oakfield.example';
    },
    scopes: ['http://127.0.0.1:3978/Sites.Selected'],
    fetchImpl: fake.fetchImpl,
    timing: clock.timing,
  });
  return { sp, fake, clock, scopesAsked };
};

describe('the PnPjs factory for the SEN site', () => {
  it('calls the site’s _api with the token for SharePoint and reads nometadata JSON', async () => {
    const { sp, fake, scopesAsked } = setUp();
    fake.on('GET', /^web\/sitegroups$/i, json({ value: [{ Id: 7, Title: 'IEP SEN leads' }] }));
    const groups = await sp.web.siteGroups();
    expect(groups).toEqual([{ Id: 7, Title: 'IEP SEN leads' }]);
    const [request] = fake.seen;
    // PnPjs writes `siteGroups`; SharePoint (and the stand-in) read paths case-insensitively.
    expect(request?.url.toLowerCase()).toBe(`${WEB}/_api/web/sitegroups`.toLowerCase());
    expect(request?.headers['authorization']).toBe('Bearer local-dev-token:senco@oakfield.example');
    expect(request?.headers['accept']).toBe('application/json;odata=nometadata');
    expect(scopesAsked).toEqual([['http://127.0.0.1:3978/Sites.Selected']]);
  });

  it('never sends the token to another origin', async () => {
    const { sp, fake } = setUp();
    fake.on('GET', /currentuser/i, json({ Id: 1 }));
    await sp.web.currentUser();
    expect(fake.seen[0]?.headers['authorization']).toBeDefined();
    const foreign = SPQueryable([sp.web, 'https://evil.example/_api/web/currentuser'] as never);
    await foreign().catch(() => undefined);
    expect(fake.seen[1]?.url).toBe('https://evil.example/_api/web/currentuser');
    expect(fake.seen[1]?.headers['authorization']).toBeUndefined();
  });

  it('resends a throttled request after the wait SharePoint asks for, then answers', async () => {
    const { sp, fake, clock } = setUp();
    fake.on(
      'GET',
      /^web\/sitegroups$/i,
      spError(429, 'Too many requests', { 'Retry-After': '7' }),
      spError(503, 'Server too busy', { 'Retry-After': 'Thu, 03 Dec 2026 09:00:03 GMT' }),
      json({ value: [] }),
    );
    await expect(sp.web.siteGroups()).resolves.toEqual([]);
    expect(fake.seen).toHaveLength(3);
    expect(clock.waits).toEqual([7000, 3000]);
  });

  it('gives up after five attempts with Throttled carrying the last Retry-After', async () => {
    const { sp, fake } = setUp();
    fake.on('GET', /^web\/sitegroups$/i, spError(429, 'Too many requests', { 'Retry-After': '9' }));
    const error = await spCall(() => sp.web.siteGroups()).catch((e: unknown) => e);
    expect(fake.seen).toHaveLength(5);
    expect(error).toBeInstanceOf(Throttled);
    expect((error as Throttled).retryAfterSeconds).toBe(9);
  });

  it('maps refusals to domain errors and keeps what SharePoint said', async () => {
    const { sp, fake } = setUp();
    fake.on('GET', /^web\/currentuser$/i, spError(403, 'Access denied.'));
    fake.on('GET', /^web\/lists/i, spError(404, 'List does not exist.'));
    const denied = await spCall(() => sp.web.currentUser()).catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(AccessDenied);
    expect(httpRefusalOf(denied)).toEqual({
      status: 403,
      code: '-1, Microsoft.SharePoint.SPException',
      message: 'Access denied.',
    });
    const missing = await spCall(() => sp.web.lists.getById('abc')(), { kind: 'list', id: 'abc' }).catch(
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(NotFound);
    expect((missing as NotFound).item).toEqual({ kind: 'list', id: 'abc' });
  });

  it('does not resend a request whose answer was lost, and calls it an outcome unknown', async () => {
    const { sp, fake } = setUp();
    fake.on('POST', /^web\/sitegroups$/i, new TypeError('fetch failed'));
    const error = await spCall(() => sp.web.siteGroups.add({ Title: 'IEP SEN leads' })).catch(
      (e: unknown) => e,
    );
    expect(fake.seen).toHaveLength(1);
    expect(error).toBeInstanceOf(Offline);
    expect(isUnknownFailure(error)).toBe(true);
    expect(httpRefusalOf(error)).toBeNull();
  });

  it('calls an unreadable answer a 502, also an outcome unknown', async () => {
    const { sp, fake } = setUp();
    fake.on('POST', /^web\/sitegroups$/i, new Response('{not json', { status: 200 }));
    const error = await spCall(() => sp.web.siteGroups.add({ Title: 'x' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(isUnknownFailure(error)).toBe(true);
  });
});
