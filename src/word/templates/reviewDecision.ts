/**
 * What a review decided, read from the version it agreed: the stage of support, the new short-term
 * targets and the date of the next review. With no agreed version to read, each is left to write by hand,
 * never filled with the reviewed plan's own dates.
 */
import type { Plan, ShortTermTarget } from '../../domain';
import { joinLines, ukDate } from '../format';
import { columnWidths } from '../layout';
import { heading, headerRow, table, tableRow, valueCell } from '../ooxml';
import { ENGLISH, type Wording } from '../wording';
import { blankRows, labelValueTable } from './common';

/** "Stays at SEN Support" or "Moves from Level 1: within the class to Level 2: within the school". */
export const stageDecision = (reviewed: Plan, agreed: Plan | null, wording: Wording = ENGLISH): string => {
  if (agreed === null) return '';
  const { labels, decision } = wording;
  return agreed.stage === reviewed.stage
    ? decision.staysAt(labels.stages[agreed.stage])
    : decision.movesFrom(labels.stages[reviewed.stage], labels.stages[agreed.stage]);
};

const whoAndHowOften = (target: ShortTermTarget): string => joinLines([target.deliveredBy, target.frequency]);

const newTargetsTable = (agreed: Plan | null, wording: Wording): string => {
  const { common, decision } = wording;
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
    caption: decision.newTargetsAgreed,
    widths,
    rows: [
      headerRow([common.number, decision.newTarget, decision.whoAndHowOften], widths),
      ...(rows.length > 0 ? rows : blank),
    ],
  });
};

export const reviewDecisionSection = (
  reviewed: Plan,
  agreed: Plan | null,
  wording: Wording = ENGLISH,
): string =>
  [
    heading(1, wording.decision.heading),
    labelValueTable(wording.decision.heading, [
      [wording.stageLabel(reviewed.nation), stageDecision(reviewed, agreed, wording)],
      [wording.common.nextReviewDate, ukDate(agreed?.nextReviewDate)],
    ]),
    heading(2, wording.decision.newTargetsAgreed),
    newTargetsTable(agreed, wording),
  ].join('');
