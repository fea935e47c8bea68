/**
 * Tables of short-term targets, numbered 1, 2, 3… so "targets 3 and 4" in a review finds them.
 * Each target's rows (one per line of its grid, see targetGrid.ts) sit in one row-level content
 * control (`iep:target:<id>`), and each value shown alone holds an inline control
 * (`iep:field:<id>:<field>`) so save-back can read what a teacher typed. No control is locked:
 * a SENCO must be able to delete a row, and a parent's copy should never fight back.
 *
 * Why row-level controls: a `w:sdt` around rows inside a complete `w:tbl` is valid OOXML that
 * Word reports as `RichTextTableRow` and keeps through `insertOoxml`; its content may hold several
 * `w:tr` (ECMA-376 Part 1, wml.xsd: CT_SdtContentRow is EG_ContentRowContent, maxOccurs
 * unbounded), so one control still means one target. Office.js cannot create such a control
 * itself (inserting a control on a selected row wraps the whole table), so it arrives in the OOXML.
 * Why inline field controls rather than cell-level ones: inline rich text controls are the kind
 * every Word client and LibreOffice handle most reliably, and a control's `text` is then exactly
 * the field's value.
 */
import type { ShortTermTarget } from '../../domain';
import { CONTENT_WIDTH, TABLE_SIZE, columnWidths, widenToMinimums } from '../layout';
import { minimumColumnWidth } from '../textMeasure';
import {
  cellText,
  contentControl,
  headerCell,
  paragraph,
  table,
  tableRow,
  textParagraph,
  type Cell,
} from '../ooxml';
import { fieldTag, targetTag, type TargetField } from '../tags';
import { ENGLISH, type Wording } from '../wording';
import { runs, startsRtl } from '../xmlText';
import type { TargetControlLayout, TemplateOutput } from './common';
import { asTargetGrid, type TargetColumn, type TargetGrid, type TargetGridCell } from './targetGrid';
import { rowBreaks, type MeasuredCell } from '../rowBreaks';

export {
  CHILDS_PLAN_COLUMNS,
  FIELD_TEXT,
  SHORT_TERM_COLUMNS,
  fieldColumn,
  fieldTextFor,
  PRINTED_FIELD_TEXTS,
  shortTermColumns,
  type TargetColumn,
} from './targetGrid';

/** The No. column: wide enough for "No." in bold 11 pt and a two-digit number. */
const NUMBER_WIDTH = 620;

/** Room to write by hand in a line with an empty cell (1.2 cm). */
const HANDWRITING_HEIGHT = 680;
/** Room to write a few targets by hand in a table that has none yet (6 cm). */
const EMPTY_TABLE_HEIGHT = 3402;

export interface TargetTableSpec {
  readonly caption: string;
  /** A plain list of columns (one line per target) or a grid of several lines. */
  readonly columns: readonly TargetColumn[] | TargetGrid;
  readonly targets: readonly ShortTermTarget[];
  /** Shown in a single full-width row when there are no targets yet. */
  readonly emptyText: string;
  /** The first target's number, so numbering runs on across several tables of one plan. */
  readonly firstNumber?: number;
  /** The language of the No. column's header; English unless given. */
  readonly wording?: Wording;
}

const hasField = (column: TargetColumn): column is TargetColumn & { field: TargetField } =>
  column.field !== undefined;

/** The widths of the No. column and the grid: every column fits the longest word it shows. */
const gridWidths = (grid: TargetGrid, targets: readonly ShortTermTarget[]): number[] => {
  const widths = columnWidths(grid.weights, CONTENT_WIDTH - NUMBER_WIDTH);
  const minimums = widths.map(() => 0);
  grid.lines.forEach((line) => {
    let at = 0;
    line.forEach((cell) => {
      if (cell.span === 1) {
        const texts = cell.columns.flatMap((c) => targets.map((t) => c.value(t)));
        const labels = cell.columns.map((c) => c.header);
        minimums[at] = Math.max(
          minimums[at] ?? 0,
          minimumColumnWidth(texts, TABLE_SIZE),
          // Labels are bold: in the header row for the first line, in the cell for the others.
          minimumColumnWidth(labels, TABLE_SIZE, true),
        );
      }
      at += cell.span;
    });
  });
  return [NUMBER_WIDTH, ...widenToMinimums(widths, minimums)];
};

