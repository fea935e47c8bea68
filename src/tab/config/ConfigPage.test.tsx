import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SEN_LIST_KEYS, type ProvisionProgress, type SenSiteStatus } from '../../app/services';
import { AccessDenied, asClassTeamId, NO_ACCESS, type ClassTeamId } from '../../domain';
import { fakeServices, type FakeOptions } from '../../../test/support/fakeServices';
import type { TabInstanceConfig, TeamsConfigApi } from '../host/host.types';
import { ConfigPage } from './ConfigPage';

const classes = [
  { id: 'class-3a', displayName: 'Class 3A' },
  { id: 'class-4b', displayName: 'Class 4B' },
];
const missingStatus: SenSiteStatus = {
  siteId: 's',
  displayName: 'SEN',
  missing: ['the Plans list', 'the Targets list'],
};
const readyStatus: SenSiteStatus = { siteId: 's', displayName: 'SEN', missing: [] };

const renderPage = (options: FakeOptions, contextTeam: { id: string; displayName: string } | null = null) => {
  const services = fakeServices({ listMyClasses: () => Promise.resolve(classes), ...options });
  const opened: ClassTeamId[] = [];
  render(
    <ConfigPage
      services={services}
      senSite="contoso.sharepoint.com:/sites/SEN"
      contextTeam={contextTeam}
      teamsConfig={null}
      tabConfigFor={(id) => ({ contentUrl: id, entityId: id, suggestedDisplayName: 'IEPs', websiteUrl: id })}
      onOpenClass={(id) => opened.push(id)}
    />,
  );
  return { services, opened };
};

