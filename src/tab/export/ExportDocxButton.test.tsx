import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import userEvent from '@testing-library/user-event';
import { createDocumentExporter, type DocumentExporter } from '../../app/documents';
import { Throttled, type Review } from '../../domain';
import { buildPlan, buildReview } from '../../../test/support/planBuilder';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { inPhonicsGroup } from '../../../test/support/groupPlanFixtures';
import { addReviewedPupil } from '../../../test/support/reviewedPupil';
import { ExportDocxButton } from './ExportDocxButton';

const plan = buildPlan({ version: 3 });

const show = (
  exporter: DocumentExporter,
  reviews: readonly Review[] = [],
  names: 'pupil-name' | 'pupil-reference' = 'pupil-name',
) => {
  const saved: { bytes: Uint8Array; fileName: string; mimeType: string }[] = [];
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ExportDocxButton
        exporter={exporter}
        plan={plan}
        reviews={reviews}
        names={names}
        saveFile={(bytes, fileName, mimeType) => saved.push({ bytes, fileName, mimeType })}
      />
    </FluentProvider>,
  );
  return saved;
};

const WORKING = 'Working copy for school (.docx)';
const PARENTS = 'Copy for parents (.docx without editing controls)';

/** Opens the menu and picks a document from one of its two copies. */
const choose = async (user: ReturnType<typeof userEvent.setup>, copy: string, item: string) => {
  await user.click(screen.getByRole('button', { name: 'Export .docx' }));
  const group = await screen.findByRole('group', { name: copy });
  await user.click(within(group).getByRole('menuitem', { name: item }));
};

