/**
 * Tables with one row per short-term target. Each row sits in its own row-level content control
 * (`iep:target:<id>`), and each cell that shows exactly one target value holds an inline control
 * (`iep:field:<id>:<field>`) so save-back can read what a teacher typed.
 *
 * Why row-level controls: a `w:sdt` around a `w:tr` inside a complete `w:tbl` is valid OOXML that
 * Word reports as `RichTextTableRow` and keeps through `insertOoxml`; it gives exactly one control
 * per target, which `getByTag` finds. Office.js cannot create such a control itself (inserting a
 * control on a selected row wraps the whole table), so it has to arrive in the OOXML, as here.
 * Why inline field controls rather than cell-level (`w:sdt` around `w:tc`) ones: inline rich text
 * controls are the kind every Word client and LibreOffice handle most reliably, and a control's
 * `text` is then exactly the cell's value.
 */
import { TARGET_AREA_LABELS, TARGET_OUTCOME_LABELS, type ShortTermTarget } from '../../domain';
import { ukDate } from '../format';
import { columnWidths } from '../layout';
import { contentControl, headerRow, paragraph, table, tableRow, valueCell, type Cell } from '../ooxml';
import { fieldTag, targetTag, type TargetField } from '../tags';
import { runs, startsRtl } from '../xmlText';
import type { TargetControlLayout, TemplateOutput } from './common';

export interface TargetColumn {
  readonly header: string;
  /** Relative width; the table always fills the page width. */
  readonly weight: number;
  /** Set when the cell shows exactly this one value, so it can be edited and saved back. */
  readonly field?: TargetField;
  readonly value: (target: ShortTermTarget) => string;
}

/** The value a field shows in Word; `diffTargetEdits` reads the same text back. */
export const FIELD_TEXT: Readonly<Record<TargetField, (target: ShortTermTarget) => string>> = {
  area: (t) => TARGET_AREA_LABELS[t.area],
  text: (t) => t.text,
  successCriteria: (t) => t.successCriteria,
  strategies: (t) => t.strategies,
  deliveredBy: (t) => t.deliveredBy,
  frequency: (t) => t.frequency,
  targetDate: (t) => ukDate(t.targetDate),
  outcome: (t) => TARGET_OUTCOME_LABELS[t.outcome],
};

export const fieldColumn = (header: string, weight: number, field: TargetField): TargetColumn => ({
  header,
  weight,
  field,
  value: FIELD_TEXT[field],
});

/**
 * The eight columns of a short-term targets table (area to outcome), fitted to A4 portrait. Weights
 * are dxa at 2 cm margins: the longest single words at 9 pt Arial ("Communication", "Discontinued",
 * a DD/MM/YYYY date) fit their columns with the narrow cell padding, so Word never breaks a word.
 */
export const SHORT_TERM_COLUMNS: readonly TargetColumn[] = [
  fieldColumn('Area', 1420, 'area'),
  fieldColumn('Target', 1560, 'text'),
  fieldColumn('Success criteria', 1260, 'successCriteria'),
  fieldColumn('Strategies / provision', 1340, 'strategies'),
  fieldColumn('Who', 880, 'deliveredBy'),
  fieldColumn('How often', 898, 'frequency'),
  fieldColumn('Target date', 1100, 'targetDate'),
  fieldColumn('Outcome', 1180, 'outcome'),
];

/** Cell padding for target tables (0.1 cm each side). */
const TARGET_CELL_PADDING = 57;

/**
 * Rows longer than this may break across pages: Word clips a row that cannot split and is taller
 * than a page, which would hide part of a long strategy.
 */
const UNSPLITTABLE_ROW_LIMIT = 1500;

const fieldCell = (target: ShortTermTarget, column: TargetColumn & { field: TargetField }): Cell => {
  const text = column.value(target);
  // An empty run keeps an empty control visible and clickable in Word.
  const inner = runs(text) || '<w:r/>';
  const control = contentControl({ tag: fieldTag(target.id, column.field), title: column.header }, inner);
  return { content: paragraph(control, { style: 'IepTableText', rtl: startsRtl(text) }) };
};

const hasField = (column: TargetColumn): column is TargetColumn & { field: TargetField } =>
  column.field !== undefined;

export interface TargetTableSpec {
  readonly caption: string;
  readonly columns: readonly TargetColumn[];
  readonly targets: readonly ShortTermTarget[];
  /** Shown in a single full-width row when there are no targets yet. */
  readonly emptyText: string;
  /** Numbering shown in control titles, so "Target 3" in Word matches the third row. */
  readonly firstNumber?: number;
}

export const targetTable = (spec: TargetTableSpec): TemplateOutput => {
  const widths = columnWidths(spec.columns.map((c) => c.weight));
  const layouts: TargetControlLayout[] = [];
  const rows = spec.targets.map((target, index) => {
    const cells = spec.columns.map((column) =>
      hasField(column) ? fieldCell(target, column) : valueCell(column.value(target)),
    );
    const length = spec.columns.reduce((sum, column) => sum + column.value(target).length, 0);
    const row = tableRow(cells, widths, { cantSplit: length <= UNSPLITTABLE_ROW_LIMIT });
    const title = `Target ${(spec.firstNumber ?? 1) + index}`;
    const fields = spec.columns
      .filter(hasField)
      .map((c) => ({ field: c.field, tag: fieldTag(target.id, c.field) }));
    layouts.push({ targetId: target.id, tag: targetTag(target.id), title, fields });
    return contentControl({ tag: targetTag(target.id), title }, row);
  });
  const emptyRow = tableRow([valueCell(spec.emptyText, spec.columns.length)], widths, { cantSplit: true });
  return {
    xml: table({
      caption: spec.caption,
      widths,
      cellPadding: TARGET_CELL_PADDING,
      rows: [
        headerRow(
          spec.columns.map((c) => c.header),
          widths,
        ),
        ...(rows.length === 0 ? [emptyRow] : rows),
      ],
    }),
    targets: layouts,
  };
};
