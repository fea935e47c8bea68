/**
 * What the task pane asks of Word, behind one small interface so the pane can be tested without
 * Word (tests pass their own) and so the Office.js adapter and the renderer it needs are downloaded
 * only when a button is pressed, not with the pane's first screen.
 */
import type { PlanId } from '../../domain';
import type { InsertedTemplate, RefreshResult, RenderInput, TargetCellText, TemplateKind } from '../../word';

export interface WordPort {
  /** Inserts the template at the selection (one `context.sync()`). */
  insertTemplate(kind: TemplateKind, input: RenderInput): Promise<InsertedTemplate>;
  /** Re-renders every template already inserted for `input.plan` with its current data. */
  refreshTemplates(input: RenderInput): Promise<RefreshResult>;
  /** The text of every tagged target cell of the plan's templates in the document. */
  readTargetEdits(planId: PlanId): Promise<TargetCellText[]>;
  /** `Office.context.document.url`: where the document is saved, or null/'' if it never was. */
  documentUrl(): string | null;
}

const adapter = () => import(/* webpackChunkName: "word-adapter" */ '../../word/wordAdapter');
const renderer = () => import(/* webpackChunkName: "word-adapter" */ '../../word/renderTemplate');

/** The real thing: src/word's Office.js adapter, loaded on first use. */
export const officeWordPort: WordPort = {
  insertTemplate: async (kind, input) => (await adapter()).insertTemplate(kind, input),
  refreshTemplates: async (input) => {
    const [{ refreshTemplates }, { renderTemplate }] = await Promise.all([adapter(), renderer()]);
    return refreshTemplates(input.plan.id, (kind) => renderTemplate(kind, input));
  },
  readTargetEdits: async (planId) => (await adapter()).readTargetEdits(planId),
  documentUrl: () => (typeof Office === 'undefined' ? null : (Office.context.document?.url ?? null)),
};
