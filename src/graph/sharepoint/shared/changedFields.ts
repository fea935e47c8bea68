import type { FieldValues } from './listItem';

/** Columns that record who saved and when: they change on every save, so they never make a save "changed". */
const BOOKKEEPING_COLUMNS: ReadonlySet<string> = new Set(['UpdatedBy', 'UpdatedAt']);

/** The columns whose values differ; `null` when none do. */
export const changedFields = (next: FieldValues, previous: FieldValues): FieldValues | null => {
  const changed: FieldValues = {};
  for (const [column, value] of Object.entries(next)) {
    if (BOOKKEEPING_COLUMNS.has(column)) continue;
    if (previous[column] !== value) changed[column] = value;
  }
  return Object.keys(changed).length === 0 ? null : changed;
};
