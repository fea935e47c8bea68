import { GraphError, invalidRequest, isRecordOrThrow } from '../core/errors';
import type { Literal } from '../core/odataFilter';
import { graphTimestamp } from '../core/services';
import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from './columns';
import type { ColumnKind, FieldValue, StoredColumn, StoredItem, StoredList } from './model';

/** A value reduced to something that sorts and compares the way SharePoint does (text ignores case). */
export type SortKey = string | number | null;

/** A column as queries see it: custom columns and Title, plus the system ID, Created and Modified. */
export interface QueryColumn {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly indexed: boolean;
  read(item: StoredItem): FieldValue;
}

export function queryColumns(list: StoredList): Map<string, QueryColumn> {
  const columns = new Map<string, QueryColumn>();
  for (const column of list.columns) {
    if (column.kind === 'personOrGroup' || column.name === 'ContentType') continue;
    let read: (item: StoredItem) => FieldValue = (item) => item.fields[column.name] ?? null;
    if (column.name === 'ID') read = (item) => item.id;
    if (column.name === 'Created') read = (item) => item.createdDateTime;
    if (column.name === 'Modified') read = (item) => item.lastModifiedDateTime;
    columns.set(column.name, { name: column.name, kind: column.kind, indexed: column.indexed, read });
  }
  const id = columns.get('ID');
  if (id) columns.set('id', id);
  return columns;
}

export function sortKeyOf(kind: ColumnKind, value: FieldValue | undefined): SortKey {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return value === true ? 1 : 0;
    case 'dateTime':
      return Date.parse(String(value));
    default:
      return String(value).toLowerCase();
  }
}

/** Nulls first, then by value; all keys of one column share a type. */
export function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

const filterTypeError = (column: QueryColumn, literal: Literal): GraphError =>
  invalidRequest(
    `Invalid filter clause: field '${column.name}' holds ${column.kind} values and cannot be compared with ${literal.type} ${JSON.stringify(literal.value)}.`,
  );

/** Converts a filter literal to the column's key type, refusing comparisons SharePoint could not make. */
export function literalKey(column: QueryColumn, literal: Literal): SortKey {
  if (literal.type === 'null') return null;
  switch (column.kind) {
    case 'number': {
      const n =
        literal.type === 'number' ? literal.value : literal.type === 'string' ? Number(literal.value) : NaN;
      if (!Number.isFinite(n)) throw filterTypeError(column, literal);
      return n;
    }
    case 'boolean': {
      const v = literal.value;
      if (v === true || v === 1 || v === 'true' || v === '1') return 1;
      if (v === false || v === 0 || v === 'false' || v === '0') return 0;
      throw filterTypeError(column, literal);
    }
    case 'dateTime': {
      const ms = literal.type === 'string' || literal.type === 'datetime' ? Date.parse(literal.value) : NaN;
      if (!Number.isFinite(ms)) throw filterTypeError(column, literal);
      return ms;
    }
    default:
      if (literal.type !== 'string') throw filterTypeError(column, literal);
      return literal.value.toLowerCase();
  }
}

/**
 * Validates `fields` in a create or update and returns the values to store (null clears a field).
 * Refuses what SharePoint refuses: unknown fields, read-only fields, wrong types, over-long single lines.
 */
export function validateFieldWrites(list: StoredList, raw: unknown): Record<string, FieldValue> {
  const input = isRecordOrThrow(raw, 'fields');
  const result: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name.startsWith('@odata.')) continue;
    const column = list.columns.find((c) => c.name === name);
    if (!column) throw invalidRequest(`Field '${name}' is not recognized`);
    if (column.readOnly) throw invalidRequest(`Field '${name}' is read-only`);
    result[name] = value === null ? null : normaliseValue(column, value);
  }
  return result;
}

/** What a text column holds; a multi-line one without "append changes" holds 63,999 characters at most. */
const textLimitOf = (column: StoredColumn): number | undefined => {
  if (column.text?.allowMultipleLines !== true) return column.text?.maxLength ?? SINGLE_LINE_MAX;
  if (column.text.appendChangesToExistingText) return column.text.maxLength;
  return Math.min(column.text.maxLength ?? MULTI_LINE_MAX, MULTI_LINE_MAX);
};

function normaliseValue(column: StoredColumn, value: unknown): FieldValue {
  const wrongType = (expected: string): GraphError =>
    invalidRequest(`Field '${column.name}' expects ${expected}; ${JSON.stringify(value)} was given.`);
  switch (column.kind) {
    case 'text': {
      if (typeof value !== 'string') throw wrongType('text');
      const limit = textLimitOf(column);
      if (limit !== undefined && value.length > limit) {
        throw invalidRequest(
          `Field '${column.name}' holds at most ${limit} characters; the value given has ${value.length}.`,
        );
      }
      return value;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrongType('a number');
      const { minimum, maximum } = column.number ?? {};
      if ((minimum !== undefined && value < minimum) || (maximum !== undefined && value > maximum)) {
        throw invalidRequest(
          `Field '${column.name}' must be between ${minimum ?? '-∞'} and ${maximum ?? '∞'}.`,
        );
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw wrongType('true or false');
      return value;
    case 'dateTime': {
      if (typeof value !== 'string' || !Number.isFinite(Date.parse(value)))
        throw wrongType('an ISO 8601 date and time');
      return graphTimestamp(new Date(value));
    }
    case 'choice': {
      if (typeof value !== 'string') throw wrongType('one of its choices');
      if (!column.choice?.allowTextEntry && !column.choice?.choices.includes(value)) {
        throw invalidRequest(`Field '${column.name}' must be one of: ${column.choice?.choices.join(', ')}.`);
      }
      return value;
    }
    default:
      throw invalidRequest(`Field '${column.name}' cannot be written through this API.`);
  }
}
