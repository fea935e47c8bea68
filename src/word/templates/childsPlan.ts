/**
 * Scotland: the IEP as section 4 of the Child's Plan (GIRFEC). Long-term targets are listed with
 * the SHANARRI wellbeing indicators they serve, and each long-term target is followed by the
 * short-term targets that break it down.
 */
import { documentTitle, STAGE_LABELS, TARGET_AREA_LABELS, type ShortTermTarget } from '../../domain';
import { ukDate } from '../format';
import { emptyParagraph, heading, textParagraph, title } from '../ooxml';
import {
  labelValueTable,
  pupilDetailsTable,
  subtitleParagraph,
  type TargetControlLayout,
  type TemplateContext,
  type TemplateOutput,
} from './common';
import { longTermTable, wellbeingText } from './fullIep';
import { myViewsSection } from './myViewsSection';
import { fieldColumn, targetTable, type TargetColumn } from './targetTable';

const SECTION_4_COLUMNS: readonly TargetColumn[] = [
  fieldColumn('Short-term target', 20, 'text'),
  fieldColumn('Success criteria', 17, 'successCriteria'),
  fieldColumn('Strategies and resources', 18, 'strategies'),
  fieldColumn('Who', 10.5, 'deliveredBy'),
  fieldColumn('How often', 10.5, 'frequency'),
  fieldColumn('Review date', 11.5, 'targetDate'),
  fieldColumn('Outcome', 12.5, 'outcome'),
];

export const renderChildsPlan = (ctx: TemplateContext): TemplateOutput => {
  const { plan } = ctx;
  const layouts: TargetControlLayout[] = [];
  const groups: string[] = [];
  let numbered = 1;
  const addGroup = (
    headingText: string,
    intro: string,
    targets: readonly ShortTermTarget[],
    emptyText: string,
  ): void => {
    const output = targetTable({
      caption: headingText,
      columns: SECTION_4_COLUMNS,
      targets,
      emptyText,
      firstNumber: numbered,
    });
    numbered += targets.length;
    layouts.push(...output.targets);
    groups.push(
      heading(2, headingText),
      intro === '' ? '' : textParagraph(intro, { keepNext: true }),
      output.xml,
    );
  };

  plan.longTermTargets.forEach((longTerm, index) => {
    const wellbeing = wellbeingText(longTerm);
    addGroup(
      `Long-term target ${index + 1}: ${longTerm.text}`,
      `Area: ${TARGET_AREA_LABELS[longTerm.area]}. Wellbeing indicators: ${wellbeing === '' ? 'none chosen yet' : wellbeing}.`,
      plan.shortTermTargets.filter((t) => t.longTermTargetId === longTerm.id),
      'No short-term targets for this long-term target yet.',
    );
  });
  const linked = new Set(plan.longTermTargets.map((t) => t.id as string));
  const unlinked = plan.shortTermTargets.filter(
    (t) => t.longTermTargetId === null || !linked.has(t.longTermTargetId),
  );
  if (unlinked.length > 0 || plan.longTermTargets.length === 0) {
    const none = plan.longTermTargets.length === 0;
    addGroup(
      none ? 'Short-term targets' : 'Other short-term targets',
      '',
      unlinked,
      'No short-term targets recorded yet.',
    );
  }

  const xml = [
    title(documentTitle('childs-plan', plan)),
    textParagraph('Individualised Educational Programme', { style: 'Subtitle' }),
    subtitleParagraph(plan),
    heading(1, 'Child or young person'),
    pupilDetailsTable(ctx),
    heading(1, 'Additional support needs'),
    labelValueTable('Additional support needs', [
      ['Stage of intervention', STAGE_LABELS[plan.stage]],
      ['Description of needs', plan.needs.summary],
      ['Assessment information', plan.needs.assessment],
    ]),
    heading(1, 'Long-term targets and wellbeing indicators'),
    longTermTable(ctx, true),
    heading(1, 'Short-term targets'),
    ...groups,
    heading(1, 'Views'),
    myViewsSection(plan.myViews, 2),
    labelValueTable('Views', [
      ["Child or young person's views", plan.pupilViews],
      ["Parents' and carers' views", plan.parentViews],
    ]),
    heading(1, 'Review'),
    labelValueTable('Review', [
      ['Monitoring and assessment', plan.monitoring],
      ['Review arrangements', plan.reviewArrangements],
      ['Next review date', ukDate(plan.nextReviewDate)],
    ]),
    emptyParagraph(),
  ].join('');
  return { xml, targets: layouts };
};
