import { formatUkDate, PRIMARY_NEED_LABELS, UK_TIME_ZONE, type IsoDate, type Pupil } from '../../../domain';
import type { RegisterRow } from './registerRows';
import { provisionInWords, REVIEW_STATUS_WORDS, type RegisterWording } from './registerWording';

/** A cell as the sheet holds it: text is always a plain string value, never a formula. */
type CellValue = string | Date | null;

interface Column {
  readonly header: string;
  readonly value: (row: RegisterRow) => CellValue;
  /** Dates are real Excel dates, shown the British way. */
  readonly date?: true;
}

const DATE_FORMAT = 'dd/mm/yyyy';
const MAX_WIDTH = 40;
const DATE_WIDTH = 13;

/** Midnight UTC: exceljs turns a Date into Excel's serial day from its UTC time, so no zone shifts the day. */
const excelDate = (iso: IsoDate | null | undefined): Date | null => {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
};

const provision = (pupil: Pupil, wording: RegisterWording): string =>
  wording.censusCodes ? pupil.senStatus : provisionInWords(pupil.senStatus, wording);

const reviewInWords = (row: RegisterRow): string =>
  row.bookedFor === null
    ? REVIEW_STATUS_WORDS[row.review]
    : `${REVIEW_STATUS_WORDS.booked} for ${formatUkDate(row.bookedFor, UK_TIME_ZONE)}`;

/** The census return's columns, in its order, with the nation's words in the headings. */
const columnsFor = (wording: RegisterWording): readonly Column[] => [
  {
    header: wording.censusCodes ? 'UPN / pupil reference' : 'Pupil reference',
    value: (r) => r.pupil.pupilRef,
  },
  { header: 'Legal surname', value: (r) => r.pupil.familyName },
  { header: 'Legal forename', value: (r) => r.pupil.givenName },
  { header: 'Preferred name', value: (r) => r.pupil.preferredName },
  { header: 'Date of birth', value: (r) => excelDate(r.pupil.dateOfBirth), date: true },
  { header: 'Year group', value: (r) => r.pupil.yearGroup },
  { header: 'Class', value: (r) => r.pupil.className },
  {
    header: wording.censusCodes ? `${wording.short} provision (N/K/E)` : `${wording.short} provision`,
    value: (r) => provision(r.pupil, wording),
  },
  { header: 'Primary need code', value: (r) => r.pupil.primaryNeed ?? '' },
  {
    header: 'Primary need',
    value: (r) => (r.pupil.primaryNeed === null ? '' : PRIMARY_NEED_LABELS[r.pupil.primaryNeed]),
  },
  { header: 'Next review', value: (r) => excelDate(r.plan?.nextReviewDate), date: true },
  { header: 'Review status', value: reviewInWords },
];

const widthOf = (column: Column, rows: readonly RegisterRow[]): number => {
  if (column.date) return DATE_WIDTH;
  const longest = rows.reduce((most, row) => {
    const value = column.value(row);
    return Math.max(most, typeof value === 'string' ? value.length : 0);
  }, column.header.length);
  return Math.min(MAX_WIDTH, longest + 2);
};

/** No pupil's name in a file name: it shows in download bars, recent files and email attachments. */
export const registerFileName = (today: IsoDate, wording: RegisterWording): string =>
  `${wording.register} ${today}.xlsx`;

/**
 * The register as an Excel workbook laid out for the school census return. exceljs is loaded only
 * when someone exports, so it is a chunk of its own and never part of the tab's first load.
 *
 * Formula injection: every text cell is set as a JavaScript string, which exceljs always writes as
 * a shared string (`t="s"`), never as a formula (`<f>`), so a name such as "=HYPERLINK(...)" is
 * shown as typed and never evaluated. Values are kept exactly as typed (no apostrophe added): the
 * census needs the names as they are.
 */
export const exportRegisterXlsx = async (
  rows: readonly RegisterRow[],
  wording: RegisterWording,
  today: IsoDate,
): Promise<Uint8Array> => {
  const { Workbook } = await import(/* webpackChunkName: "exceljs" */ 'exceljs');
  const workbook = new Workbook();
  workbook.creator = 'IEP Planner';
  workbook.created = excelDate(today) ?? new Date(0);
  workbook.modified = workbook.created;

  const columns = columnsFor(wording);
  const sheet = workbook.addWorksheet(wording.register, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: widthOf(column, rows),
    ...(column.date ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => column.value(row)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
