/**
 * A plan in Wales in the Word pane, with the real Word port over the Office mock: the pane offers
 * English or Welsh, starts from the language the plan's templates in the document were inserted in
 * (else the person's last choice), and inserts and refreshes in it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../domain';
import { createMockWordHost, type FakeControl, type MockWordHost } from '../../word/testing/mockWordHost';
import { WELSH } from '../../word/wording';
import { paneServices, samDocument, samPlan } from '../testing/paneFixtures';
import { WordPane } from './WordPane';
import { officeWordPort } from './wordPort';

const welshPlan = (): Plan => ({ ...samPlan(), nation: 'wales', stage: 'school-idp' });
const welshTitle = WELSH.documentTitle('full-iep', welshPlan());

let host: MockWordHost;
beforeEach(() => localStorage.clear());
afterEach(() => host.restore());

const open = async (controls: readonly FakeControl[] = []) => {
  host = createMockWordHost(controls);
  host.install();
  const services = paneServices();
  services.store.openPlan.mockImplementation(() => Promise.resolve(samDocument(welshPlan())));
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <WordPane services={services} word={officeWordPort} wordApi saveFile={jest.fn()} />
    </FluentProvider>,
  );
  await user.type(await screen.findByRole('combobox', { name: 'Pupil' }), 'Sam');
  await user.click(await screen.findByRole('option', { name: 'Sam Taylor (4B)' }));
  await screen.findByRole('radiogroup', { name: 'Language of the documents' });
  return { user, view };
};

const checked = (name: string) => (screen.getByRole('radio', { name }) as HTMLInputElement).checked;

describe('The Word pane for a plan in Wales', () => {
  it('refreshes a Welsh block in Welsh, the language it was inserted in', async () => {
    const { user } = await open([{ tag: 'iep:plan:plan-1:full-iep:cy', text: '' }]);
    await waitFor(() => expect(checked('Welsh (Cymraeg)')).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    expect(await screen.findByText(/^Updated 1 inserted template/)).toBeTruthy();
    expect(host.inserts.map((i) => i.target)).toEqual(['iep:plan:plan-1:full-iep:cy']);
    expect(host.inserts[0]?.ooxml).toContain(welshTitle);
    expect(host.tagWrites).toEqual([]);
  });

  it('remembers the language chosen over a reload, and inserts in it', async () => {
    const first = await open();
    expect(checked('English')).toBe(true);
    await first.user.click(screen.getByRole('radio', { name: 'Welsh (Cymraeg)' }));
    first.view.unmount();
    host.restore();
    // Only the language code is kept: nothing about the pupil or the plan.
    expect(Object.entries(localStorage)).toEqual([['iep-planner:document-language', 'cy']]);

    const { user } = await open();
    expect(checked('Welsh (Cymraeg)')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    expect(await screen.findByText(/^Inserted the /)).toBeTruthy();
    expect(host.inserts[0]?.ooxml).toContain(welshTitle);
    expect(host.inserts[0]?.ooxml).toContain('<w:tag w:val="iep:plan:plan-1:full-iep:cy"/>');
  });

  it('follows the document over the remembered choice: an English block is refreshed in English', async () => {
    localStorage.setItem('iep-planner:document-language', 'cy');
    const { user } = await open([{ tag: 'iep:plan:plan-1:full-iep', text: '' }]);
    await waitFor(() => expect(checked('English')).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    expect(await screen.findByText(/^Updated 1 inserted template/)).toBeTruthy();
    expect(host.inserts[0]?.ooxml).not.toContain(welshTitle);
  });
});
