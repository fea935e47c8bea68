import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AppConfig } from '../app/config';
import { LIVE_CONFIG } from '../../test/support/appConfigs';
import { ConfigError } from '../app/loadConfig';
import type { ServiceDeps } from '../app/services';
import { AccessDenied, NO_ACCESS } from '../domain';
import {
  CLASS_4B,
  fakeServices,
  planSummary,
  pupil,
  type FakeOptions,
  type FakeServices,
} from '../../test/support/fakeServices';
import type { TabHost, TabInstanceConfig, TeamsHost } from './host/host.types';
import { TabApp, type TabBoot } from './TabApp';

const localConfig: AppConfig = {
  mode: 'local',
  graphBaseUrl: 'http://127.0.0.1:3978/',
  senSite: 'contoso.sharepoint.com:/sites/SEN',
  personas: [
    { name: 'Priya Shah', email: 'senco@school.example', role: 'SENCO' },
    { name: 'Sam Pupil', email: 'pupil@school.example', role: 'Pupil' },
  ],
};

const amira = pupil({ id: 'p1', givenName: 'Amira', familyName: 'Khan' });
const ready: FakeOptions = {
  checkSenSite: () => Promise.resolve({ siteId: 'site-1', displayName: 'SEN', missing: [] }),
  listMyClasses: () => Promise.resolve([{ id: CLASS_4B, displayName: 'Class 4B' }]),
  loadClass: () =>
    Promise.resolve({ pupils: [amira], plans: [planSummary(amira)], booked: [], problems: [] }),
};

interface Harness {
  readonly built: { persona: string | undefined; services: FakeServices }[];
  readonly stored: Map<string, string>;
  readonly cleared: { count: number };
}

const boot = (
  overrides: Partial<TabBoot> & { servicesFor?: (deps: ServiceDeps) => FakeOptions } = {},
): Harness => {
  const harness: Harness = { built: [], stored: new Map(), cleared: { count: 0 } };
  const { servicesFor = () => ready, ...rest } = overrides;
  const tab: TabBoot = {
    loadConfig: () => Promise.resolve(localConfig),
    detectHost: () => Promise.resolve({ kind: 'standalone' }),
    createServices: (_config, deps) => {
      const services = fakeServices({
        ...servicesFor(deps),
        currentUser: {
          name: deps.persona?.name ?? 'Live user',
          email: deps.persona?.email ?? 'live@school.example',
        },
      });
      harness.built.push({ persona: deps.persona?.email, services });
      return Promise.resolve(services);
    },
    search: '',
    pageUrl: 'https://iep.school.example/tab.html',
    storage: {
      getItem: (k) => harness.stored.get(k) ?? null,
      setItem: (k, v) => void harness.stored.set(k, v),
    },
    clearDrafts: () => void harness.cleared.count++,
    ...rest,
  };
  render(<TabApp tab={tab} />);
  return harness;
};

const teamsHost = (
  frameContext: 'settings' | 'content',
  config: TeamsHost['config'] = null,
): TeamsHost & { notified: number } => {
  const host = {
    kind: 'teams' as const,
    context: {
      frameContext,
      teamGroupId: CLASS_4B,
      teamName: 'Class 4B',
      channelId: '19:general',
      channelName: 'General',
      userPrincipalName: 'senco@school.example',
      loginHint: 'senco@school.example',
      locale: 'en-gb',
      theme: 'default',
    },
    onThemeChange: () => undefined,
    notifySuccess: () => void host.notified++,
    config,
    notified: 0,
  };
  return host;
};

beforeEach(() => {
  window.location.hash = '';
});

