import { GraphError } from '../core/errors';
import { spArgument } from '../core/spErrors';
import { validateFieldWrites } from './fieldValues';
import type { FieldValue, StoredColumn, StoredList } from './model';

/**
 * `formValues` of SharePoint's AddValidateUpdateItemUsingPath: every value is a string, parsed and checked
 * as the list forms do, and each field answers for itself (`HasException`, `ErrorMessage`). A value that
 * fails means nothing is saved: the caller gets every field's result and must try again.
 */
export type FormFieldResult = {
  readonly FieldName: string;
  readonly FieldValue: string;
  readonly HasException: boolean;
  readonly ErrorCode: number;
  readonly ErrorMessage: string | null;
};

export interface ParsedForm {
  readonly values: Record<string, FieldValue>;
  readonly results: FormFieldResult[];
  readonly failed: boolean;
}

/** SharePoint's generic SPException HRESULT; the stand-in uses it for every field it refuses. */
export const FIELD_ERROR_CODE = -2146232832;

class FieldProblem extends Error {}

function parseFormValue(column: StoredColumn, text: string): FieldValue {
  if (text === '') return null;
  switch (column.kind) {
    case 'number': {
      const n = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(n))
        throw new FieldProblem(
          'Invalid number value. A number field contains invalid data. Please check the value and try again.',
        );
      return n;
    }
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (['1', 'true', 'yes'].includes(lower)) return true;
      if (['0', 'false', 'no'].includes(lower)) return false;
      throw new FieldProblem(`'${text}' is not a valid Yes/No value.`);
    }
    case 'dateTime': {
      const ms = Date.parse(text);
      if (!Number.isFinite(ms))
        throw new FieldProblem(
          'Invalid date/time value. A date/time field contains invalid data. Please check the value and try again.',
        );
      return new Date(ms).toISOString();
    }
    case 'personOrGroup':
      throw new FieldProblem(
        `The local stand-in does not set person fields such as '${column.name}' from form values.`,
      );
    default:
      return text;
  }
}

export function parseFormValues(list: StoredList, raw: unknown): ParsedForm {
  if (raw !== undefined && !Array.isArray(raw))
    throw spArgument('formValues must be a list of { FieldName, FieldValue }.');
  const values: Record<string, FieldValue> = {};
  const results: FormFieldResult[] = [];
  for (const entry of (raw ?? []) as unknown[]) {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const name = record['FieldName'];
    const given = record['FieldValue'];
    if (typeof name !== 'string') throw spArgument('Each form value needs a FieldName.');
    const text = given === null || given === undefined ? '' : String(given);
    const column = list.columns.find((c) => c.name === name);
    if (!column)
      throw spArgument(`Column '${name}' does not exist. It may have been deleted by another user.`);
    let problem: string | null = null;
    try {
      const value = parseFormValue(column, text);
      if (value !== null) Object.assign(values, validateFieldWrites(list, { [name]: value }));
    } catch (error) {
      if (!(error instanceof FieldProblem) && !(error instanceof GraphError)) throw error;
      problem = error.message;
    }
    results.push({
      FieldName: name,
      FieldValue: text,
      HasException: problem !== null,
      ErrorCode: problem === null ? 0 : FIELD_ERROR_CODE,
      ErrorMessage: problem,
    });
  }
  return { values, results, failed: results.some((r) => r.HasException) };
}
