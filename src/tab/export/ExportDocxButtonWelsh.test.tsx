import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { createDocumentExporter, type DocumentExporter } from '../../app/documents';
import type { Plan } from '../../domain';
import { buildPlan } from '../../../test/support/planBuilder';
import { ExportDocxButton } from './ExportDocxButton';

const WORKING = 'Working copy for school (.docx)';

const show = (plan: Plan, exporter: DocumentExporter) => {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ExportDocxButton
        exporter={exporter}
        plan={plan}
        saveFile={(bytes, fileName) => saved.push({ bytes, fileName })}
      />
    </FluentProvider>,
  );
  return saved;
};

const choose = async (user: ReturnType<typeof userEvent.setup>, item: string) => {
  await user.click(screen.getByRole('button', { name: 'Export .docx' }));
  const group = await screen.findByRole('group', { name: WORKING });
  await user.click(within(group).getByRole('menuitem', { name: item }));
};

describe('ExportDocxButton in Welsh', () => {
  const welshPlan = buildPlan({ version: 2, nation: 'wales', stage: 'school-idp' });
  // Each test starts as a person who never chose a language in this browser.
  beforeEach(() => localStorage.clear());

  it('offers a plan in Wales its documents in Welsh, and downloads a Welsh .docx named apart', async () => {
    const user = userEvent.setup();
    const saved = show(welshPlan, createDocumentExporter());
    await user.click(screen.getByRole('radio', { name: 'Welsh (Cymraeg)' }));
    await choose(user, 'IDP short-term targets');

    expect(
      await screen.findByText('Downloaded IDP - Sam Taylor - v2 - Targets table - Cymraeg.docx.'),
    ).toBeTruthy();
    const core = strFromU8(
      unzipSync(saved[0]?.bytes ?? new Uint8Array())['docProps/core.xml'] ?? new Uint8Array(),
    );
    expect(core).toContain('<dc:language>cy-GB</dc:language>');
  });

  it('exports in English until Welsh is chosen', async () => {
    const user = userEvent.setup();
    const exportDocx = jest.fn<Promise<Uint8Array>, Parameters<DocumentExporter['exportDocx']>>(() =>
      Promise.resolve(new Uint8Array([1])),
    );
    show(welshPlan, { exportDocx });
    expect((screen.getByRole('radio', { name: 'English' }) as HTMLInputElement).checked).toBe(true);
    await choose(user, 'IDP short-term targets');
    await screen.findByText(/^Downloaded /);
    expect(exportDocx.mock.calls[0]?.[1].language).toBeUndefined();
  });

  it('starts with the language chosen last time, remembered as a bare language code', async () => {
    const user = userEvent.setup();
    const exportDocx = jest.fn<Promise<Uint8Array>, Parameters<DocumentExporter['exportDocx']>>(() =>
      Promise.resolve(new Uint8Array([1])),
    );
    const first = render(
      <FluentProvider theme={teamsLightTheme}>
        <ExportDocxButton exporter={{ exportDocx }} plan={welshPlan} saveFile={jest.fn()} />
      </FluentProvider>,
    );
    await user.click(screen.getByRole('radio', { name: 'Welsh (Cymraeg)' }));
    first.unmount();
    // Nothing about the child is kept: one key, holding only the language.
    expect(Object.entries(localStorage)).toEqual([['iep-planner:document-language', 'cy']]);

    show(welshPlan, { exportDocx });
    expect((screen.getByRole('radio', { name: 'Welsh (Cymraeg)' }) as HTMLInputElement).checked).toBe(true);
    await choose(user, 'IDP short-term targets');
    await screen.findByText(/^Downloaded /);
    expect(exportDocx.mock.calls[0]?.[1].language).toBe('cy');
  });

  it('offers no choice of language for a plan outside Wales', () => {
    show(buildPlan(), { exportDocx: () => Promise.resolve(new Uint8Array([1])) });
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Welsh (Cymraeg)' })).toBeNull();
  });
});
