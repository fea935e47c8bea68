/** Just the short-term targets table, for dropping into a report or a class planning document. */
import { emptyParagraph } from '../ooxml';
import type { TemplateContext, TemplateOutput } from './common';
import { shortTermColumns, targetTable } from './targetTable';

export const renderTargetsOnly = (ctx: TemplateContext): TemplateOutput => {
  const { wording } = ctx;
  const output = targetTable({
    caption: wording.targets.targetsFor(ctx.plan.pupil.name),
    columns: shortTermColumns(wording),
    targets: ctx.plan.shortTermTargets,
    emptyText: wording.common.noShortTermTargets,
    wording,
  });
  // Word needs a paragraph after a table at the end of a content control, or it adds one itself.
  return { xml: output.xml + emptyParagraph(), targets: output.targets };
};
