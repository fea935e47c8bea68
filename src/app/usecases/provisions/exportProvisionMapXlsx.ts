/**
 * The provision map and each pupil's costs as an Excel workbook, for the governors' report, the
 * school's budget or a funding application. exceljs is loaded only on export, in the same chunk as
 * the register's export.
 *
 * Numbers are numbers (pounds with a £ format, hours, counts) so a bursar can add to them; totals
 * are formulas over the rows above, each carrying the value the map computed as its cached result,
 * so a viewer that never recalculates (a phone's preview, a mail client) still shows the total.
 *
 * Formula injection: provision names, pupils' names and references are user text, set as
 * JavaScript strings, which exceljs always writes as shared strings (`t="s"`), never as formulas, so
 * "=HYPERLINK(...)" is shown as typed and never run. The only formulas are the ones built here from
 * cell addresses.
 */
import type { CellValue, Row, Worksheet } from 'exceljs';
import { formatUkDate, type IsoDate } from '../../../domain';
import { DELIVERY_LABELS, STAFF_ROLE_LABELS } from '../../../domain/provision';
import type { SchoolTerm } from '../../../domain/termDates';
import { safeFileNamePart } from '../../documents';
import { termLabel } from './mapLabels';
import type { MapFigures, ProvisionMap } from './provisionMap';

const POUNDS_FORMAT = '"£"#,##0.00';
const HOURS_FORMAT = '#,##0.0';
const DATE_FORMAT = 'dd/mm/yyyy';

/** No pupil's name in a file name: it shows in download bars, recent files and email attachments. */
export const provisionMapFileName = (term: SchoolTerm, today: IsoDate, extension: 'xlsx' | 'docx' = 'xlsx') =>
  `Provision map - ${safeFileNamePart(termLabel(term))} - ${today}.${extension}`;

const pounds = (pence: number): number => pence / 100;

/** Midnight UTC: exceljs turns a Date into Excel's serial day from its UTC time, so no zone shifts the day. */
const excelDate = (iso: IsoDate): Date => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
};

const formula = (text: string, result: number): CellValue => ({ formula: text, result });

/** Column letters from 1: 1 → A, 27 → AA. */
const letter = (column: number): string => {
  let n = column;
  let text = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    text = String.fromCharCode(65 + rem) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
};

const heading = (sheet: Worksheet, title: string, subtitle: string): void => {
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([subtitle]);
  sheet.addRow([]);
};

const boldRow = (row: Row): void => {
  row.font = { bold: true };
};

/** The map's fixed columns before the year groups' (or classes'): sums go in E, F, H and I. */
const MAP_HEADERS = [
  'Area of need',
  'Provision',
  'Delivery',
  'Staff role',
  'Groups',
  'Places',
  'Pupils',
  'Staff hours',
  'Cost',
] as const;
/** Columns whose totals are sums of the rows: groups, places, staff hours, cost. */
const SUMMED = { groups: 5, places: 6, staffHours: 8, cost: 9 } as const;

/**
 * A totals row: groups, places, hours and cost as formulas over `ranges` (the cached results the
 * map's own figures); pupils per column are the map's counts of distinct pupils, as numbers, since a
 * pupil on two provisions is one pupil and a sum would count them twice.
 */
const totalsRow = (
  sheet: Worksheet,
  label: string,
  figures: MapFigures,
  cells: readonly number[],
  sumOf: (column: string) => string,
): Row => {
  const row = sheet.addRow([
    label,
    '',
    '',
    '',
    formula(sumOf(letter(SUMMED.groups)), figures.groups),
    formula(sumOf(letter(SUMMED.places)), figures.placements),
    figures.pupils,
    formula(sumOf(letter(SUMMED.staffHours)), figures.staffHours),
    formula(sumOf(letter(SUMMED.cost)), pounds(figures.costPence)),
    ...cells,
  ]);
  boldRow(row);
  return row;
};

