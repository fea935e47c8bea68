import type { BrowserContext } from 'playwright-core';
import { newSchoolContext } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, OTTERS_TEACHER, SENCO } from './support/demo';
import { eventually } from './support/eventually';
import { DEMO_SEN_SITE_ID } from '../../dev/standin/demoSchool';
import { senListIds } from './support/graph';
import { SEN_LIST_KEYS } from '../../src/app/senSiteStatus';
import { E2E_NOW } from './support/product';
import { openInTeamsHost, type HostContext } from './support/teamsHost/teamsHost';

/**
 * The built tab inside a page that speaks Teams' side of teams-js's protocol, on Teams' own origin:
 * the real teams-js takes its in-Teams path (handshake, context, theme events, the Save flow).
 */
const e2e = productAndBrowserForThisFile();
const contexts: BrowserContext[] = [];

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

const tabPage = (persona: string, hash = ''): string =>
  `${e2e.product.url}/tab.html?now=${encodeURIComponent(E2E_NOW)}&persona=${encodeURIComponent(persona)}${hash}`;

const ottersTeam = (user: { email: string }, frameContext: HostContext['frameContext']): HostContext => ({
  locale: 'en-gb',
  theme: 'default',
  hostName: 'Teams',
  hostClientType: 'web',
  frameContext,
  tid: '6e1c4a2b-0f3d-4c59-9a8e-7b2d5f1e3c40',
  userObjectId: '00000000-0000-4000-8000-000000000001',
  userPrincipalName: user.email,
  loginHint: user.email,
  teamId: '19:otters@thread.tacv2',
  groupId: OTTERS.teamId,
  teamName: OTTERS.displayName,
  channelId: '19:general-otters@thread.tacv2',
  channelName: 'General',
});

const freshContext = async (): Promise<BrowserContext> => {
  const context = await newSchoolContext(e2e.browser);
  contexts.push(context);
  return context;
};

const fluentBackground = (host: Awaited<ReturnType<typeof openInTeamsHost>>) => () =>
  host.tab
    .locator('.fui-FluentProvider')
    .first()
    .evaluate((element) =>
      getComputedStyle(element).getPropertyValue('--colorNeutralBackground1').trim().toLowerCase(),
    );

describe('the tab inside Teams', () => {
  it("opens the dashboard of the context's class team and tells Teams its first screen is ready", async () => {
    const host = await openInTeamsHost(
      await freshContext(),
      tabPage(OTTERS_TEACHER.email),
      ottersTeam(OTTERS_TEACHER, 'content'),
    );
    await host.waitForRequest('initialize');
    await host.waitForRequest('getContext');
    // No hash in the tab's URL: only the Teams context says which class this is.
    await host.tab.getByRole('table', { name: 'Pupils in Year 4 Otters' }).waitFor();
    await expect(host.tab.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Year 4 Otters: IEPs',
    );
    await host.waitForRequest('appInitialization.success');
    // Nothing refused along the way, e.g. teams-js's fetch of Microsoft's current list of host origins.
    expect(host.problems).toEqual({ pageErrors: [], consoleErrors: [] });
  });

  it('switches to the dark theme when Teams does', async () => {
    const host = await openInTeamsHost(
      await freshContext(),
      tabPage(OTTERS_TEACHER.email),
      ottersTeam(OTTERS_TEACHER, 'content'),
    );
    await host.tab.getByRole('table', { name: 'Pupils in Year 4 Otters' }).waitFor();
    expect(await fluentBackground(host)()).toBe('#ffffff');
    // The tab asks to hear about theme changes before Teams sends one.
    await host.waitForRequest('registerHandler', 'themeChange');
    await host.raise('themeChange', ['dark']);
    expect(await eventually(fluentBackground(host), '#292929')).toBe('#292929');
  });

  it('hands Teams the tab to save from the configuration page', async () => {
    const host = await openInTeamsHost(
      await freshContext(),
      tabPage(SENCO.email, '#/config'),
      ottersTeam(SENCO, 'settings'),
    );
    await host.waitForRequest('registerHandler', 'save');
    // Save is enabled only once the SEN site is checked and the class is chosen.
    await host.waitForRequest('settings.setValidityState', true);
    await host.raise('settings.save', [{}]);
    const saved = (await host.waitForRequest('settings.setSettings')).args[0] as Record<string, string>;
    const lists = await senListIds(e2e.product.url);
    // The class, where its IEP lists are (ids only), so the saved tab reads the class at once, and the
    // school's nation (left at England here), which new plans follow.
    const classUrl =
      `${e2e.product.url}/tab.html?site=${encodeURIComponent(DEMO_SEN_SITE_ID)}` +
      `&lists=${encodeURIComponent(SEN_LIST_KEYS.map((key) => lists[key]).join(','))}` +
      `&nation=england#/class/${OTTERS.teamId}`;
    expect(saved).toEqual({
      contentUrl: classUrl,
      entityId: `iep-class-${OTTERS.teamId}`,
      suggestedDisplayName: 'IEPs',
      websiteUrl: classUrl,
    });
    await host.waitForRequest('settings.save.success');
    const failures = (await host.messages()).filter((m) => m.func === 'settings.save.failure');
    expect(failures).toEqual([]);
  });

  it('opens a saved tab at its class after one Graph request', async () => {
    const lists = await senListIds(e2e.product.url);
    const saved = new URL(`${e2e.product.url}/tab.html#/class/${OTTERS.teamId}`);
    saved.searchParams.set('site', DEMO_SEN_SITE_ID);
    saved.searchParams.set('lists', SEN_LIST_KEYS.map((key) => lists[key]).join(','));
    // The demo's own query (frozen date, persona) goes beside what Teams saved.
    saved.searchParams.set('now', E2E_NOW);
    saved.searchParams.set('persona', OTTERS_TEACHER.email);
    e2e.product.standIn.resetStats();
    const host = await openInTeamsHost(
      await freshContext(),
      saved.toString(),
      ottersTeam(OTTERS_TEACHER, 'content'),
    );
    await host.tab.getByRole('table', { name: 'Pupils in Year 4 Otters' }).waitFor();
    // Beside it, SharePoint's REST API is asked once which groups the teacher is in (what to offer them).
    const stats = e2e.product.standIn.stats();
    expect(stats.httpRequests - stats.sharePointRestRequests).toBe(1);
  });
});
