/**
 * What the task pane asks of Word, behind one small interface so the pane can be tested without
 * Word (tests pass their own) and so the Office.js adapter and the renderer it needs are downloaded
 * only when a button is pressed, not with the pane's first screen.
 */
import type { Plan } from '../../domain';
import type {
  DocumentEdits,
  InsertOutcome,
  InsertPlace,
  RefreshOutcome,
  RenderInput,
  TemplateKind,
} from '../../word';

export interface RefreshOptions {
  /** Refresh even if the teacher typed in the fields: their edits are replaced. */
  readonly discardEdits?: boolean;
}

export interface WordPort {
  /** Inserts the template at the cursor, or refuses where the cursor is in a block or a table cell. */
  insertTemplate(kind: TemplateKind, input: RenderInput, place?: InsertPlace): Promise<InsertOutcome>;
  /**
   * Re-renders every template already inserted for `input.plan` with its current data, unless the
   * teacher typed in the fields (then nothing is written and the outcome says so).
   */
  refreshTemplates(input: RenderInput, options?: RefreshOptions): Promise<RefreshOutcome>;
  /** The text of every tagged target cell in the document, and what is left of the plan's markers. */
  readTargetEdits(plan: Plan): Promise<DocumentEdits>;
  /** `Office.context.document.url`: where the document is saved, or null/'' if it never was. */
  documentUrl(): string | null;
}

const adapter = () => import(/* webpackChunkName: "word-adapter" */ '../../word/wordAdapter');
const renderer = () => import(/* webpackChunkName: "word-adapter" */ '../../word/renderTemplate');
const edits = () => import(/* webpackChunkName: "word-adapter" */ '../../word/targetEdits');

/** The real thing: src/word's Office.js adapter, loaded on first use. */
export const officeWordPort: WordPort = {
  insertTemplate: async (kind, input, place) => (await adapter()).insertTemplate(kind, input, place),
  refreshTemplates: async (input, options = {}) => {
    const [{ refreshTemplates }, { renderTemplate }, { hasWordEdits }] = await Promise.all([
      adapter(),
      renderer(),
      edits(),
    ]);
    return refreshTemplates({
      planId: input.plan.id,
      pupilName: input.plan.pupil.name,
      render: (kind) => renderTemplate(kind, input),
      ...(options.discardEdits ? {} : { keepEdits: (cells) => hasWordEdits(input.plan, cells) }),
    });
  },
  readTargetEdits: async (plan) => (await adapter()).readTargetEdits(plan.id, plan.pupil.name),
  documentUrl: () => (typeof Office === 'undefined' ? null : (Office.context.document?.url ?? null)),
};
