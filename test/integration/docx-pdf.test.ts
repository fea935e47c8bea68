/**
 * The exported .docx opened by a real word processor: LibreOffice converts it to PDF and poppler
 * reads the text back, so this proves the package opens, lays out and prints what the plan says.
 * Needs `libreoffice` and `pdftotext` (installed by apt here and in CI).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf } from '../../scripts/render-sample-docx';
import { exportDocx } from '../../src/word/docx';
import { planWithTargets, shortTermTarget } from '../support/planBuilder';

const squash = (text: string): string => text.replace(/\s+/g, ' ');

const pdfText = (pdf: string, page?: number): string =>
  squash(
    execFileSync(
      'pdftotext',
      [...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), pdf, '-'],
      {
        encoding: 'utf8',
      },
    ),
  );

const pageCount = (pdf: string): number => {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
};

describe('a 12-target IEP exported as .docx and printed to PDF by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iep-docx-pdf-'));
  const plan = planWithTargets(12);
  const withMarkup = {
    ...plan,
    shortTermTargets: plan.shortTermTargets.map((t, i) =>
      i === 5 ? shortTermTarget(6, { ...t, text: 'Target 6: Sam & Ali will share <the> "big" book.' }) : t,
    ),
  } as typeof plan;
  let pdf = '';

  beforeAll(() => {
    const docx = join(dir, 'iep.docx');
    writeFileSync(docx, exportDocx('full-iep', { plan: withMarkup }));
    pdf = convertToPdf(docx, dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints every target, in plan order, with markup characters as plain text', () => {
    const text = pdfText(pdf);
    const positions = withMarkup.shortTermTargets.map((t) => text.indexOf(squash(t.text)));
    positions.forEach((position) => expect(position).toBeGreaterThanOrEqual(0));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Sam & Ali will share <the> "big" book.');
  });

  it('prints UK dates and the signature lines', () => {
    const text = pdfText(pdf);
    expect(text).toContain('24/03/2026');
    const signatures = ['Agreed by', 'SENCO Ms Jones', 'Parent/carer Alex Taylor', 'Pupil Sam Taylor'].map(
      (line) => text.lastIndexOf(line),
    );
    signatures.forEach((position) => expect(position).toBeGreaterThanOrEqual(0));
    expect([...signatures].sort((a, b) => a - b)).toEqual(signatures);
    expect(text).toMatch(/Signature Date/);
  });

  it('repeats the targets table header on every page the table reaches, and numbers the pages', () => {
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const pagesWithTargets = Array.from({ length: pages }, (_, i) => i + 1).filter((page) =>
      withMarkup.shortTermTargets.some((t) => pdfText(pdf, page).includes(squash(t.text))),
    );
    expect(pagesWithTargets.length).toBeGreaterThan(1);
    pagesWithTargets.forEach((page) =>
      expect(pdfText(pdf, page)).toContain('No. Area Target Success criteria'),
    );
    expect(pdfText(pdf, pages)).toContain(`Page ${pages} of ${pages}`);
  });
});
