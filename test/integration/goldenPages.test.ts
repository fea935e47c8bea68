/**
 * The golden-page checks: the documents a school prints (test/support/goldenDocuments.ts: a plan
 * with 12 long targets, one strategy longer than a page; its review record; Scotland's Child's
 * Plan; a Welsh IDP), printed to PDF by LibreOffice in one run and read back with poppler.
 *
 * Word clips a row marked "can't split" that is taller than a page; LibreOffice breaks such a row
 * anyway, so clipping itself cannot be seen here. What can be seen is the cause: a row kept whole
 * whose text LibreOffice had to spread over two pages. So every such row's cells must each print
 * on one page, and every strategy must print in full.
 * Needs `libreoffice`, `pdftotext`, `pdfinfo` and `pdftoppm` (installed by apt here and in CI).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagesAsPng, printGoldenDocuments, type PrintedDocument } from '../../scripts/render-documents';
import { AGREED_NEXT_REVIEW, LONGEST_TARGET } from '../support/goldenDocuments';
import { findInOrder, pageCount, pageWords, unsplittableRows } from '../support/printedPages';

/**
 * Words that may come between a strategy's first and last word: at each page break the footer,
 * the repeated header row and the cells beside it on that page.
 */
const PAGE_BREAK_SLACK = 150;

describe('the documents a school prints, printed by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iep-golden-'));
  let printed: Readonly<Record<string, PrintedDocument>> = {};
  const doc = (name: string): PrintedDocument => {
    const found = printed[name];
    if (!found) throw new Error(`${name} was not printed`);
    return found;
  };

  beforeAll(() => {
    printed = Object.fromEntries(printGoldenDocuments(dir).map((p) => [p.document.name, p]));
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['full-iep', 'childs-plan', 'welsh-idp'])(
    '%s prints every target’s full strategy, with no word broken across lines',
    (name) => {
      const { document, pdf } = doc(name);
      const all = pageWords(pdf).flat();
      const lost = document.input.plan.shortTermTargets
        .filter((target) => findInOrder(all, target.strategies, PAGE_BREAK_SLACK) < 0)
        .map((target) => target.id);
      expect(lost).toEqual([]);
    },
  );

  it.each(['full-iep', 'review-record', 'childs-plan', 'welsh-idp'])(
    '%s keeps whole only rows that fit on a page: each such cell prints on a single page',
    (name) => {
      const { docx, pdf } = doc(name);
      const pages = pageWords(pdf);
      const cells = unsplittableRows(docx).flat();
      expect(cells.length).toBeGreaterThan(0);
      const split = cells
        .filter((cell) => !pages.some((page) => findInOrder(page, cell, 60) >= 0))
        .map((cell) => cell.slice(0, 80));
      expect(split).toEqual([]);
    },
  );

  it('lets the strategy longer than a page run on over the next page instead of vanishing', () => {
    const { document, pdf } = doc('full-iep');
    const longest = document.input.plan.shortTermTargets[LONGEST_TARGET - 1];
    expect(longest?.strategies.length).toBeGreaterThan(3000);
    const pages = pageWords(pdf);
    const first = pages.findIndex(
      (page) => findInOrder(page, `Provision for target ${LONGEST_TARGET} (plan step`, 0) >= 0,
    );
    const last = pages.findIndex((page) => findInOrder(page, `End of provision ${LONGEST_TARGET}`, 0) >= 0);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
  });

  it('prints a sane number of pages: the long plan runs on, the Child’s Plan and the Welsh IDP stay short', () => {
    // 12 targets of three lines each, about two to a page, after two pages of details and before one of views.
    expect(pageCount(doc('full-iep').pdf)).toBeGreaterThanOrEqual(6);
    expect(pageCount(doc('full-iep').pdf)).toBeLessThanOrEqual(12);
    expect(pageCount(doc('review-record').pdf)).toBeLessThanOrEqual(12);
    expect(pageCount(doc('childs-plan').pdf)).toBeLessThanOrEqual(6);
    expect(pageCount(doc('welsh-idp').pdf)).toBeLessThanOrEqual(6);
  });

  it('renders every page of each document as PNG, none of them blank', () => {
    ['full-iep', 'review-record', 'childs-plan', 'welsh-idp'].forEach((name) => {
      const { pdf } = doc(name);
      const pages = Array.from({ length: pageCount(pdf) }, (_, index) => index + 1);
      const pngs = pagesAsPng(pdf, join(dir, name), 40, pages);
      expect(pngs).toHaveLength(pages.length);
      // A blank A4 page at 40 dpi compresses to well under 1 kB; a page with a few lines of text does not.
      pngs.forEach((png) => expect(statSync(png).size).toBeGreaterThan(1_500));
    });
  });

  it('titles the Welsh plan an IDP', () => {
    expect(pageWords(doc('welsh-idp').pdf)[0]).toEqual(expect.arrayContaining(['IDP']));
  });

  it('prints the next review date agreed at the meeting, not the reviewed plan’s own', () => {
    const { document, pdf } = doc('review-record');
    const text = pageWords(pdf).flat().join(' ');
    const own = document.input.plan.nextReviewDate?.split('-').reverse().join(' ') ?? '';
    expect(text).toContain(`Next review date ${AGREED_NEXT_REVIEW.split('-').reverse().join(' ')}`);
    expect(own).not.toBe('');
    expect(text).not.toContain(`Next review date ${own}`);
  });
});
