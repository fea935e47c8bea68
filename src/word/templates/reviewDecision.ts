/**
 * What a review decided, read from the version it agreed: the stage of support, the new short-term
 * targets and the date of the next review. With no agreed version to read, each is left to write by hand,
 * never filled with the reviewed plan's own dates.
 */
import { STAGE_LABELS, type Plan, type ShortTermTarget } from '../../domain';
import { joinLines, ukDate } from '../format';
import { columnWidths } from '../layout';
import { heading, headerRow, table, tableRow, valueCell } from '../ooxml';
import { blankRows, labelValueTable, stageLabel } from './common';

/** "Stays at SEN Support" or "Moves from Level 1: within the class to Level 2: within the school". */
export const stageDecision = (reviewed: Plan, agreed: Plan | null): string => {
  if (agreed === null) return '';
  return agreed.stage === reviewed.stage
    ? `Stays at ${STAGE_LABELS[agreed.stage]}`
    : `Moves from ${STAGE_LABELS[reviewed.stage]} to ${STAGE_LABELS[agreed.stage]}`;
};

const whoAndHowOften = (target: ShortTermTarget): string => joinLines([target.deliveredBy, target.frequency]);

const newTargetsTable = (agreed: Plan | null): string => {
  const widths = columnWidths([7, 63, 30]);
  const targets = agreed?.shortTermTargets ?? [];
  const rows = targets.map((target, index) =>
    tableRow(
      [valueCell(String(index + 1)), valueCell(target.text), valueCell(whoAndHowOften(target))],
      widths,
      { cantSplit: true },
    ),
  );
  const blank = blankRows(widths, 3, { numbered: true });
  return table({
    caption: 'New short-term targets agreed',
    widths,
    rows: [
      headerRow(['No.', 'New target', 'Who and how often'], widths),
      ...(rows.length > 0 ? rows : blank),
    ],
  });
};

export const reviewDecisionSection = (reviewed: Plan, agreed: Plan | null): string =>
  [
    heading(1, 'What was decided'),
    labelValueTable('What was decided', [
      [stageLabel(reviewed.nation), stageDecision(reviewed, agreed)],
      ['Next review date', ukDate(agreed?.nextReviewDate)],
    ]),
    heading(2, 'New short-term targets agreed'),
    newTargetsTable(agreed),
  ].join('');
