/**
 * WordprocessingML building blocks: paragraphs, headings, tables and content controls. Templates
 * compose these; nothing here knows about plans. Element order inside every *Pr element follows
 * the ECMA-376 schema sequence, which Word enforces when it reads inserted OOXML.
 */
import { CELL_PADDING, COLOURS } from './layout';
import { composedRuns, escapeXml, runs, startsRtl, type LinePart, type RunFormat } from './xmlText';

export interface ParagraphOptions {
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  /** Space after, in dxa. */
  readonly spacingAfter?: number;
  /** Marks the paragraph right to left (`w:bidi`); runs still carry their own `w:rtl`. */
  readonly rtl?: boolean;
}

export const paragraph = (runsXml: string, options: ParagraphOptions = {}): string => {
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.keepNext ? '<w:keepNext/>' : '',
    options.rtl ? '<w:bidi/>' : '',
    options.spacingAfter === undefined ? '' : `<w:spacing w:after="${options.spacingAfter}"/>`,
    options.align ? `<w:jc w:val="${options.align}"/>` : '',
  ].join('');
  return `<w:p>${props === '' ? '' : `<w:pPr>${props}</w:pPr>`}${runsXml}</w:p>`;
};

/**
 * A paragraph of one piece of text: fixed wording, or a single value someone typed. Documents are
 * written left to right (English, Welsh); only a typed value whose own text starts in a right-to-left
 * script makes its paragraph read right to left. Lines joining several values use `composedLine`.
 */
export const textParagraph = (text: string, options: ParagraphOptions & RunFormat = {}): string => {
  const rtl = options.rtl ?? startsRtl(text);
  return paragraph(runs(text, options, rtl ? 'rtl' : 'ltr'), { ...options, rtl });
};

/**
 * A left-to-right paragraph joining fixed wording and typed values (`userValue`), each value isolated
 * from its neighbours: "Sam · 4B · Version 2" stays in that order whatever script a name is in.
 */
export const composedLine = (
  parts: readonly LinePart[],
  options: Omit<ParagraphOptions, 'rtl'> & RunFormat = {},
): string => paragraph(composedRuns(parts, options, 'ltr'), options);

/** Built-in heading styles, so Word's navigation pane and table of contents pick the headings up. */
export const heading = (level: 1 | 2, text: string): string =>
  textParagraph(text, { style: `Heading${level}` });

export const title = (text: string): string => textParagraph(text, { style: 'Title' });

export const emptyParagraph = (): string => '<w:p/>';

export interface ControlProps {
  readonly tag: string;
  /** Shown by Word on the control's title bar (`w:alias`, Office.js `title`). */
  readonly title: string;
}

/**
 * A content control, never locked: a control locked against deletion stops a SENCO deleting a
 * target's row, so refresh and save-back find controls by their tags instead. The same `w:sdt` shape wraps block content, a table row or runs: what sits
 * in `w:sdtContent` decides which kind Word reports (RichTextParagraphs, RichTextTableRow, RichTextInline).
 * No `w:id`: Word assigns unique ids on insertion, so ids never clash with controls already in the document.
 */
export const contentControl = (props: ControlProps, content: string): string =>
  `<w:sdt><w:sdtPr><w:alias w:val="${escapeXml(props.title)}"/><w:tag w:val="${escapeXml(props.tag)}"/>` +
  `</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

export interface Cell {
  /** Block XML (one or more paragraphs); a cell must end with a paragraph. */
  readonly content: string;
  readonly span?: number;
  readonly fill?: string;
  /**
   * Joins the cell with the one above (`continue`) into a single cell spanning rows, begun by a
   * cell marked `restart`; the continuing cells' content must be an empty paragraph.
   */
  readonly merge?: 'restart' | 'continue';
}

export interface RowOptions {
  /** Repeats at the top of every page the table reaches. */
  readonly header?: boolean;
  /**
   * Keeps the row on one page; leave off for rows that might be taller than a page, which Word
   * would clip rather than split.
   */
  readonly cantSplit?: boolean;
  /** Minimum height in dxa, e.g. room for a signature. */
  readonly minHeight?: number;
}

const cellXml = (cell: Cell, width: number): string => {
  const props = [
    `<w:tcW w:w="${width}" w:type="dxa"/>`,
    cell.span && cell.span > 1 ? `<w:gridSpan w:val="${cell.span}"/>` : '',
    cell.merge ? `<w:vMerge w:val="${cell.merge}"/>` : '',
    cell.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${cell.fill}"/>` : '',
  ].join('');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${cell.content}</w:tc>`;
};

export const tableRow = (
  cells: readonly Cell[],
  widths: readonly number[],
  options: RowOptions = {},
): string => {
  let column = 0;
  const cellsXml = cells
    .map((cell) => {
      const span = cell.span ?? 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      return cellXml(cell, width);
    })
    .join('');
  const props = [
    options.cantSplit ? '<w:cantSplit/>' : '',
    options.minHeight ? `<w:trHeight w:val="${options.minHeight}" w:hRule="atLeast"/>` : '',
    options.header ? '<w:tblHeader/>' : '',
  ].join('');
  return `<w:tr>${props === '' ? '' : `<w:trPr>${props}</w:trPr>`}${cellsXml}</w:tr>`;
};

const border = (side: string): string =>
  `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${COLOURS.border}"/>`;

export interface TableSpec {
  /** Alternative text for screen readers (`w:tblCaption`). */
  readonly caption: string;
  readonly widths: readonly number[];
  /** Row XML, possibly wrapped in row-level content controls. */
  readonly rows: readonly string[];
  /** Left and right cell padding in dxa; narrow for many-column tables so single words never break. */
  readonly cellPadding?: number;
}

/** A fixed-layout, fully bordered table whose grid matches `widths` exactly. */
export const table = (spec: TableSpec): string => {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const pad = spec.cellPadding ?? CELL_PADDING.side;
  const tblPr =
    `<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="${total}" w:type="dxa"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar><w:top w:w="${CELL_PADDING.top}" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/>` +
    `<w:bottom w:w="${CELL_PADDING.bottom}" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `<w:tblCaption w:val="${escapeXml(spec.caption)}"/></w:tblPr>`;
  const grid = `<w:tblGrid>${spec.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  return `<w:tbl>${tblPr}${grid}${spec.rows.join('')}</w:tbl>`;
};

/** Cell text in the table paragraph style (no space after); `keepNext` keeps the row with the next one. */
export const cellText = (text: string, format: RunFormat & { keepNext?: boolean } = {}): string =>
  textParagraph(text, { style: 'IepTableText', ...format });

export const headerCell = (text: string, span?: number): Cell => ({
  content: cellText(text, { bold: true }),
  fill: COLOURS.headerFill,
  ...(span === undefined ? {} : { span }),
});

export const labelCell = (text: string): Cell => ({
  content: cellText(text, { bold: true }),
  fill: COLOURS.labelFill,
});

export const valueCell = (text: string, span?: number): Cell => ({
  content: cellText(text),
  ...(span === undefined ? {} : { span }),
});

/** A header row that repeats on every page and is never split. */
export const headerRow = (labels: readonly string[], widths: readonly number[]): string =>
  tableRow(
    labels.map((label) => headerCell(label)),
    widths,
    { header: true, cantSplit: true },
  );
