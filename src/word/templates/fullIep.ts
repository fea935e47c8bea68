/**
 * The whole plan as a school prints it: details, the child, needs, targets, home support, views,
 * monitoring and review, signatures and who was sent a copy. Each fact is printed once.
 */
import type { LongTermTarget } from '../../domain';
import { joinLines } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, headerRow, table, tableRow, valueCell } from '../ooxml';
import {
  blankRows,
  labelValueTable,
  pupilDetailsTable,
  SHANARRI_LABELS,
  titleBlock,
  type TemplateContext,
  type TemplateOutput,
} from './common';
import { groupTargetsSection } from './groupTargetsSection';
import { myViewsSection } from './myViewsSection';
import { peopleSection } from './peopleTable';
import { copiesSentToTable, planSigners, signatureTable } from './signatures';
import { shortTermColumns, targetTable } from './targetTable';

export const wellbeingText = (target: LongTermTarget): string =>
  target.wellbeing.map((indicator) => SHANARRI_LABELS[indicator]).join(', ');

/** Long-term targets; where the nation uses SHANARRI (Scotland) each carries its wellbeing indicators. */
export const longTermTable = (
  ctx: TemplateContext,
  withWellbeing = ctx.terms.usesWellbeingIndicators,
): string => {
  const { common } = ctx.wording;
  const widths = columnWidths(withWellbeing ? [6, 18, 50, 26] : [6, 22, 72]);
  const headers = [
    common.number,
    common.area,
    common.longTermTarget,
    ...(withWellbeing ? [ctx.wording.fullIep.wellbeingIndicators] : []),
  ];
  const rows = ctx.plan.longTermTargets.map((target, index) =>
    tableRow(
      [
        valueCell(String(index + 1)),
        valueCell(ctx.wording.labels.targetAreas[target.area]),
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
    caption: common.longTermTargets,
    widths,
    rows: [headerRow(headers, widths), ...(rows.length === 0 ? blank : rows)],
  });
};

/** Likes, dislikes and worries: what every adult working with the child should know first. */
export const aboutTheChildTable = (ctx: TemplateContext): string => {
  const { profile } = ctx.plan;
  const w = ctx.wording.fullIep;
  return labelValueTable(w.aboutTheChild, [
    [w.strengths, profile.strengths],
    [w.likes, profile.likes],
    [w.dislikes, profile.dislikes],
    [w.anxieties, profile.anxieties],
    [w.communication, profile.communication],
  ]);
};

export const renderFullIep = (ctx: TemplateContext): TemplateOutput => {
  const { plan, terms, wording } = ctx;
  const { common, fullIep: w } = wording;
  const shortTerm = targetTable({
    caption: common.shortTermTargets,
    columns: shortTermColumns(wording),
    targets: plan.shortTermTargets,
    emptyText: common.noShortTermTargets,
    wording,
  });
  const xml = [
    titleBlock(ctx, wording.documentTitle('full-iep', plan)),
    heading(1, common.pupilDetails),
    pupilDetailsTable(ctx),
    peopleSection(ctx),
    heading(1, w.aboutTheChild),
    aboutTheChildTable(ctx),
    heading(1, wording.needsHeading(terms)),
    labelValueTable(w.needs, [
      [w.needsSummary, plan.needs.summary],
      [w.areasOfNeed, joinLines(plan.needs.areas.map((area) => wording.labels.areasOfNeed[area]))],
      [w.identifiedAreas, joinLines(plan.needs.identifiedAreas)],
      [w.assessment, plan.needs.assessment],
    ]),
    heading(1, common.longTermTargets),
    longTermTable(ctx),
    heading(1, common.shortTermTargets),
    shortTerm.xml,
    groupTargetsSection(ctx.groupTargets, wording),
    heading(1, w.homeAndOtherSupport),
    labelValueTable(w.homeAndOtherSupport, [
      [w.homeSupport, plan.homeSupport.activities],
      [w.howOften, plan.homeSupport.frequency],
      [w.forHowLong, plan.homeSupport.duration],
      [w.childInput, plan.childInput],
      // The professionals are named once, in the pupil details.
      [w.otherSupport, plan.otherSupport],
    ]),
    heading(1, common.views),
    labelValueTable(common.views, [
      [w.pupilViews, plan.pupilViews],
      [common.parentViews, plan.parentViews],
    ]),
    myViewsSection(plan.myViews, 2, wording),
    heading(1, w.monitoringAndReview),
    // The next review date is in the pupil details.
    labelValueTable(w.monitoringAndReview, [
      [w.monitoring, plan.monitoring],
      [w.noLongerNeeded, plan.noLongerNeeded],
      [w.reviewArrangements, plan.reviewArrangements],
    ]),
    heading(1, w.agreedBy),
    signatureTable(planSigners(ctx, common.pupil), wording),
    heading(1, wording.signatures.copiesSentTo),
    copiesSentToTable(ctx),
    emptyParagraph(),
  ].join('');
  return { xml, targets: shortTerm.targets };
};
