/** The whole plan as a school prints it: details, needs, targets, home support, views, review, signatures. */
import {
  AREA_OF_NEED_LABELS,
  documentTitle,
  STAGE_LABELS,
  TARGET_AREA_LABELS,
  type LongTermTarget,
} from '../../domain';
import { joinLines, ukDate } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, headerRow, table, tableRow, title, valueCell } from '../ooxml';
import {
  capitalise,
  labelValueTable,
  people,
  pupilDetailsTable,
  SHANARRI_LABELS,
  signatureTable,
  subtitleParagraph,
  type TemplateContext,
  type TemplateOutput,
} from './common';
import { myViewsSection } from './myViewsSection';
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
  const empty = tableRow([valueCell('No long-term targets recorded yet.', headers.length)], widths, {
    cantSplit: true,
  });
  return table({
    caption: 'Long-term targets',
    widths,
    rows: [headerRow(headers, widths), ...(rows.length === 0 ? [empty] : rows)],
  });
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
    title(documentTitle('full-iep', plan)),
    subtitleParagraph(plan),
    heading(1, 'Pupil details'),
    pupilDetailsTable(ctx),
    heading(1, capitalise(terms.needsLong)),
    labelValueTable('Needs', [
      ['Stage of support', STAGE_LABELS[plan.stage]],
      ['Description of needs', plan.needs.summary],
      ['Areas of need', joinLines(plan.needs.areas.map((area) => AREA_OF_NEED_LABELS[area]))],
      ['Identified areas', joinLines(plan.needs.identifiedAreas)],
      ['Assessment information', plan.needs.assessment],
      ['Strengths', plan.profile.strengths],
      ['Communication', plan.profile.communication],
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
      ['Other support', joinLines([plan.otherSupport, people.professionals(plan)])],
    ]),
    heading(1, 'Views'),
    myViewsSection(plan.myViews, 2),
    labelValueTable('Views', [
      ["Pupil's views", plan.pupilViews],
      ["Parents' and carers' views", plan.parentViews],
    ]),
    heading(1, 'Monitoring and review'),
    labelValueTable('Monitoring and review', [
      ['Monitoring and assessment', plan.monitoring],
      ['Review arrangements', plan.reviewArrangements],
      ['Next review date', ukDate(plan.nextReviewDate)],
    ]),
    heading(1, 'Agreed by'),
    signatureTable(ctx),
    emptyParagraph(),
  ].join('');
  return { xml, targets: shortTerm.targets };
};
