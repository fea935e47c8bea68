import {
  REGISTER_FIELD_LABELS,
  RegisterEntrySchema,
  type RegisterEntry,
  type RegisterField,
} from '../../../../domain/register';
import { parsePrimaryNeed, parseSenStatus, normaliseYearGroup } from './codes';
import type { ColumnMapping, MappedRow } from './headers';
import type { Parsed } from './parsed';
import { parseUkDate } from './ukDate';

/** Why a row is refused: the field and the file's column it came from, when it is about one. */
export interface RowError {
  readonly field: RegisterField | null;
  readonly column: string | null;
  readonly message: string;
}

export interface RowReading {
  readonly entry: RegisterEntry | null;
  readonly errors: readonly RowError[];
}

const isRegisterField = (key: PropertyKey | undefined): key is RegisterField =>
  typeof key === 'string' && key in REGISTER_FIELD_LABELS;

/** Reads one mapped row as a register entry, naming every field that stops it. */
export const readRegisterRow = (row: MappedRow, mapping: ColumnMapping): RowReading => {
  const { values } = row;
  const errorOf = (field: RegisterField | null, message: string): RowError => ({
    field,
    column: field === null ? null : mapping[field],
    message,
  });
  // A row of the wrong shape has its cells under the wrong headers: field errors would only mislead.
  if (row.problems.length > 0) return { entry: null, errors: row.problems.map((p) => errorOf(null, p)) };
  const coded: Partial<Record<RegisterField, Parsed<unknown>>> = {
    dateOfBirth: parseUkDate(REGISTER_FIELD_LABELS.dateOfBirth, values.dateOfBirth),
    senStatus: parseSenStatus(REGISTER_FIELD_LABELS.senStatus, values.senStatus),
    primaryNeed: parsePrimaryNeed(REGISTER_FIELD_LABELS.primaryNeed, values.primaryNeed),
  };
  const errors: RowError[] = [];
  const candidate: Record<string, unknown> = { ...values, yearGroup: normaliseYearGroup(values.yearGroup) };
  for (const [field, parsed] of Object.entries(coded) as [RegisterField, Parsed<unknown>][]) {
    // A cell that could not be read says why itself; the schema's word on that field is dropped below.
    candidate[field] = parsed.ok ? parsed.value : undefined;
    if (!parsed.ok) errors.push(errorOf(field, parsed.message));
  }
  const result = RegisterEntrySchema.safeParse(candidate);
  if (!result.success) {
    const alreadyExplained = new Set(errors.map((e) => e.field));
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      const known = isRegisterField(field) ? field : null;
      if (!alreadyExplained.has(known)) errors.push(errorOf(known, issue.message));
    }
  }
  return { entry: result.success && errors.length === 0 ? result.data : null, errors };
};
