import {
  REGISTER_FIELDS,
  pupilRefKey,
  type RegisterEntry,
  type RegisterField,
} from '../../../../domain/register';
import { applyMapping, type ColumnMapping, type MappedRow } from './headers';
import type { CsvRow } from './parse';
import { readRegisterRow, type RowError } from './rowEntry';

/** A pupil already on the register; the more fields it carries, the more "unchanged" can be told apart. */
export type ExistingPupil = { readonly pupilRef: string } & Partial<Readonly<RegisterEntry>>;

export type ImportAction = 'add' | 'update' | 'unchanged' | 'refused';

export interface PreviewRow<E extends ExistingPupil> {
  readonly rowNumber: number;
  readonly entry: RegisterEntry | null;
  readonly errors: readonly RowError[];
  readonly action: ImportAction;
  /** The pupil this row updates (or leaves alone), found by pupil reference. */
  readonly match: E | null;
  /** For an update, the fields that differ from the register. */
  readonly changes: readonly RegisterField[];
}

export interface ImportPreview<E extends ExistingPupil> {
  readonly rows: readonly PreviewRow<E>[];
  /** Fields the register needs that no column feeds: map them before anything can be imported. */
  readonly missingColumns: readonly RegisterField[];
  readonly counts: Readonly<Record<ImportAction, number>>;
  /** False if any row is refused: an import writes every row or none. */
  readonly canImport: boolean;
}

export const REQUIRED_COLUMNS: readonly RegisterField[] = [
  'familyName',
  'givenName',
  'dateOfBirth',
  'pupilRef',
  'className',
  'senStatus',
];

const listOfRows = (numbers: readonly number[]): string => {
  const words = numbers.map(String);
  return words.length === 1
    ? `row ${words[0] ?? ''}`
    : `rows ${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
};

/** Each row whose pupil reference another row of the file also has, with the others' row numbers. */
const duplicateErrors = (rows: readonly MappedRow[], mapping: ColumnMapping): Map<number, RowError> => {
  const byRef = new Map<string, number[]>();
  for (const row of rows) {
    if (row.values.pupilRef === '') continue;
    const key = pupilRefKey(row.values.pupilRef);
    byRef.set(key, [...(byRef.get(key) ?? []), row.rowNumber]);
  }
  const errors = new Map<number, RowError>();
  for (const row of rows) {
    const same = byRef.get(pupilRefKey(row.values.pupilRef)) ?? [];
    if (row.values.pupilRef === '' || same.length < 2) continue;
    const others = same.filter((n) => n !== row.rowNumber);
    errors.set(row.rowNumber, {
      field: 'pupilRef',
      column: mapping.pupilRef,
      message: `Pupil reference ${row.values.pupilRef} is also on ${listOfRows(others)}: each pupil may appear only once.`,
    });
  }
  return errors;
};

const sameValue = (field: RegisterField, entry: RegisterEntry, existing: ExistingPupil): boolean =>
  field === 'pupilRef'
    ? pupilRefKey(existing.pupilRef) === pupilRefKey(entry.pupilRef)
    : existing[field] === entry[field];

const decide = <E extends ExistingPupil>(
  rowNumber: number,
  entry: RegisterEntry | null,
  errors: readonly RowError[],
  matches: readonly E[],
  mapping: ColumnMapping,
): PreviewRow<E> => {
  const refused = (more: readonly RowError[] = []): PreviewRow<E> => ({
    rowNumber,
    entry: null,
    errors: [...errors, ...more],
    action: 'refused',
    match: null,
    changes: [],
  });
  if (entry === null || errors.length > 0) return refused();
  const [match, ...others] = matches;
  if (match === undefined) return { rowNumber, entry, errors, action: 'add', match: null, changes: [] };
  if (others.length > 0) {
    return refused([
      {
        field: 'pupilRef',
        column: mapping.pupilRef,
        message: `Pupil reference ${entry.pupilRef} belongs to ${String(matches.length)} pupils already on the register: correct the register first.`,
      },
    ]);
  }
  const changes = REGISTER_FIELDS.filter((field) => !sameValue(field, entry, match));
  return { rowNumber, entry, errors, action: changes.length === 0 ? 'unchanged' : 'update', match, changes };
};

/**
 * What importing the file would do, row by row, before anything is written. Rows are matched to the
 * register by pupil reference, so importing the same export twice updates and never duplicates.
 */
export const previewImport = <E extends ExistingPupil>(
  rows: readonly CsvRow[],
  mapping: ColumnMapping,
  existing: readonly E[],
): ImportPreview<E> => {
  const mapped = applyMapping(rows, mapping);
  const duplicates = duplicateErrors(mapped, mapping);
  const registerByRef = new Map<string, E[]>();
  for (const pupil of existing) {
    const key = pupilRefKey(pupil.pupilRef);
    if (key === '') continue;
    registerByRef.set(key, [...(registerByRef.get(key) ?? []), pupil]);
  }
  const previewRows = mapped.map((row) => {
    const { entry, errors } = readRegisterRow(row, mapping);
    const duplicate = duplicates.get(row.rowNumber);
    const matches = registerByRef.get(pupilRefKey(row.values.pupilRef)) ?? [];
    return decide(row.rowNumber, entry, duplicate ? [...errors, duplicate] : errors, matches, mapping);
  });
  const missingColumns = REQUIRED_COLUMNS.filter((field) => mapping[field] === null);
  const counts = { add: 0, update: 0, unchanged: 0, refused: 0 };
  for (const row of previewRows) counts[row.action] += 1;
  return {
    rows: previewRows,
    missingColumns,
    counts,
    canImport: previewRows.length > 0 && missingColumns.length === 0 && counts.refused === 0,
  };
};
