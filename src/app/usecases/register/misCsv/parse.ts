import Papa from 'papaparse';
import { decodeCsvBytes, type CsvEncoding } from './decode';

/**
 * One record of the file. `rowNumber` is the row a spreadsheet shows for it, the header being row 1:
 * a quoted line break stays inside its row, and blank lines still count, so "row 12" in the preview
 * is row 12 when the SENCO opens the file in Excel.
 */
export interface CsvRow {
  readonly rowNumber: number;
  /** Cell text by column header, untrimmed; a missing cell is ''. */
  readonly cells: Readonly<Record<string, string>>;
  /** Why the record cannot be trusted as a whole (its cells may sit under the wrong headers). */
  readonly problems: readonly string[];
}

export interface MisCsv {
  readonly encoding: CsvEncoding;
  /** Column headers as written, trimmed; a repeated header gets " (2)", " (3)" so each is one column. */
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
}

const isBlank = (record: readonly string[]): boolean => record.every((cell) => cell.trim() === '');

const uniqueHeaders = (raw: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return raw.map((header) => {
    const name = header.trim();
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    return count === 1 ? name : `${name} (${String(count)})`;
  });
};

const shapeProblem = (rowNumber: number, record: readonly string[], columns: number): string | null => {
  const extra = record.slice(columns);
  if (record.length < columns || extra.some((cell) => cell.trim() !== '')) {
    const values = record.length === 1 ? '1 value' : `${String(record.length)} values`;
    return `Row ${String(rowNumber)} has ${values} but the header has ${String(columns)} columns: a value with a comma or a line break may be missing its quotes.`;
  }
  return null;
};

const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted value is never closed, so the rest of the file ran into it',
  InvalidQuotes: 'a quote mark inside a value is not doubled ("")',
};

/** Parses decoded text; the first non-blank record is the header row. */
export const parseMisCsvText = (text: string, encoding: CsvEncoding = 'utf-8'): MisCsv => {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', '\t', ';'],
  });
  const quoteProblems = new Map<number, string[]>();
  for (const error of parsed.errors) {
    if (error.row === undefined) continue;
    const why = QUOTE_PROBLEMS[error.code];
    if (why === undefined) continue;
    quoteProblems.set(error.row, [...(quoteProblems.get(error.row) ?? []), why]);
  }
  const headerIndex = parsed.data.findIndex((record) => !isBlank(record));
  if (headerIndex < 0) return { encoding, headers: [], rows: [] };
  const headers = uniqueHeaders(parsed.data[headerIndex] ?? []);
  const rows: CsvRow[] = [];
  parsed.data.forEach((record, index) => {
    if (index <= headerIndex || isBlank(record)) return;
    const rowNumber = index + 1;
    const shape = shapeProblem(rowNumber, record, headers.length);
    const quotes = (quoteProblems.get(index) ?? []).map((why) => `Row ${String(rowNumber)}: ${why}.`);
    rows.push({
      rowNumber,
      cells: Object.fromEntries(headers.map((header, column) => [header, record[column] ?? ''])),
      problems: [...quotes, ...(shape === null ? [] : [shape])],
    });
  });
  return { encoding, headers, rows };
};

/** The bytes of an uploaded export, read as the MIS wrote them. */
export const readMisCsv = (bytes: Uint8Array): MisCsv => {
  const { text, encoding } = decodeCsvBytes(bytes);
  return parseMisCsvText(text, encoding);
};
