/**
 * What the task pane asks of Word, behind one small interface so the pane can be tested without
 * Word (tests pass their own) and so the Office.js adapter and the renderer it needs are never part
 * of the pane's first screen: they are downloaded on first use, which in Word is the first read of
 * where the cursor is, once Word confirms the selection handler (useCursorPlace.ts), just after the
 * pane opens.
 */
import type { Plan, PlanId } from '../../domain';
import type {
  CursorPlace,
  DocumentEdits,
  InsertOutcome,
  InsertPlace,
  Language,
  RefreshOutcome,
  RenderInput,
  TemplateKind,
} from '../../word';
// Small and free of the renderer: the pane starts watching the cursor as soon as it opens.
import { watchSelection, type StopWatching } from '../../word/selectionEvents';

export interface RefreshOptions {
  /** Refresh even if the teacher typed in the fields: their edits are replaced. */
  readonly discardEdits?: boolean;
}

export interface WordPort {
  /**
   * Inserts the template at the cursor, or refuses where the cursor is in a block or a table cell.
   * `known`: where the cursor is, read since its last move (one sync fewer); null to check first.
   */
  insertTemplate(
    kind: TemplateKind,
    input: RenderInput,
    place?: InsertPlace,
    known?: CursorPlace | null,
  ): Promise<InsertOutcome>;
  /** Where the cursor is now, in one read-only sync; null where this Word cannot tell. */
  readCursorPlace(): Promise<CursorPlace | null>;
  /** Calls `onChange` after each change of selection; null where Word cannot report them. */
  watchSelection(onChange: () => void): Promise<StopWatching | null>;
  /** The language the plan's templates in the document were printed in, if they all say the same. */
  readInsertedLanguage(planId: PlanId): Promise<Language | null>;
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
  insertTemplate: async (kind, input, place, known) =>
    (await adapter()).insertTemplate(kind, input, place, known),
  readCursorPlace: async () => (await adapter()).readCursorPlace(),
  watchSelection,
  readInsertedLanguage: async (planId) => (await adapter()).readInsertedLanguage(planId),
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
      ...(input.school ? { school: input.school } : {}),
      ...(options.discardEdits ? {} : { keepEdits: (cells) => hasWordEdits(input.plan, cells) }),
    });
  },
  readTargetEdits: async (plan) => (await adapter()).readTargetEdits(plan.id, plan.pupil.name),
  documentUrl: () => (typeof Office === 'undefined' ? null : (Office.context.document?.url ?? null)),
};