describe('ConfigPage', () => {
  it('names the SEN site and creates missing lists with visible, announced progress', async () => {
    const user = userEvent.setup();
    let checks = 0;
    let report: (p: ProvisionProgress) => void = () => undefined;
    let finish: () => void = () => undefined;
    const { services } = renderPage({
      checkSenSite: () => Promise.resolve(++checks === 1 ? missingStatus : readyStatus),
      provisionSenSite: (onProgress) =>
        new Promise<void>((resolve) => {
          report = onProgress;
          finish = resolve;
        }),
    });
    expect(screen.getByText('contoso.sharepoint.com:/sites/SEN')).toBeTruthy();
    expect(
      await screen.findByText(
        /IEP Planner needs these lists or columns, which are not there yet: the Plans list, the Targets list\./,
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the class' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Create the IEP lists' }));
    await act(async () => report({ done: 1, total: 2, message: 'Created the list Plans.' }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(within(screen.getByRole('status')).getByText('Created the list Plans. (1 of 2)')).toBeTruthy();

    await act(async () => finish());
    expect(await screen.findByText('The IEP lists are set up in SEN.')).toBeTruthy();
    expect(services.calls.checkSenSite).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Open the class' })).toHaveProperty('disabled', false);
  });

  it('tells whoever cannot create the lists that it takes a site owner and a manage grant', async () => {
    const user = userEvent.setup();
    renderPage({
      checkSenSite: () => Promise.resolve(missingStatus),
      provisionSenSite: () => Promise.reject(new AccessDenied({ kind: 'site', id: 's' })),
    });
    await user.click(await screen.findByRole('button', { name: 'Create the IEP lists' }));
    const advice = await screen.findByText(/you must be an owner of the SEN site/);
    expect(advice.textContent).toMatch(/grant on the SEN site must be ‘manage’/);
  });

  it('runs the setup again on a ready site, so a changed access setting is applied', async () => {
    const user = userEvent.setup();
    const { services } = renderPage({
      checkSenSite: () => Promise.resolve(readyStatus),
      provisionSenSite: () => Promise.resolve(),
    });
    await user.click(await screen.findByRole('button', { name: 'Run the setup again' }));
    expect(await screen.findByText('The IEP lists are set up in SEN.')).toBeTruthy();
    expect(services.calls.provisionSenSite).toHaveLength(1);
  });

  it('offers a teacher adding the tab no setup to run on a ready site: only SEN leads manage access', async () => {
    renderPage({ checkSenSite: () => Promise.resolve(readyStatus), access: NO_ACCESS });
    expect(await screen.findByText('The IEP lists are set up in SEN.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Run the setup again' })).toBeNull();
  });

  it("defaults to the Teams context's team and opens the class chosen", async () => {
    const user = userEvent.setup();
    const { opened } = renderPage(
      { checkSenSite: () => Promise.resolve(readyStatus) },
      { id: 'class-4b', displayName: 'Class 4B' },
    );
    const picker = await screen.findByRole('combobox', { name: 'Class' });
    expect((picker as HTMLSelectElement).value).toBe('class-4b');
    await user.selectOptions(picker, 'Class 3A');
    await user.click(screen.getByRole('button', { name: 'Open the class' }));
    expect(opened).toEqual([asClassTeamId('class-3a')]);
  });

  it('refuses to treat a site with wrongly typed columns as ready', async () => {
    renderPage({
      checkSenSite: () =>
        Promise.resolve({ ...readyStatus, conflicts: ['StaffKey1 in Plans is a number column'] }),
    });
    expect(await screen.findByText(/StaffKey1 in Plans is a number column/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open the class' })).toHaveProperty('disabled', true);
  });

  it('shows the access-denied screen when the SEN site refuses the user', async () => {
    renderPage({ checkSenSite: () => Promise.reject(new AccessDenied({ kind: 'site', id: 's' })) });
    expect(await screen.findByRole('heading', { name: "You don't have access to IEPs" })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Class' })).toBeNull();
  });

  it("saves the school's nation with the tab, so new plans follow its guidance", async () => {
    const user = userEvent.setup();
    const saved: TabInstanceConfig[] = [];
    let save: () => Promise<void> = () => Promise.resolve();
    const teamsConfig: TeamsConfigApi = {
      registerOnSaveHandler: (handler) => {
        save = handler;
      },
      setValidityState: () => undefined,
      setConfig: (instance) => {
        saved.push(instance);
        return Promise.resolve();
      },
    };
    render(
      <ConfigPage
        services={fakeServices({
          listMyClasses: () => Promise.resolve(classes),
          checkSenSite: () => Promise.resolve(readyStatus),
        })}
        senSite="contoso.sharepoint.com:/sites/SEN"
        contextTeam={null}
        teamsConfig={teamsConfig}
        tabConfigFor={(id) => ({
          contentUrl: `https://iep.example/tab.html#/class/${id}`,
          entityId: id,
          suggestedDisplayName: 'IEPs',
          websiteUrl: `https://iep.example/tab.html#/class/${id}`,
        })}
        onOpenClass={() => undefined}
      />,
    );
    const wales = await screen.findByRole('radio', { name: /^Wales/ });
    expect(screen.getByRole('radio', { name: /^England/ })).toHaveProperty('checked', true);
    await user.click(wales);
    await act(() => save());
    expect(saved).toHaveLength(1);
    expect(new URL(saved[0]?.contentUrl ?? '').searchParams.get('nation')).toBe('wales');
    expect(new URL(saved[0]?.contentUrl ?? '').hash).toBe('#/class/class-3a');
  });

  describe('once the lists are ready', () => {
    const location = {
      siteId: 's',
      listIds: Object.fromEntries(SEN_LIST_KEYS.map((key) => [key, `list-${key}`])) as never,
    };
    const ready: SenSiteStatus = { ...readyStatus, location };

    it('says closed versions are read-only only in the app when no record label is configured', async () => {
      renderPage({
        checkSenSite: () => Promise.resolve(ready),
        checkSiteGrant: () => Promise.resolve({ mayManagePermissions: true, mayEditItems: true }),
      });
      expect(await screen.findByText('Closed plan versions are read-only only in IEP Planner')).toBeTruthy();
      expect(screen.getByText(/names it as records\.closedVersionLabel in app-config\.json/)).toBeTruthy();
      expect(await screen.findByText('IEP Planner can secure new pupils')).toBeTruthy();
    });

    it('says SharePoint locks them with the label, and what IT must grant when the grant is too low', async () => {
      const { services } = renderPage({
        closedVersionLabel: 'IEP closed plan version',
        checkSenSite: () => Promise.resolve(ready),
        checkSiteGrant: () => Promise.resolve({ mayManagePermissions: false, mayEditItems: true }),
      });
      expect(await screen.findByText('Closed plan versions are locked by SharePoint')).toBeTruthy();
      expect(await screen.findByText('IEP Planner cannot secure new pupils')).toBeTruthy();
      expect(screen.getByText(/step 4 of the deployment guide/)).toBeTruthy();
      expect(services.calls['checkSiteGrant']).toEqual([['list-pupils']]);
    });
  });
});