const mapSheet = (sheet: Worksheet, map: ProvisionMap): void => {
  const by = map.filters.columns === 'class' ? 'class' : 'year group';
  heading(
    sheet,
    `Provision map: ${termLabel(map.term)}`,
    `${formatUkDate(map.term.start)} to ${formatUkDate(map.term.end)}. Pupils per ${by}; ` +
      'a pupil on more than one provision is counted once in each total.',
  );
  boldRow(sheet.addRow([...MAP_HEADERS, ...map.columns.map((c) => c.label)]));
  const headerRow = sheet.rowCount;
  const subtotalRows: number[] = [];
  for (const area of map.areas) {
    const first = sheet.rowCount + 1;
    for (const row of area.rows) {
      sheet.addRow([
        area.label,
        row.provision.name,
        DELIVERY_LABELS[row.provision.delivery],
        STAFF_ROLE_LABELS[row.provision.staffRole],
        row.groups,
        row.placements,
        row.pupils,
        row.staffHours,
        pounds(row.costPence),
        ...row.cells,
      ]);
    }
    const last = sheet.rowCount;
    totalsRow(
      sheet,
      `Total: ${area.label}`,
      area.totals,
      area.totals.cells,
      (c) => `SUM(${c}${first}:${c}${last})`,
    );
    subtotalRows.push(sheet.rowCount);
  }
  const school = totalsRow(
    sheet,
    'Whole school',
    map.totals,
    map.columnTotals.map((c) => c.pupils),
    (c) => (subtotalRows.length === 0 ? '0' : `SUM(${subtotalRows.map((r) => `${c}${r}`).join(',')})`),
  );
  school.border = { top: { style: 'double' } };

  sheet.getColumn(SUMMED.staffHours).numFmt = HOURS_FORMAT;
  sheet.getColumn(SUMMED.cost).numFmt = POUNDS_FORMAT;
  const widths = [
    34,
    34,
    12,
    22,
    8,
    8,
    8,
    12,
    14,
    ...map.columns.map((c) => Math.max(10, c.label.length + 2)),
  ];
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 2 }];
};

const PUPIL_HEADERS = [
  'Pupil',
  'Pupil reference',
  'Year group',
  'Class',
  'Provision',
  'From',
  'To',
  'Hours',
  'Cost',
] as const;
const HOURS_COLUMN = 'H';
const COST_COLUMN = 'I';

/**
 * One row per pupil per provision, then the pupil's total, then the school's. The totals use
 * SUBTOTAL(9, …), a sum that leaves out other SUBTOTAL cells in its range, so the school's total over
 * the whole column counts each line once and never the pupils' totals as well.
 */
const pupilSheet = (sheet: Worksheet, map: ProvisionMap): void => {
  heading(
    sheet,
    `Costs per pupil: ${termLabel(map.term)}`,
    'Each pupil’s share of the staff time and resources of the groups they were in.',
  );
  boldRow(sheet.addRow([...PUPIL_HEADERS]));
  const headerRow = sheet.rowCount;
  for (const pupil of map.pupils) {
    const first = sheet.rowCount + 1;
    for (const line of pupil.lines) {
      sheet.addRow([
        pupil.name,
        pupil.pupilRef,
        pupil.yearGroup,
        pupil.className,
        line.provisionName,
        excelDate(line.start),
        excelDate(line.end),
        line.hours,
        pounds(line.costPence),
      ]);
    }
    const last = sheet.rowCount;
    const sum = (column: string) => `SUBTOTAL(9,${column}${first}:${column}${last})`;
    boldRow(
      sheet.addRow([
        `Total: ${pupil.name}`,
        pupil.pupilRef,
        pupil.yearGroup,
        pupil.className,
        '',
        null,
        null,
        formula(sum(HOURS_COLUMN), pupil.hours),
        formula(sum(COST_COLUMN), pounds(pupil.costPence)),
      ]),
    );
  }
  const last = sheet.rowCount;
  const whole = (column: string) =>
    `SUBTOTAL(9,${column}${headerRow + 1}:${column}${Math.max(last, headerRow + 1)})`;
  const hours = map.pupils.reduce((total, p) => total + p.hours, 0);
  const school = sheet.addRow([
    'Whole school',
    '',
    '',
    '',
    '',
    null,
    null,
    formula(whole(HOURS_COLUMN), hours),
    formula(whole(COST_COLUMN), pounds(map.totals.costPence)),
  ]);
  boldRow(school);
  school.border = { top: { style: 'double' } };

  sheet.getColumn(6).numFmt = DATE_FORMAT;
  sheet.getColumn(7).numFmt = DATE_FORMAT;
  sheet.getColumn(8).numFmt = HOURS_FORMAT;
  sheet.getColumn(9).numFmt = POUNDS_FORMAT;
  [34, 18, 12, 16, 34, 12, 12, 10, 14].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
};

/** The map as shown (its filters applied): sheets "Provision map" and "Costs per pupil". */
export const exportProvisionMapXlsx = async (map: ProvisionMap, today: IsoDate): Promise<Uint8Array> => {
  const { Workbook } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const workbook = new Workbook();
  workbook.creator = 'IEP Planner';
  workbook.created = excelDate(today);
  workbook.modified = workbook.created;
  mapSheet(workbook.addWorksheet('Provision map'), map);
  pupilSheet(workbook.addWorksheet('Costs per pupil'), map);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
