/**
 * The provision map as a Word document: A4 landscape, a table per area of need with the school's
 * totals after them, and the staff time. The figures arrive already worked out and worded (the app
 * layer computes the map); this only lays them out in the house style, 11 pt on Table Grid.
 */
import {
  CONTENT_WIDTH,
  PAGE_HEIGHT,
  PAGE_MARGIN,
  TABLE_SIZE,
  columnWidths,
  widenToMinimums,
} from '../layout';
import {
  emptyParagraph,
  headerCell,
  heading,
  table,
  tableRow,
  textParagraph,
  title,
  type Cell,
} from '../ooxml';
import { minimumColumnWidth } from '../textMeasure';

/** One row of figures: a provision, an area's subtotal or the school's total. */
export interface MapDocumentRow {
  readonly name: string;
  readonly delivery: string;
  readonly groups: number;
  readonly places: number;
  readonly pupils: number;
  /** Worded already ("12.5"), as the screen shows them. */
  readonly staffHours: string;
  /** "£1,250.00". */
  readonly cost: string;
  /** Pupils in each of `ProvisionMapDocument.columns`. */
  readonly cells: readonly number[];
}

export interface MapDocumentArea {
  readonly label: string;
  readonly rows: readonly MapDocumentRow[];
  readonly totals: MapDocumentRow;
}

export interface ProvisionMapDocument {
  /** "Provision map: Autumn term 2026". */
  readonly title: string;
  /** "07/09/2026 to 18/12/2026". */
  readonly period: string;
  /** What the map was narrowed to ("area of need: …; staff role: …"); null for the whole map. */
  readonly filters: string | null;
  /** "Year group" or "Class". */
  readonly columnsBy: string;
  readonly columns: readonly string[];
  readonly areas: readonly MapDocumentArea[];
  readonly school: MapDocumentRow;
  readonly staff: readonly { readonly name: string; readonly hours: string }[];
}

/** A4 landscape less both margins: 25.7 cm. */
export const LANDSCAPE_WIDTH = PAGE_HEIGHT - 2 * PAGE_MARGIN;

const FIXED_HEADERS = ['Provision', 'Delivery', 'Groups', 'Places', 'Pupils', 'Staff hours', 'Cost'] as const;
const FIXED_WEIGHTS = [30, 11, 8, 8, 8, 10, 12];
/** The fixed columns' share of the landscape width when year groups or classes sit beside them. */
const FIXED_WIDTH = 9600;

const numberCell = (text: string, bold = false): Cell => ({
  content: textParagraph(text, { style: 'IepTableText', align: 'right', bold }),
});
const textCell = (text: string, bold = false): Cell => ({
  content: textParagraph(text, { style: 'IepTableText', bold }),
});

const figures = (row: MapDocumentRow, bold: boolean): Cell[] => [
  textCell(row.name, bold),
  textCell(row.delivery, bold),
  numberCell(String(row.groups), bold),
  numberCell(String(row.places), bold),
  numberCell(String(row.pupils), bold),
  numberCell(row.staffHours, bold),
  numberCell(row.cost, bold),
];

interface Layout {
  readonly widths: readonly number[];
  /** Whether the year groups (or classes) fit beside the figures; otherwise they get a table of their own. */
  readonly withColumns: boolean;
}

/** Every column at least as wide as its longest word, year groups beside the figures when they fit. */
const layoutFor = (doc: ProvisionMapDocument): Layout => {
  const rows = [...doc.areas.flatMap((a) => [...a.rows, a.totals]), doc.school];
  const fixedTexts: readonly (readonly string[])[] = [
    rows.map((r) => r.name),
    rows.map((r) => r.delivery),
    rows.map((r) => String(r.groups)),
    rows.map((r) => String(r.places)),
    rows.map((r) => String(r.pupils)),
    rows.map((r) => r.staffHours),
    rows.map((r) => r.cost),
  ];
  const fixedMinimums = FIXED_HEADERS.map((header, i) =>
    Math.max(
      minimumColumnWidth([header], TABLE_SIZE, true),
      minimumColumnWidth(fixedTexts[i] ?? [], TABLE_SIZE),
    ),
  );
  const columnMinimums = doc.columns.map((label, i) =>
    Math.max(
      minimumColumnWidth([label], TABLE_SIZE, true),
      minimumColumnWidth(
        rows.map((r) => String(r.cells[i] ?? 0)),
        TABLE_SIZE,
      ),
    ),
  );
  const room = LANDSCAPE_WIDTH - FIXED_WIDTH;
  const needed = columnMinimums.reduce((a, b) => a + b, 0);
  if (doc.columns.length > 0 && needed <= room) {
    return {
      widths: [
        ...widenToMinimums(columnWidths(FIXED_WEIGHTS, FIXED_WIDTH), fixedMinimums),
        ...columnWidths(columnMinimums, room),
      ],
      withColumns: true,
    };
  }
  return {
    widths: widenToMinimums(columnWidths(FIXED_WEIGHTS, LANDSCAPE_WIDTH), fixedMinimums),
    withColumns: false,
  };
};

