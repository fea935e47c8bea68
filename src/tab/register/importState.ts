import type { ColumnMapping, MisSource } from '../../app/usecases/register/misCsv/headers';
import type { CsvRow, MisCsv } from '../../app/usecases/register/misCsv/parse';

/** The file being imported, as the SENCO has mapped and corrected it so far (nothing written yet). */
export interface ImportDraft {
  readonly fileName: string;
  readonly csv: MisCsv;
  readonly mapping: ColumnMapping;
  readonly source: MisSource | 'unknown';
}

/** The file with one cell corrected in the preview. */
export const withCell = (
  draft: ImportDraft,
  rowNumber: number,
  header: string,
  value: string,
): ImportDraft => ({
  ...draft,
  csv: {
    ...draft.csv,
    rows: draft.csv.rows.map((row): CsvRow =>
      row.rowNumber === rowNumber ? { ...row, cells: { ...row.cells, [header]: value } } : row,
    ),
  },
});