describe('ExportDocxButton', () => {
  it('downloads the chosen document as a real .docx named after the pupil and version', async () => {
    const user = userEvent.setup();
    const saved = show(createDocumentExporter());
    await choose(user, WORKING, 'IEP short-term targets');

    expect(await screen.findByText('Downloaded IEP - Sam Taylor - v3 - Targets table.docx.')).toBeTruthy();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(Array.from(saved[0]?.bytes.slice(0, 4) ?? [])).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('names the download by the pupil reference when the school keeps names out of file names', async () => {
    const user = userEvent.setup();
    const saved = show(createDocumentExporter(), [], 'pupil-reference');
    await choose(user, WORKING, 'IEP short-term targets');

    await screen.findByText(/^Downloaded IEP - /);
    expect(saved[0]?.fileName).toBe(`IEP - ${plan.pupil.pupilRef} - v3 - Targets table.docx`);
    expect(saved[0]?.fileName).not.toContain('Sam');
  });

  it('disables the review record while this version has no review', async () => {
    const user = userEvent.setup();
    const exportDocx = jest.fn(() => Promise.resolve(new Uint8Array([1])));
    show({ exportDocx });
    await user.click(screen.getByRole('button', { name: 'Export .docx' }));
    const disabled = await screen.findAllByRole('menuitem', { name: 'IEP review record (no review yet)' });
    expect(disabled.map((item) => item.getAttribute('aria-disabled'))).toEqual(['true', 'true']);
  });

  it('passes the latest completed review of this version to the review record', async () => {
    const user = userEvent.setup();
    const exportDocx = jest.fn<Promise<Uint8Array>, Parameters<DocumentExporter['exportDocx']>>(() =>
      Promise.resolve(new Uint8Array([1])),
    );
    const older = buildReview(plan, {
      id: 'review-old',
      start: '2025-12-01T15:00:00Z',
      end: '2025-12-01T16:00:00Z',
    });
    const latest = buildReview(plan, { id: 'review-new' });
    const planned = buildReview(plan, {
      id: 'review-next',
      status: 'planned',
      start: '2026-07-01T15:00:00Z',
      end: null,
    });
    show({ exportDocx }, [older, planned, latest]);
    await choose(user, WORKING, 'IEP review record');
    await screen.findByText(/Downloaded/);
    expect(exportDocx.mock.calls[0]?.[0]).toBe('review-record');
    expect(exportDocx.mock.calls[0]?.[1].review?.id).toBe('review-new');
  });

  it('gives the review record the version the review agreed and the pupil’s date of birth', async () => {
    const user = userEvent.setup();
    const store = createInMemoryIepStore();
    const { closed, opened, review } = await addReviewedPupil(store);
    const exportDocx = jest.fn<Promise<Uint8Array>, Parameters<DocumentExporter['exportDocx']>>(() =>
      Promise.resolve(new Uint8Array([1])),
    );
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ExportDocxButton
          exporter={{ exportDocx }}
          plan={closed}
          reviews={[review]}
          store={store}
          saveFile={() => undefined}
        />
      </FluentProvider>,
    );
    await choose(user, PARENTS, 'IEP review record');
    await screen.findByText(/Downloaded/);
    expect(exportDocx.mock.calls[0]?.[1].nextVersion?.id).toBe(opened.id);
    expect(exportDocx.mock.calls[0]?.[1].dateOfBirth).toBe('2017-05-09');
  });

  it('prints the child’s group targets in the plan, and says so when they could not be read', async () => {
    const user = userEvent.setup();
    const store = createInMemoryIepStore();
    const { pupil, opened } = await addReviewedPupil(store);
    const { provisions } = await inPhonicsGroup(pupil.id);
    let unreadable = false;
    const source = {
      pupilProvisions: (id: typeof pupil.id) =>
        unreadable ? Promise.reject(new Throttled(10)) : provisions.pupilProvisions(id),
    };
    const saved: Uint8Array[] = [];
    render(
      <FluentProvider theme={teamsLightTheme}>
        <ExportDocxButton
          exporter={createDocumentExporter()}
          plan={opened}
          store={store}
          provisions={source}
          saveFile={(bytes) => saved.push(bytes)}
        />
      </FluentProvider>,
    );
    const documentXml = (bytes: Uint8Array | undefined) =>
      strFromU8(unzipSync(bytes ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array());

    await choose(user, WORKING, 'SEN support plan (IEP)');
    await screen.findByText(/^Downloaded/);
    expect(documentXml(saved[0])).toContain('Blend CVC words');
    expect(screen.queryByText('This document has no group targets')).toBeNull();

    unreadable = true;
    await choose(user, WORKING, 'SEN support plan (IEP)');
    expect(await screen.findByText('This document has no group targets')).toBeTruthy();
    expect(saved).toHaveLength(2);
    expect(documentXml(saved[1])).not.toContain('Blend CVC words');
  });

  it('says what to do when the document cannot be made', async () => {
    const user = userEvent.setup();
    show({ exportDocx: () => Promise.reject(new Throttled(10)) });
    await choose(user, WORKING, 'SEN support plan (IEP)');
    expect(await screen.findByText('The Word document could not be made')).toBeTruthy();
    expect(screen.getByText(new Throttled(10).advice, { exact: false })).toBeTruthy();
  });

  it('gives parents a copy with no content controls at all, and says it is theirs in its name', async () => {
    const user = userEvent.setup();
    const saved = show(createDocumentExporter());
    await choose(user, PARENTS, 'SEN support plan (IEP)');

    expect(await screen.findByText('Downloaded IEP - Sam Taylor - v3 - for parents.docx.')).toBeTruthy();
    const parts = unzipSync(saved[0]?.bytes ?? new Uint8Array());
    const xmlParts = Object.entries(parts).filter(([name]) => /\.(xml|rels)$/.test(name));
    expect(xmlParts.map(([name]) => name)).toContain('word/document.xml');
    xmlParts.forEach(([, bytes]) => expect(strFromU8(bytes)).not.toMatch(/<w:sdt[\s>]/));
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toContain(
      plan.shortTermTargets[0]?.text,
    );
  });

  it('offers the parents a PDF made by Microsoft 365 when the library can convert it', async () => {
    const user = userEvent.setup();
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const exportParentsPdf = jest.fn(() => Promise.resolve(pdf));
    const saved = show({ exportDocx: () => Promise.reject(new Error('not used')), exportParentsPdf });
    await choose(user, 'Copy for parents (.pdf)', 'SEN support plan (IEP)');

    expect(await screen.findByText('Downloaded IEP - Sam Taylor - v3 - for parents.pdf.')).toBeTruthy();
    expect(saved[0]).toEqual({
      bytes: pdf,
      fileName: 'IEP - Sam Taylor - v3 - for parents.pdf',
      mimeType: 'application/pdf',
    });
  });

  it('says to use the Word copy when Microsoft 365 cannot make the PDF', async () => {
    const user = userEvent.setup();
    const saved = show({
      exportDocx: () => Promise.reject(new Error('not used')),
      exportParentsPdf: () => Promise.resolve(null),
    });
    await choose(user, 'Copy for parents (.pdf)', 'IEP short-term targets');

    expect(await screen.findByText('Microsoft 365 could not make a PDF of this document')).toBeTruthy();
    expect(saved).toEqual([]);
  });

  it('offers no PDF where there is no library to convert through', async () => {
    const user = userEvent.setup();
    show(createDocumentExporter());
    await user.click(screen.getByRole('button', { name: 'Export .docx' }));
    await screen.findByRole('group', { name: PARENTS });
    expect(screen.queryByRole('group', { name: 'Copy for parents (.pdf)' })).toBeNull();
  });
});
