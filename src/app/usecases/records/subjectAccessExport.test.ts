import { strFromU8, unzipSync } from 'fflate';
import { asClassTeamId, asEvidenceId, formatUkDate, type Pupil, type ShortTermTarget } from '../../../domain';
import { createInMemoryIepStore } from '../../../../test/support/inMemoryIepStore';
import { planFor } from '../../../../test/integration/support/pupils';
import { inPhonicsGroup } from '../../../../test/support/groupPlanFixtures';
import { addReviewedPupil } from '../../../../test/support/reviewedPupil';
import { createDocumentExporter } from '../../documents';
import { subjectAccessExport } from './subjectAccessExport';

const csvRows = (bytes: Uint8Array | undefined): string[] =>
  strFromU8(bytes ?? new Uint8Array())
    .replace(/^\uFEFF/, '')
    .split('\r\n');

const setUp = async () => {
  const store = createInMemoryIepStore();
  const { pupil, closed, opened, review } = await addReviewedPupil(store, {
    familyName: '=HYPERLINK("http://x")',
  });
  await store.updatePupil({ ...pupil, registerStatus: 'left', leftOn: '2026-11-23' }, pupil);
  return { store, pupil, closed, opened, review };
};

describe('subject access export', () => {
  it('packs every version, review and evidence of the pupil as readable files listed in a manifest', async () => {
    const { store, pupil, closed, opened } = await setUp();
    const steps: [number, number][] = [];

    const made = await subjectAccessExport(
      store,
      createDocumentExporter(),
      { pupilId: pupil.id, madeAt: '2026-12-03T10:00:00Z', madeBy: 'Priya Shah' },
      (done, total) => steps.push([done, total]),
    );

    expect(made.fileName).toBe('Subject access - A123456789012 - 2026-12-03.zip');
    const files = unzipSync(made.bytes);
    const paths = Object.keys(files).sort();
    expect(paths).toEqual(
      [
        'manifest.csv',
        'pupil.csv',
        'register-history.csv',
        `plan-1/version-${closed.version}/plan.docx`,
        `plan-1/version-${closed.version}/targets.csv`,
        `plan-1/version-${closed.version}/evidence.csv`,
        `plan-1/version-${closed.version}/reviews.csv`,
        `plan-1/version-${closed.version}/review-record-1.docx`,
        `plan-1/version-${opened.version}/plan.docx`,
        `plan-1/version-${opened.version}/targets.csv`,
        `plan-1/version-${opened.version}/evidence.csv`,
        `plan-1/version-${opened.version}/reviews.csv`,
      ].sort(),
    );
    expect(made.fileCount).toBe(paths.length);
    const manifest = csvRows(files['manifest.csv']);
    for (const path of paths) expect(manifest.some((row) => row.startsWith(path))).toBe(true);
    expect(Array.from(files[`plan-1/version-${closed.version}/plan.docx`]?.slice(0, 2) ?? [])).toEqual([
      0x50, 0x4b,
    ]);

    const targets = csvRows(files[`plan-1/version-${closed.version}/targets.csv`]);
    expect(targets).toHaveLength(1 + closed.shortTermTargets.length);
    expect(targets[1]).toContain(closed.shortTermTargets[0]?.text ?? '(no target)');
    const history = csvRows(files['register-history.csv']);
    expect(history.map((row) => row.split(',')[2])).toEqual([
      'What',
      'Added to the register',
      'Left the school',
    ]);
    // A name a spreadsheet would run as a formula is kept as text.
    expect(csvRows(files['pupil.csv'])[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(steps.at(-1)).toEqual([4, 4]);
  });

  it('prints in each review record the next review date that review agreed, and the date of birth', async () => {
    const { store, pupil, closed, opened } = await setUp();
    const made = await subjectAccessExport(store, createDocumentExporter(), {
      pupilId: pupil.id,
      madeAt: '2026-12-03T10:00:00Z',
      madeBy: 'Priya Shah',
    });
    const record = unzipSync(
      unzipSync(made.bytes)[`plan-1/version-${closed.version}/review-record-1.docx`] ?? new Uint8Array(),
    );
    const text = strFromU8(record['word/document.xml'] ?? new Uint8Array()).replace(/<[^>]+>/g, ' ');
    expect(opened.nextReviewDate).not.toBe(closed.nextReviewDate);
    expect(text).toMatch(new RegExp(`Next review date\\s+${formatUkDate(opened.nextReviewDate ?? '')}`));
    expect(text).toContain('09/05/2017');
  });

  it('keeps a target withdrawn from a plan, dated, with its evidence', async () => {
    const store = createInMemoryIepStore();
    const [pupil] = (await store.addPupils([
      {
        givenName: 'Ola',
        familyName: 'Nowak',
        dateOfBirth: '2017-01-02',
        pupilRef: 'B1',
        classTeamId: asClassTeamId('team-otters'),
        className: 'Year 4 Otters',
        yearGroup: 'Year 4',
        senStatus: 'K',
        primaryNeed: 'SPLD',
      },
    ])) as [Pupil];
    const plan = await store.createPlan({ pupil, plan: planFor(pupil, 2) });
    const [kept, dropped] = plan.shortTermTargets as [ShortTermTarget, ShortTermTarget];
    const evidence = {
      id: asEvidenceId('draft-e'),
      date: '2026-11-10',
      rating: 2,
      note: 'Tried twice',
      recordedBy: 'Tom',
    };
    const { plan: withEvidence } = await store.savePlan(
      { ...plan, shortTermTargets: [kept, { ...dropped, evidence: [evidence] }] },
      plan,
    );
    await store.savePlan({ ...withEvidence, shortTermTargets: [kept] }, withEvidence);

    const made = await subjectAccessExport(store, createDocumentExporter(), {
      pupilId: pupil.id,
      madeAt: '2026-12-03T10:00:00Z',
      madeBy: 'Priya Shah',
    });

    const files = unzipSync(made.bytes);
    const targets = csvRows(files[`plan-1/version-${plan.version}/targets.csv`]);
    expect(targets[0]?.split(',').at(-1)).toBe('Withdrawn on');
    expect(targets[1]).toContain(kept.text);
    expect(targets[1]?.endsWith(',')).toBe(true);
    expect(targets[2]).toContain(dropped.text);
    expect(targets[2]?.endsWith(',2026-11-24')).toBe(true);
    const evidenceRows = csvRows(files[`plan-1/version-${plan.version}/evidence.csv`]);
    expect(evidenceRows[1]).toMatch(/^2,2026-11-10,.*Tried twice/);
  });

  it('names nobody in the file name when the pupil has no reference', async () => {
    const { store, pupil } = await setUp();
    await store.updatePupil(
      { ...(await store.findPupil(pupil.id)), pupilRef: '' },
      await store.findPupil(pupil.id),
    );

    const made = await subjectAccessExport(store, createDocumentExporter(), {
      pupilId: pupil.id,
      madeAt: '2026-12-03T10:00:00Z',
      madeBy: 'Priya Shah',
    });

    expect(made.fileName).toBe(`Subject access - pupil ${pupil.id} - 2026-12-03.zip`);
    expect(made.fileName).not.toMatch(/Maja|HYPERLINK/);
  });
});

describe("subject access export: the child's group targets", () => {
  const documentText = (docx: Uint8Array | undefined): string =>
    strFromU8(unzipSync(docx ?? new Uint8Array())['word/document.xml'] ?? new Uint8Array());
  const request = (pupil: Pupil) => ({
    pupilId: pupil.id,
    madeAt: '2026-12-03T10:00:00Z',
    madeBy: 'Priya Shah',
  });

  it('prints them in the plan whose period they fall in, with the outcome recorded for this child', async () => {
    const { store, pupil, closed, opened } = await setUp();
    const { provisions } = await inPhonicsGroup(pupil.id);
    const made = await subjectAccessExport(
      store,
      createDocumentExporter(),
      request(pupil),
      undefined,
      provisions,
    );
    const files = unzipSync(made.bytes);
    const current = documentText(files[`plan-1/version-${opened.version}/plan.docx`]);
    expect(current).toContain('Group targets');
    expect(current).toContain('Blend CVC words');
    expect(current).toContain('6 of 10');
    expect(documentText(files[`plan-1/version-${closed.version}/plan.docx`])).not.toContain(
      'Blend CVC words',
    );
    expect(csvRows(files['manifest.csv']).join('\n')).not.toContain('group targets could not be read');
  });

  it('still makes the export when the provisions cannot be read, and says so in the manifest', async () => {
    const { store, pupil, opened } = await setUp();
    const failing = { pupilProvisions: () => Promise.reject(new Error('network')) };
    const made = await subjectAccessExport(
      store,
      createDocumentExporter(),
      request(pupil),
      undefined,
      failing,
    );
    const files = unzipSync(made.bytes);
    expect(documentText(files[`plan-1/version-${opened.version}/plan.docx`])).not.toContain('Group targets');
    expect(csvRows(files['manifest.csv'])[1]).toContain(
      'The group targets could not be read, so the plans are printed without them',
    );
  });
});
