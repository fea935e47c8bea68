/**
 * Scotland: the IEP as section 4 of the Child's Plan (GIRFEC). Long-term targets are listed with
 * the SHANARRI wellbeing indicators they serve, and each long-term target is followed by the
 * short-term targets that break it down.
 */
import { documentTitle, type ShortTermTarget } from '../../domain';
import { emptyParagraph, heading, textParagraph } from '../ooxml';
import {
  labelValueTable,
  pupilDetailsTable,
  titleBlock,
  type TargetControlLayout,
  type TemplateContext,
  type TemplateOutput,
} from './common';
import { aboutTheChildTable, longTermTable } from './fullIep';
import { groupTargetsSection } from './groupTargetsSection';
import { myViewsSection } from './myViewsSection';
import { peopleSection } from './peopleTable';
import { copiesSentToTable, planSigners, signatureTable } from './signatures';
import { CHILDS_PLAN_COLUMNS, targetTable } from './targetTable';

const SECTION_4_COLUMNS = CHILDS_PLAN_COLUMNS;

export const renderChildsPlan = (ctx: TemplateContext): TemplateOutput => {
  const { plan } = ctx;
  const layouts: TargetControlLayout[] = [];
  const groups: string[] = [];
  let numbered = 1;
  const addGroup = (headingText: string, targets: readonly ShortTermTarget[], emptyText: string): void => {
    const output = targetTable({
      caption: headingText,
      columns: SECTION_4_COLUMNS,
      targets,
      emptyText,
      firstNumber: numbered,
    });
    numbered += targets.length;
    layouts.push(...output.targets);
    groups.push(heading(2, headingText), output.xml);
  };

  // The long-term target's text, area and wellbeing indicators are in the table above: named by number here.
  plan.longTermTargets.forEach((longTerm, index) => {
    addGroup(
      `Towards long-term target ${index + 1}`,
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
      unlinked,
      'No short-term targets recorded yet.',
    );
  }

  const xml = [
    titleBlock(ctx, documentTitle('childs-plan', plan)),
    textParagraph('Individualised Educational Programme', { style: 'Subtitle' }),
    heading(1, 'Child or young person'),
    pupilDetailsTable(ctx),
    peopleSection(ctx),
    heading(1, 'About the child or young person'),
    aboutTheChildTable(ctx),
    heading(1, 'Additional support needs'),
    labelValueTable('Additional support needs', [
      ['Description of needs', plan.needs.summary],
      ['Assessment information', plan.needs.assessment],
    ]),
    heading(1, 'Long-term targets and wellbeing indicators'),
    longTermTable(ctx, true),
    heading(1, 'Short-term targets'),
    ...groups,
    groupTargetsSection(ctx.groupTargets, ctx.wording),
    heading(1, 'Views'),
    labelValueTable('Views', [
      ["Child or young person's views", plan.pupilViews],
      ["Parents' and carers' views", plan.parentViews],
    ]),
    myViewsSection(plan.myViews, 2),
    heading(1, 'Review'),
    labelValueTable('Review', [
      ['Monitoring and assessment', plan.monitoring],
      ['How we will know the help is no longer needed', plan.noLongerNeeded],
      ['Review arrangements', plan.reviewArrangements],
    ]),
    heading(1, 'Agreed by'),
    signatureTable(planSigners(ctx, 'Child or young person')),
    heading(1, 'Copies sent to'),
    copiesSentToTable(ctx),
    emptyParagraph(),
  ].join('');
  return { xml, targets: layouts };
};