describe('TabApp', () => {
  it('shows what to fix when app-config.json is unusable', async () => {
    boot({
      loadConfig: () =>
        Promise.reject(
          new ConfigError(['senSite: senSite is required, e.g. contoso.sharepoint.com:/sites/SEN']),
        ),
    });
    expect(await screen.findByRole('heading', { name: 'IEP Planner is not set up correctly' })).toBeTruthy();
    expect(
      screen.getByText('senSite: senSite is required, e.g. contoso.sharepoint.com:/sites/SEN'),
    ).toBeTruthy();
  });

  it('in a plain browser offers the set-up page, then opens the chosen class', async () => {
    const user = userEvent.setup();
    boot();
    expect(await screen.findByRole('heading', { name: 'Set up IEPs for a class' })).toBeTruthy();
    expect(await screen.findByText('The IEP lists are set up in SEN.')).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Open the class' }));
    expect(window.location.hash).toBe(`#/class/${CLASS_4B}`);
    expect(await screen.findByRole('table', { name: 'Pupils in Class 4B' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'IEP Planner' });
    expect(within(nav).getByRole('link', { name: 'Class 4B' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Set up' }).getAttribute('aria-current')).toBeNull();
  });

  it('switching persona signs the old one out, drops drafts and signs the new one in', async () => {
    const user = userEvent.setup();
    window.location.hash = `#/class/${CLASS_4B}`;
    const harness = boot({
      servicesFor: (deps) =>
        deps.persona?.role === 'Pupil'
          ? { ...ready, loadClass: () => Promise.reject(new AccessDenied({ kind: 'site', id: 'sen' })) }
          : ready,
    });
    expect(await screen.findByRole('table', { name: 'Pupils in Class 4B' })).toBeTruthy();
    expect(harness.built.map((b) => b.persona)).toEqual(['senco@school.example']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Demo persona' }), 'Sam Pupil (Pupil)');
    expect(await screen.findByRole('heading', { name: "You don't have access to IEPs" })).toBeTruthy();
    expect(screen.queryByText('Amira Khan')).toBeNull();
    expect(harness.built[0]?.services.calls.signOut).toHaveLength(1);
    expect(harness.cleared.count).toBe(1);
    expect(harness.built.map((b) => b.persona)).toEqual(['senco@school.example', 'pupil@school.example']);
    expect(harness.stored.get('iep-persona')).toBe('pupil@school.example');
    // The switcher stays, so the demo can go back to a member of staff.
    expect(screen.getByRole('combobox', { name: 'Demo persona' })).toBeTruthy();
  });

  it('signs out from the header: drafts and tokens go, "Signed out" shows, and signing in builds anew', async () => {
    const user = userEvent.setup();
    window.location.hash = `#/class/${CLASS_4B}`;
    const harness = boot();
    expect(await screen.findByRole('table', { name: 'Pupils in Class 4B' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Signed out' })).toBeTruthy();
    expect(harness.built[0]?.services.calls.signOut).toHaveLength(1);
    expect(harness.cleared.count).toBe(1);
    expect(screen.queryByText('Amira Khan')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.activeElement?.tagName).toBe('MAIN');

    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('table', { name: 'Pupils in Class 4B' })).toBeTruthy();
    expect(harness.built).toHaveLength(2);
    expect(harness.built[1]?.services).not.toBe(harness.built[0]?.services);
    expect(harness.built[1]?.persona).toBe('senco@school.example');
  });

  it('in live mode shows "Sign out" and no demo persona, and hands Teams\' login hint to sign-in', async () => {
    const user = userEvent.setup();
    const host = teamsHost('content');
    const hints: (string | undefined)[] = [];
    const harness = boot({
      loadConfig: () => Promise.resolve(LIVE_CONFIG),
      detectHost: () => Promise.resolve(host as TabHost),
      servicesFor: (deps) => {
        void deps.loginHint?.().then((hint) => hints.push(hint));
        return ready;
      },
    });
    expect(await screen.findByRole('table', { name: 'Pupils in Class 4B' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Demo persona' })).toBeNull();
    expect(hints).toEqual(['senco@school.example']);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText(/Teams and Word are still signed in/)).toBeTruthy();
    expect(harness.cleared.count).toBe(1);
    expect(harness.built[0]?.services.calls.signOut).toHaveLength(1);
  });

  it('starts as the remembered persona', async () => {
    const harness = boot({ storage: { getItem: () => 'pupil@school.example', setItem: () => undefined } });
    await screen.findByRole('heading', { name: 'Set up IEPs for a class' });
    expect(harness.built.map((b) => b.persona)).toEqual(['pupil@school.example']);
  });

  it("in a Teams channel tab shows the team's class and tells Teams the first screen is ready", async () => {
    const host = teamsHost('content');
    boot({ detectHost: () => Promise.resolve(host as TabHost) });
    expect(await screen.findByRole('table', { name: 'Pupils in Class 4B' })).toBeTruthy();
    expect(host.notified).toBe(1);
  });

  it("in Teams' configuration frame enables Save once the site is ready and saves the class tab", async () => {
    const validity: boolean[] = [];
    const saved: TabInstanceConfig[] = [];
    let onSave: (() => Promise<void>) | null = null;
    const host = teamsHost('settings', {
      registerOnSaveHandler: (handler) => void (onSave = handler),
      setValidityState: (valid) => void validity.push(valid),
      setConfig: (instance) => {
        saved.push(instance);
        return Promise.resolve();
      },
    });
    let finishCheck: () => void = () => undefined;
    boot({
      detectHost: () => Promise.resolve(host as TabHost),
      servicesFor: () => ({
        ...ready,
        checkSenSite: () =>
          new Promise((resolve) => {
            finishCheck = () => resolve({ siteId: 'site-1', displayName: 'SEN', missing: [] });
          }),
      }),
    });
    expect(await screen.findByRole('heading', { name: 'Set up IEPs for a class' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    await waitFor(() => expect(validity).toContain(false));
    expect(validity).not.toContain(true);

    await act(async () => finishCheck());
    await waitFor(() => expect(validity[validity.length - 1]).toBe(true));
    expect(
      within(screen.getByRole('combobox', { name: 'Class' })).getByRole('option', { selected: true })
        .textContent,
    ).toBe('Class 4B');

    await act(async () => {
      await onSave?.();
    });
    expect(saved).toEqual([
      {
        contentUrl: `https://iep.school.example/tab.html?nation=england#/class/${CLASS_4B}`,
        entityId: `iep-class-${CLASS_4B}`,
        suggestedDisplayName: 'IEPs',
        websiteUrl: `https://iep.school.example/tab.html?nation=england#/class/${CLASS_4B}`,
      },
    ]);
  });
});

describe('the header by role', () => {
  const navLinks = async () => {
    // "My pupils" is offered to everyone, so once it is there the header has been drawn for this person.
    const nav = await screen.findByRole('navigation', { name: 'IEP Planner' });
    await within(nav).findByRole('link', { name: 'My pupils' });
    await act(() => Promise.resolve());
    return within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
  };

  it('offers the register to a SEN lead', async () => {
    boot();
    await waitFor(async () => expect(await navLinks()).toContain('SEN register'));
  });

  it('does not offer the register to a class teacher', async () => {
    const harness = boot({
      servicesFor: () => ({ ...ready, access: { ...NO_ACCESS, teacherOf: new Set([CLASS_4B]) } }),
    });
    // The header asks, and so may the page below it (the configuration page offers setup to SEN leads).
    await waitFor(() => expect(harness.built[0]?.services.calls.myAccess?.length).toBeGreaterThan(0));
    // Let the answer reach the header before reading it, so "not offered" is not merely "not known yet".
    await act(async () => {
      await Promise.resolve();
    });
    expect(await navLinks()).not.toContain('SEN register');
    expect(await navLinks()).toContain('My pupils');
  });
});
