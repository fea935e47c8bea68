/**
 * Reading a printed document back: the words of each PDF page (poppler's pdftotext), and the rows
 * of the .docx that asked to be kept whole on one page. `-raw` keeps LibreOffice's drawing order,
 * cell by cell, and keeps a hyphen at a line's end (the default layout mode interleaves the lines
 * of side-by-side cells and joins "Pre-" at a page's foot to the footer). Words rather than text,
 * so spacing and line breaks never matter.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** Letters and digits only, compatibility-normalised (so a ligature "ﬁ" reads as "fi"). */
export const words = (text: string): string[] => text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words a Latin-script reader can match: right-to-left words may come back in visual order. */
const comparable = (word: string): boolean => /^[\p{Script=Latin}\p{N}]+$/u.test(word);

export const pageCount = (pdf: string): number => {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
};

/** The words of each page, page 1 first. */
export const pageWords = (pdf: string): string[][] =>
  execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 })
    .split('\f')
    .slice(0, pageCount(pdf))
    .map(words);

/**
 * Where `expected`'s comparable words all appear in order in `haystack`, with no more than
 * `slack` other words between the first and the last (other cells' lines, a page's footer and
 * repeated header); -1 when they do not.
 */
export const findInOrder = (haystack: readonly string[], expected: string, slack: number): number => {
  const needle = words(expected).filter(comparable);
  if (needle.length === 0) return 0;
  for (
    let start = haystack.indexOf(needle[0] ?? '');
    start >= 0;
    start = haystack.indexOf(needle[0] ?? '', start + 1)
  ) {
    let at = start;
    const found = needle.slice(1).every((word) => {
      at = haystack.indexOf(word, at + 1);
      return at >= 0;
    });
    if (found && at - start + 1 <= needle.length + slack) return start;
  }
  return -1;
};

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const cellText = (cellXml: string): string =>
  unescapeXml(
    // A paragraph's end, a line break or a tab separates words as a space does.
    (cellXml.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<\/w:p>|<w:br\/>|<w:tab\/>/g) ?? [])
      .map((piece) =>
        piece.startsWith('<w:t') && piece !== '<w:tab/>' ? piece.replace(/<[^>]+>/g, '') : ' ',
      )
      .join(''),
  );

/** The text of each cell of each `w:cantSplit` row of a .docx (documents without nested tables). */
export const unsplittableRows = (docxPath: string): string[][] => {
  const xml = strFromU8(unzipSync(readFileSync(docxPath))['word/document.xml'] ?? new Uint8Array());
  return (xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [])
    .filter((row) => row.includes('<w:cantSplit/>'))
    .map((row) => {
      if (row.includes('<w:tbl>')) throw new Error('A nested table: read this document another way.');
      return (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(cellText).filter((t) => t.trim() !== '');
    });
};
