/**
 * The bench's one table: every figure with its unit and budget, printed with aligned columns and
 * written as JSON. A figure that could not be measured (value null) fails: a missing number must not
 * pass for a good one.
 */

export interface Budget {
  readonly comparison: '<=' | '<';
  readonly limit: number;
}

export interface BenchRow {
  readonly name: string;
  readonly value: number | null;
  readonly unit: string;
  readonly budget: Budget;
  /** A few words beside the number, e.g. the absolute times behind a ratio. */
  readonly note?: string;
}

export type Verdict = 'pass' | 'fail';

export interface JudgedRow extends BenchRow {
  readonly verdict: Verdict;
}

export const atMost = (limit: number): Budget => ({ comparison: '<=', limit });
export const below = (limit: number): Budget => ({ comparison: '<', limit });

export const judge = (row: BenchRow): JudgedRow => {
  const { value, budget } = row;
  const within =
    value !== null && (budget.comparison === '<=' ? value <= budget.limit : value < budget.limit);
  return { ...row, verdict: within ? 'pass' : 'fail' };
};

/** Whole numbers as they are; anything else to two significant decimals at most. */
export const formatNumber = (value: number | null): string => {
  if (value === null) return 'not measured';
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
};

const budgetText = (budget: Budget): string => `${budget.comparison} ${formatNumber(budget.limit)}`;

export const formatTable = (rows: readonly JudgedRow[]): string => {
  const header = ['Figure', 'Value', 'Unit', 'Budget', 'Result', 'Note'];
  const cells = rows.map((row) => [
    row.name,
    formatNumber(row.value),
    row.unit,
    budgetText(row.budget),
    row.verdict === 'pass' ? 'pass' : 'FAIL',
    row.note ?? '',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)),
  );
  // Numbers and budgets right-aligned so their digits line up.
  const rightAligned = new Set([1, 3]);
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => {
        const width = widths[column] ?? 0;
        return rightAligned.has(column) ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
};

export const summaryLine = (rows: readonly JudgedRow[]): string => {
  const passed = rows.filter((row) => row.verdict === 'pass').length;
  return `bench: ${passed} passed, ${rows.length - passed} failed`;
};
