/**
 * How much room text takes when Word sets it in Arial: the width of a word and the height of a
 * cell's paragraphs in a column. Estimates err on the large side (glyphs are rounded up to the
 * widest of their group, unknown scripts count as wide, lines get extra leading), because they
 * decide whether a table row may be kept whole: a row kept whole that is taller than a page is
 * clipped by Word and part of the text never prints.
 */
import { CELL_PADDING } from './layout';

/** Arial advance widths in thousandths of an em, each group rounded up to its widest member. */
const NARROW = new Set("ijlI.,:;!|'`");
const SLIM = new Set('frt()[]{}-/\\ "*');
const WIDE_LOWER = new Set('mw');
const WIDE_UPPER = new Set('MW@%');
const BOLD_FACTOR = 1.1;
/** Arial's line height is 1.15 em; 1.2 leaves room for Word's rounding and mixed scripts. */
const LINE_HEIGHT_EM = 1.2;

const baseLetter = (char: string): string => char.normalize('NFD').charAt(0);

const glyphWidth = (char: string): number => {
  const c = baseLetter(char);
  if (NARROW.has(c)) return 278;
  if (SLIM.has(c)) return 355;
  if (WIDE_LOWER.has(c)) return 944;
  if (WIDE_UPPER.has(c)) return 944;
  if (/[a-z0-9#$&+<=>?^_~]/.test(c)) return 584;
  if (/[A-Z]/.test(c)) return 778;
  const code = c.codePointAt(0) ?? 0;
  // Latin punctuation and symbols, then other scripts (Arabic, Welsh's ŵ decomposes above), then
  // emoji and CJK, which Word sets in a fallback font a full em wide or more.
  if (code < 0x2000) return 722;
  return 1100;
};

/** The width in dxa of `text` on one line at `size` half-points. */
export const textWidth = (text: string, size: number, bold = false): number => {
  const em = [...text].reduce((sum, char) => sum + glyphWidth(char), 0) / 1000;
  // 1 pt = 20 dxa and `size` is in half-points, so one em is size * 10 dxa.
  return Math.ceil(em * size * 10 * (bold ? BOLD_FACTOR : 1));
};

/** The width of the widest single word in `text`: the narrowest a column may be without breaking a word. */
export const widestWordWidth = (text: string, size: number, bold = false): number =>
  Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, size, bold)));

/** The narrowest column (padding included) in which no word of any of `texts` breaks. */
export const minimumColumnWidth = (texts: readonly string[], size: number, bold = false): number =>
  Math.max(0, ...texts.map((text) => widestWordWidth(text, size, bold))) + 2 * CELL_PADDING.side;

/** Lines one paragraph takes when wrapped word by word in `width` dxa; a too-long word breaks. */
export const lineCount = (text: string, width: number, size: number, bold = false): number => {
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/[ \t]+/).filter((w) => w !== '')) {
    const wordWidth = textWidth(word, size, bold);
    if (used > 0 && used + space + wordWidth <= width) {
      used += space + wordWidth;
      continue;
    }
    if (used > 0) lines += 1;
    // A word wider than the column runs on over as many lines as it needs.
    const extra = Math.max(0, Math.ceil(wordWidth / width) - 1);
    lines += extra;
    used = wordWidth - extra * width;
  }
  return lines;
};

export interface MeasuredParagraph {
  readonly text: string;
  readonly bold?: boolean;
}

/** The height in dxa of one line at `size` half-points. */
export const lineHeight = (size: number): number => Math.ceil(size * 10 * LINE_HEIGHT_EM);

/**
 * The height in dxa of a table cell holding `paragraphs` (each line break starts a new paragraph)
 * in a column `columnWidth` dxa wide, padding included.
 */
export const cellHeight = (
  paragraphs: readonly MeasuredParagraph[],
  columnWidth: number,
  size: number,
): number => {
  const width = Math.max(1, columnWidth - 2 * CELL_PADDING.side);
  const lines = paragraphs.reduce(
    (sum, p) => sum + p.text.split(/\r?\n/).reduce((n, line) => n + lineCount(line, width, size, p.bold), 0),
    0,
  );
  return Math.max(1, lines) * lineHeight(size) + CELL_PADDING.top + CELL_PADDING.bottom;
};