const headerRowOf = (doc: ProvisionMapDocument, layout: Layout): string =>
  tableRow(
    [...FIXED_HEADERS, ...(layout.withColumns ? doc.columns : [])].map((label) => headerCell(label)),
    layout.widths,
    { header: true, cantSplit: true },
  );

const rowOf = (row: MapDocumentRow, layout: Layout, bold: boolean): string =>
  tableRow(
    [...figures(row, bold), ...(layout.withColumns ? row.cells.map((n) => numberCell(String(n), bold)) : [])],
    layout.widths,
    { cantSplit: true },
  );

/** Pupils per year group (or class) and area when they do not fit beside the figures: the grid turned round. */
const columnsTable = (doc: ProvisionMapDocument): string => {
  const headers = [doc.columnsBy, ...doc.areas.map((a) => a.label), 'Whole school'];
  const widths = columnWidths(
    headers.map((_, i) => (i === 0 ? 2 : 1)),
    CONTENT_WIDTH,
  );
  const caption = `Pupils by ${doc.columnsBy.toLowerCase()} and area of need`;
  return (
    heading(2, caption) +
    table({
      caption,
      widths,
      rows: [
        tableRow(
          headers.map((h) => headerCell(h)),
          widths,
          { header: true, cantSplit: true },
        ),
        ...doc.columns.map((label, i) =>
          tableRow(
            [
              textCell(label),
              ...doc.areas.map((a) => numberCell(String(a.totals.cells[i] ?? 0))),
              numberCell(String(doc.school.cells[i] ?? 0), true),
            ],
            widths,
            { cantSplit: true },
          ),
        ),
      ],
    })
  );
};

const staffTable = (doc: ProvisionMapDocument): string => {
  if (doc.staff.length === 0) return '';
  const widths = columnWidths([3, 1], CONTENT_WIDTH / 2);
  return (
    heading(2, 'Staff time') +
    table({
      caption: 'Staff time',
      widths,
      rows: [
        tableRow([headerCell('Member of staff'), headerCell('Hours this term')], widths, {
          header: true,
          cantSplit: true,
        }),
        ...doc.staff.map((s) =>
          tableRow([textCell(s.name), numberCell(s.hours)], widths, { cantSplit: true }),
        ),
      ],
    })
  );
};

/** The document's body: title, what it covers, a table per area, the school's totals and staff time. */
export const provisionMapBody = (doc: ProvisionMapDocument): string => {
  const layout = layoutFor(doc);
  const note =
    `${doc.period}. A pupil on more than one provision is counted once in each total.` +
    (layout.withColumns
      ? ` Pupils per ${doc.columnsBy.toLowerCase()} are in the columns after the cost.`
      : '');
  const areas = doc.areas.map(
    (area) =>
      heading(2, area.label) +
      table({
        caption: `Provision map: ${area.label}`,
        widths: layout.widths,
        rows: [
          headerRowOf(doc, layout),
          ...area.rows.map((row) => rowOf(row, layout, false)),
          rowOf(area.totals, layout, true),
        ],
      }),
  );
  return [
    title(doc.title),
    textParagraph(note),
    ...(doc.filters === null ? [] : [textParagraph(`Only the provision shown on screen: ${doc.filters}.`)]),
    ...(doc.areas.length === 0 ? [textParagraph('No pupils were on provision this term.')] : []),
    heading(1, 'Provision by area of need'),
    ...areas,
    heading(1, 'The whole school'),
    table({
      caption: 'Provision map: whole school',
      widths: layout.widths,
      rows: [headerRowOf(doc, layout), rowOf(doc.school, layout, true)],
    }),
    ...(layout.withColumns || doc.columns.length === 0 ? [] : [columnsTable(doc)]),
    staffTable(doc),
    emptyParagraph(),
  ].join('');
};
