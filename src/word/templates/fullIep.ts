/**
 * The whole plan as a school prints it: details, the child, needs, targets, home support, views,
 * monitoring and review, signatures and who was sent a copy. Each fact is printed once.
 */
import { AREA_OF_NEED_LABELS, documentTitle, TARGET_AREA_LABELS, type LongTermTarget } from '../../domain';
import { joinLines } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, headerRow, table, tableRow, valueCell } from '../ooxml';
import {
  blankRows,
  capitalise,
  labelValueTable,
  pupilDetailsTable,
  SHANARRI_LABELS,
  titleBlock,
  type TemplateContext,
  type TemplateOutput,
} from './common';
import { myViewsSection } from './myViewsSection';
import { peopleSection } from './peopleTable';
import { copiesSentToTable, planSigners, signatureTable } from './signatures';
import { SHORT_TERM_COLUMNS, targetTable } from './targetTable';

export const wellbeingText = (target: LongTermTarget): string =>
  target.wellbeing.map((indicator) => SHANARRI_LABELS[indicator]).join(', ');

/** Long-term targets; where the nation uses SHANARRI (Scotland) each carries its wellbeing indicators. */
export const longTermTable = (
  ctx: TemplateContext,
  withWellbeing = ctx.terms.usesWellbeingIndicators,
): string => {
  const widths = columnWidths(withWellbeing ? [6, 18, 50, 26] : [6, 22, 72]);
  const headers = ['No.', 'Area', 'Long-term target', ...(withWellbeing ? ['Wellbeing indicators'] : [])];
  const rows = ctx.plan.longTermTargets.map((target, index) =>
    tableRow(
      [
        valueCell(String(index + 1)),
        valueCell(TARGET_AREA_LABELS[target.area]),
        valueCell(target.text),
        ...(withWellbeing ? [valueCell(wellbeingText(target))] : []),
      ],
      widths,
      { cantSplit: true },
    ),
  );
  // None agreed yet: numbered lines to write them on at the meeting.
  const blank = blankRows(widths, 2, { numbered: true });
  return table({
    caption: 'Long-term targets',
    widths,
    rows: [headerRow(headers, widths), ...(rows.length === 0 ? blank : rows)],
  });
};

/** Likes, dislikes and worries: what every adult working with the child should know first. */
export const aboutTheChildTable = (ctx: TemplateContext): string => {
  const { profile } = ctx.plan;
  return labelValueTable('About the child', [
    ['Strengths', profile.strengths],
    ['Likes', profile.likes],
    ['Dislikes', profile.dislikes],
    ['Worries and anxieties', profile.anxieties],
    ['How to communicate', profile.communication],
  ]);
};

export const renderFullIep = (ctx: TemplateContext): TemplateOutput => {
  const { plan, terms } = ctx;
  const shortTerm = targetTable({
    caption: 'Short-term targets',
    columns: SHORT_TERM_COLUMNS,
    targets: plan.shortTermTargets,
    emptyText: 'No short-term targets recorded yet.',
  });
  const xml = [
    titleBlock(ctx, documentTitle('full-iep', plan)),
    heading(1, 'Pupil details'),
    pupilDetailsTable(ctx),
    peopleSection(ctx),
    heading(1, 'About the child'),
    aboutTheChildTable(ctx),
    heading(1, capitalise(terms.needsLong)),
    labelValueTable('Needs', [
      ['Description of needs', plan.needs.summary],
      ['Areas of need', joinLines(plan.needs.areas.map((area) => AREA_OF_NEED_LABELS[area]))],
      ['Identified areas', joinLines(plan.needs.identifiedAreas)],
      ['Assessment information', plan.needs.assessment],
    ]),
    heading(1, 'Long-term targets'),
    longTermTable(ctx),
    heading(1, 'Short-term targets'),
    shortTerm.xml,
    heading(1, 'Help from home and other support'),
    labelValueTable('Help from home and other support', [
      ['Help from home', plan.homeSupport.activities],
      ['How often', plan.homeSupport.frequency],
      ['For how long', plan.homeSupport.duration],
      ['What the pupil will do', plan.childInput],
      // The professionals are named once, in the pupil details.
      ['Other support', plan.otherSupport],
    ]),
    heading(1, 'Views'),
    labelValueTable('Views', [
      ["Pupil's views", plan.pupilViews],
      ["Parents' and carers' views", plan.parentViews],
    ]),
    myViewsSection(plan.myViews, 2),
    heading(1, 'Monitoring and review'),
    // The next review date is in the pupil details.
    labelValueTable('Monitoring and review', [
      ['Monitoring and assessment', plan.monitoring],
      ['How we will know the help is no longer needed', plan.noLongerNeeded],
      ['Review arrangements', plan.reviewArrangements],
    ]),
    heading(1, 'Agreed by'),
    signatureTable(planSigners(ctx, 'Pupil')),
    heading(1, 'Copies sent to'),
    copiesSentToTable(ctx),
    emptyParagraph(),
  ].join('');
  return { xml, targets: shortTerm.targets };
};
