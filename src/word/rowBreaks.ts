/**
 * Which table rows may be kept whole on a page. Word never splits a row marked `cantSplit`, and a
 * row like that which is taller than a page is clipped at the page's foot: the rest of its text
 * never prints. So a row is kept whole only when its estimated height (textMeasure.ts, which errs
 * on the large side) is well under a page, and a group of rows (one target's lines) is kept
 * together only when the whole group is; otherwise the rows split and the text runs on overleaf.
 */
import { CONTENT_HEIGHT, TABLE_SIZE } from './layout';
import { cellHeight, lineHeight, type MeasuredParagraph } from './textMeasure';

export interface MeasuredCell {
  /** Column width in dxa, padding included. */
  readonly width: number;
  readonly paragraphs: readonly MeasuredParagraph[];
}

/**
 * The tallest row (in dxa) kept whole: a page less a repeated header row and a heading kept with
 * the table, with a fifth to spare for the estimate's errors.
 */
export const ROW_HEIGHT_LIMIT = Math.floor((CONTENT_HEIGHT - 4 * lineHeight(TABLE_SIZE)) * 0.8);

export interface RowBreakPlan {
  readonly rows: readonly { readonly height: number; readonly cantSplit: boolean }[];
  /** Whether the rows fit on one page together, so each may be kept with the next. */
  readonly keepTogether: boolean;
}

export const rowHeight = (cells: readonly MeasuredCell[], size: number = TABLE_SIZE): number =>
  Math.max(0, ...cells.map((cell) => cellHeight(cell.paragraphs, cell.width, size)));

export const rowBreaks = (
  rows: readonly (readonly MeasuredCell[])[],
  size: number = TABLE_SIZE,
): RowBreakPlan => {
  const heights = rows.map((cells) => rowHeight(cells, size));
  return {
    rows: heights.map((height) => ({ height, cantSplit: height <= ROW_HEIGHT_LIMIT })),
    keepTogether: heights.reduce((a, b) => a + b, 0) <= ROW_HEIGHT_LIMIT,
  };
};
