/** Just the short-term targets table, for dropping into a report or a class planning document. */
import { emptyParagraph } from '../ooxml';
import type { TemplateContext, TemplateOutput } from './common';
import { SHORT_TERM_COLUMNS, targetTable } from './targetTable';

export const renderTargetsOnly = (ctx: TemplateContext): TemplateOutput => {
  const output = targetTable({
    caption: `Short-term targets for ${ctx.plan.pupil.name}`,
    columns: SHORT_TERM_COLUMNS,
    targets: ctx.plan.shortTermTargets,
    emptyText: 'No short-term targets recorded yet.',
  });
  // Word needs a paragraph after a table at the end of a content control, or it adds one itself.
  return { xml: output.xml + emptyParagraph(), targets: output.targets };
};
