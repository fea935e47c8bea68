/**
 * `npm run documents`: prints the golden documents (a 12-target plan, its review record, Scotland's
 * Child's Plan, a Welsh IDP; test/support/goldenDocuments.ts) with LibreOffice and writes pages 1
 * and 2 of each to docs/documents/ as PNGs, so a reader on GitHub sees what a school prints.
 *
 *   npm run documents [-- outDir]
 *
 * Needs `libreoffice` and `pdftoppm` (poppler-utils). Everything runs offline.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportDocx } from '../src/word/docx';
import { goldenDocuments, type GoldenDocument } from '../test/support/goldenDocuments';
import { convertAllToPdf } from './render-sample-docx';

export interface PrintedDocument {
  readonly document: GoldenDocument;
  readonly docx: string;
  readonly pdf: string;
}

/** Writes each golden document as .docx in `workDir` and prints them all to PDF in one run. */
export const printGoldenDocuments = (workDir: string): PrintedDocument[] => {
  const documents = goldenDocuments();
  const docxPaths = documents.map((document) => {
    const path = join(workDir, `${document.name}.docx`);
    writeFileSync(path, exportDocx(document.kind, document.input));
    return path;
  });
  const pdfs = convertAllToPdf(docxPaths, workDir);
  return documents.map((document, i) => ({ document, docx: docxPaths[i] ?? '', pdf: pdfs[i] ?? '' }));
};

/** Pages 1 and 2 of `pdf` as `<prefix>-1.png` and `<prefix>-2.png` at `dpi`; returns their paths. */
export const pagesAsPng = (pdf: string, prefix: string, dpi: number, pages: readonly number[]): string[] =>
  pages.map((page) => {
    // -singlefile names the file exactly, where a page range would pad numbers to the page count's width.
    const args = ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile'];
    execFileSync('pdftoppm', [...args, pdf, `${prefix}-${page}`], { stdio: 'pipe' });
    return `${prefix}-${page}.png`;
  });

/** Readable on GitHub without zooming: A4 at 110 dpi is 910 pixels wide. */
const DOCS_DPI = 110;

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const outDir = resolve(process.argv[2] ?? join(__dirname, '..', 'docs', 'documents'));
  const workDir = mkdtempSync(join(tmpdir(), 'iep-documents-'));
  try {
    mkdirSync(outDir, { recursive: true });
    printGoldenDocuments(workDir).forEach(({ document, pdf }) => {
      const pngs = pagesAsPng(pdf, join(outDir, document.name), DOCS_DPI, [1, 2]);
      console.log(pngs.join('\n'));
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