const fieldParagraph = (
  target: ShortTermTarget,
  column: TargetColumn & { field: TargetField },
  keepNext: boolean,
): string => {
  const text = column.value(target);
  // An empty run keeps an empty control visible and clickable in Word.
  const control = contentControl(
    { tag: fieldTag(target.id, column.field, text), title: column.header },
    runs(text) || '<w:r/>',
  );
  return paragraph(control, { style: 'IepTableText', rtl: startsRtl(text), keepNext });
};

const valueParagraph = (target: ShortTermTarget, column: TargetColumn, keepNext: boolean): string =>
  hasField(column) ? fieldParagraph(target, column, keepNext) : cellText(column.value(target), { keepNext });

interface RenderedLine {
  readonly cells: readonly Cell[];
  readonly measured: readonly MeasuredCell[];
  readonly hasEmptyCell: boolean;
}

const renderLine = (
  target: ShortTermTarget,
  line: readonly TargetGridCell[],
  labelled: boolean,
  widths: readonly number[],
  keepNext: boolean,
): RenderedLine => {
  let at = 1;
  const cells: Cell[] = [];
  const measured: MeasuredCell[] = [];
  line.forEach((cell) => {
    const width = widths.slice(at, at + cell.span).reduce((a, b) => a + b, 0);
    at += cell.span;
    const content = cell.columns
      .map(
        (c) =>
          (labelled ? textParagraph(c.header, { style: 'IepTableLabel', keepNext }) : '') +
          valueParagraph(target, c, keepNext),
      )
      .join('');
    cells.push({ content, span: cell.span });
    measured.push({
      width,
      paragraphs: cell.columns.flatMap((c) => [
        ...(labelled ? [{ text: c.header, bold: true }] : []),
        { text: c.value(target) },
      ]),
    });
  });
  // A cell with nothing in it yet (an outcome comment before the review) is somewhere to write by hand.
  const hasEmptyCell = line.some((cell) => cell.columns.every((c) => c.value(target).trim() === ''));
  return { cells, measured, hasEmptyCell };
};

const targetRows = (
  target: ShortTermTarget,
  number: number,
  grid: TargetGrid,
  widths: readonly number[],
): string => {
  const measure = (keepNext: boolean) =>
    grid.lines.map((line, index) => renderLine(target, line, index > 0, widths, keepNext));
  const plan = rowBreaks(measure(false).map((line) => line.measured));
  const lines = plan.keepTogether ? measure(true) : measure(false);
  return lines
    .map((line, index) => {
      const isLast = index === lines.length - 1;
      const keepNext = plan.keepTogether && !isLast;
      const numberCell: Cell =
        index === 0
          ? { content: cellText(String(number), { bold: true, keepNext }), merge: 'restart' }
          : { content: cellText('', { keepNext }), merge: 'continue' };
      return tableRow([numberCell, ...line.cells], widths, {
        cantSplit: plan.rows[index]?.cantSplit ?? false,
        ...(line.hasEmptyCell ? { minHeight: HANDWRITING_HEIGHT } : {}),
      });
    })
    .join('');
};

const headerCells = (grid: TargetGrid, wording: Wording): Cell[] => [
  headerCell(wording.common.number),
  ...(grid.lines[0] ?? []).map((cell) =>
    headerCell(cell.columns.map((c) => c.header).join(' / '), cell.span),
  ),
];

export const targetTable = (spec: TargetTableSpec): TemplateOutput => {
  const grid = asTargetGrid(spec.columns);
  const widths = gridWidths(grid, spec.targets);
  const layouts: TargetControlLayout[] = [];
  const rows = spec.targets.map((target, index) => {
    const title = `Target ${(spec.firstNumber ?? 1) + index}`;
    const fields = grid.lines
      .flatMap((line) => line.flatMap((cell) => cell.columns))
      .filter(hasField)
      .map((c) => ({ field: c.field, tag: fieldTag(target.id, c.field, c.value(target)) }));
    layouts.push({ targetId: target.id, tag: targetTag(target.id), title, fields });
    return contentControl(
      { tag: targetTag(target.id), title },
      targetRows(target, (spec.firstNumber ?? 1) + index, grid, widths),
    );
  });
  // A plan printed before its targets are set (a draft taken to the meeting) has room to write them.
  const emptyRow = tableRow([{ content: cellText(spec.emptyText), span: widths.length }], widths, {
    cantSplit: true,
    minHeight: EMPTY_TABLE_HEIGHT,
  });
  return {
    xml: table({
      caption: spec.caption,
      widths,
      rows: [
        tableRow(headerCells(grid, spec.wording ?? ENGLISH), widths, { header: true, cantSplit: true }),
        ...(rows.length === 0 ? [emptyRow] : rows),
      ],
    }),
    targets: layouts,
  };
};
