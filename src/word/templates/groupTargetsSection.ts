/**
 * A child's group targets: the targets shared by a group on one provision, written once for the
 * group, each with this child's own outcome. A row naming the provision, then a row per target; no
 * content controls, since the targets are edited on the provision's page, not in the child's plan.
 */
import type { ChildGroupTarget } from '../../domain';
import { ukDate } from '../format';
import { columnWidths, TABLE_SIZE, widenToMinimums } from '../layout';
import { cellText, headerRow, heading, labelCell, table, tableRow, textParagraph, valueCell } from '../ooxml';
import { rowBreaks } from '../rowBreaks';
import { minimumColumnWidth } from '../textMeasure';
import type { Wording } from '../wording';

/** Target, success criteria, target date, outcome, comment: the words get the room. */
const WEIGHTS = [30, 26, 13, 13, 18];

const cellsOf = (row: ChildGroupTarget, w: Wording): string[] => [
  row.target.text,
  row.target.successCriteria,
  ukDate(row.target.targetDate),
  w.labels.targetOutcomes[row.outcome.outcome],
  row.outcome.comment,
];

/** Consecutive targets of one provision's group, in the order given. */
const byGroup = (rows: readonly ChildGroupTarget[]): ChildGroupTarget[][] => {
  const groups: ChildGroupTarget[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last?.[0]?.provisionName === row.provisionName) last.push(row);
    else groups.push([row]);
  }
  return groups;
};

/** The heading, a line saying what the targets are and the table; nothing when there are none. */
export const groupTargetsSection = (rows: readonly ChildGroupTarget[], wording: Wording): string => {
  if (rows.length === 0) return '';
  const w = wording.groupTargets;
  const headers = [
    wording.common.target,
    wording.targets.successCriteria,
    wording.targets.targetDate,
    w.childsOutcome,
    w.comment,
  ];
  const values = rows.map((row) => cellsOf(row, wording));
  const minimums = headers.map((header, column) =>
    Math.max(
      minimumColumnWidth([header], TABLE_SIZE, true),
      minimumColumnWidth(
        values.map((cells) => cells[column] ?? ''),
        TABLE_SIZE,
      ),
    ),
  );
  const widths = widenToMinimums(columnWidths(WEIGHTS), minimums);
  const body = byGroup(rows).flatMap((group) => [
    // Kept with its first target, so a provision's name never ends a page alone.
    tableRow(
      [
        { ...labelCell(w.provision), content: cellText(w.provision, { bold: true, keepNext: true }) },
        { content: cellText(group[0]?.provisionName ?? '', { keepNext: true }), span: 4 },
      ],
      widths,
      { cantSplit: true },
    ),
    ...group.map((row) => {
      const cells = cellsOf(row, wording);
      const [measured] = rowBreaks([
        cells.map((text, i) => ({ width: widths[i] ?? 0, paragraphs: [{ text }] })),
      ]).rows;
      return tableRow(
        cells.map((text) => valueCell(text)),
        widths,
        { cantSplit: measured?.cantSplit ?? false },
      );
    }),
  ]);
  return [
    heading(1, w.heading),
    textParagraph(w.intro),
    table({ caption: w.heading, widths, rows: [headerRow(headers, widths), ...body] }),
  ].join('');
};
