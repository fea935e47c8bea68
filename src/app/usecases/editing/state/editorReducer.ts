import type { FieldIssue } from '../../../../domain/errors';
import type { Plan } from '../../../../domain/plan';
import type { SaveResult } from '../../../../domain/ports';
import type { Pupil } from '../../../../domain/pupil';
import type { PlanDraft } from '../draftStorage';
import { deepEqual } from '../fieldDiff';
import {
  applyMergeChoices,
  buildConflictEntries,
  questionsOf,
  savedByNames,
  withTheirNewTargets,
  type MergeChoice,
} from '../merge/conflicts';
import { rebaseAfterPartialSave } from '../merge/planItems';
import { carryOverSavedIdentity } from '../saveIdentity';
import { problemFromFailures, type SaveProblem } from '../saveMessages';
import type { EditorPlans, EditorState, MergeNote } from './editorState';

/** What happened to the editor; the hook turns user actions and store answers into these. */
export type EditorAction =
  | { readonly type: 'loadStarted' }
  | { readonly type: 'loaded'; readonly plan: Plan; readonly draft: PlanDraft | null }
  /** A new plan, opened in the editor only: the first save creates it. */
  | {
      readonly type: 'started';
      readonly plan: Plan;
      readonly pupil: Pupil;
      readonly note: string | null;
    }
  /** The first save of a new plan: `plan` is what the store created from `sent`. */
  | { readonly type: 'created'; readonly sent: Plan; readonly plan: Plan; readonly at: Date }
  | { readonly type: 'loadFailed'; readonly problem: SaveProblem }
  | { readonly type: 'edited'; readonly change: (plan: Plan) => Plan }
  | { readonly type: 'saveRefused'; readonly issues: readonly FieldIssue[]; readonly fromServer: boolean }
  | { readonly type: 'saveStarted'; readonly merge: MergeNote | null }
  /** `sent` is the edited plan as it was when the save started: edits made since are kept. */
  | {
      readonly type: 'saved';
      readonly sent: Plan;
      readonly against: Plan;
      readonly result: SaveResult;
      readonly at: Date;
    }
  | {
      readonly type: 'conflictsFound';
      readonly sent: Plan;
      readonly against: Plan;
      readonly result: SaveResult;
    }
  | { readonly type: 'saveFailed'; readonly problem: SaveProblem }
  | { readonly type: 'mergeResolved'; readonly choices: ReadonlyMap<string, MergeChoice> }
  | { readonly type: 'mergeCancelled' }
  | { readonly type: 'discardDraft' }
  | { readonly type: 'deleteStarted' }
  | { readonly type: 'deleted' }
  | { readonly type: 'deleteFailed'; readonly problem: SaveProblem }
  | { readonly type: 'reload' };

const NOT_SAVED_CONFLICT: SaveProblem = {
  title: 'Not saved: someone else changed this plan',
  advice:
    'Your changes are kept on this device. Save again to compare their changes with yours and choose what to keep.',
};

/**
 * Items that saved become the base; an item that conflicted or failed keeps its old base (and eTag),
 * so the next save meets the conflict again instead of overwriting. Whatever was typed during the
 * save is kept, with the ids and eTags the save gave the items it created.
 */
const afterSave = (plans: EditorPlans, sent: Plan, against: Plan, result: SaveResult): EditorPlans => {
  const unsaved = [...result.conflicts.map((c) => c.item), ...result.failures.map((f) => f.item)];
  return {
    ...plans,
    base: unsaved.length > 0 ? rebaseAfterPartialSave(against, result.plan, unsaved) : result.plan,
    edited: plans.edited === sent ? result.plan : carryOverSavedIdentity(plans.edited, sent, result.plan),
  };
};

const refused = (state: EditorState, issues: readonly FieldIssue[], fromServer: boolean): EditorState => ({
  ...state,
  showIssues: true,
  serverIssues: fromServer ? issues : [],
  save: { kind: 'invalid', count: issues.length },
  focusRequest: state.focusRequest + 1,
  queuedSave: null,
});

const mergeOf = (state: EditorState): MergeNote | null =>
  state.save.kind === 'saving' ? state.save.merge : null;

/**
 * A colleague saved some of the same items. Their changes to fields I did not touch are merged in
 * and saved straight away; only when we both changed a field differently, or one of us deleted what
 * the other changed, is the user asked. A merged save that conflicts again is shown rather than
 * merged round again, so two editors can never loop.
 */
const conflictsFound = (
  state: EditorState,
  action: Extract<EditorAction, { type: 'conflictsFound' }>,
): EditorState => {
  if (!state.plans) return state;
  const saved = afterSave(state.plans, action.sent, action.against, action.result);
  const plans = { ...saved, ...withTheirNewTargets(saved, action.result.conflicts) };
  const entries = buildConflictEntries(plans.edited, plans.base, action.result.conflicts);
  const merge: MergeNote = { with: savedByNames(entries), automatic: true };
  if (questionsOf(entries).length > 0 || mergeOf(state)?.automatic) {
    return { ...state, plans, conflicts: entries, save: { kind: 'conflict' }, queuedSave: null };
  }
  const merged = applyMergeChoices(plans.edited, plans.base, entries, new Map());
  return {
    ...state,
    plans: { ...plans, ...merged },
    conflicts: null,
    save: { kind: 'saving', merge },
    queuedSave: merge,
  };
};

/**
 * The new plan now exists: it becomes the base, and what was typed while it was being created is
 * kept, under the ids the store gave the plan and its targets, so the next save updates rather than
 * creating them again.
 */
const created = (
  state: EditorState,
  plans: EditorPlans,
  action: Extract<EditorAction, { type: 'created' }>,
): EditorState => {
  const { sent, plan } = action;
  const edited =
    plans.edited === sent
      ? plan
      : {
          ...carryOverSavedIdentity(plans.edited, sent, plan),
          id: plan.id,
          seriesId: plan.seriesId,
          version: plan.version,
          status: plan.status,
        };
  return {
    ...state,
    plans: { base: plan, edited, loaded: plan },
    newFor: null,
    prefillNote: null,
    save: { kind: 'saved', at: action.at, mergedWith: null },
  };
};

export const editorReducer = (state: EditorState, action: EditorAction): EditorState => {
  switch (action.type) {
    case 'loadStarted':
      return { ...state, load: { kind: 'loading' } };
    case 'loaded': {
      const { plan, draft } = action;
      return {
        ...state,
        load: { kind: 'ready' },
        plans: { base: draft?.base ?? plan, edited: draft?.edited ?? plan, loaded: plan },
        restoredDraft: draft !== null && !deepEqual(draft.edited, draft.base),
      };
    }
    case 'started':
      return {
        ...state,
        load: { kind: 'ready' },
        plans: { base: action.plan, edited: action.plan, loaded: action.plan },
        restoredDraft: false,
        newFor: action.pupil,
        prefillNote: action.note,
      };
    case 'created':
      return state.plans ? created(state, state.plans, action) : state;
    case 'deleteStarted':
      return { ...state, deletion: { kind: 'deleting' } };
    case 'deleted':
      return { ...state, deletion: { kind: 'deleted' } };
    case 'deleteFailed':
      return { ...state, deletion: { kind: 'failed', problem: action.problem } };
    case 'loadFailed':
      return { ...state, load: { kind: 'failed', problem: action.problem } };
    case 'edited':
      return state.plans
        ? { ...state, plans: { ...state.plans, edited: action.change(state.plans.edited) } }
        : state;
    case 'saveRefused':
      return refused(state, action.issues, action.fromServer);
    case 'saveStarted':
      return {
        ...state,
        showIssues: false,
        serverIssues: [],
        save: { kind: 'saving', merge: action.merge },
        queuedSave: null,
      };
    case 'saved': {
      if (!state.plans) return state;
      const plans = afterSave(state.plans, action.sent, action.against, action.result);
      if (action.result.failures.length > 0)
        return {
          ...state,
          plans,
          save: { kind: 'failed', problem: problemFromFailures(action.result.failures) },
        };
      return {
        ...state,
        plans,
        restoredDraft: false,
        save: { kind: 'saved', at: action.at, mergedWith: mergeOf(state)?.with ?? null },
      };
    }
    case 'conflictsFound':
      return conflictsFound(state, action);
    case 'saveFailed':
      return { ...state, save: { kind: 'failed', problem: action.problem }, queuedSave: null };
    case 'mergeResolved': {
      if (!state.plans || !state.conflicts) return state;
      const merged = applyMergeChoices(state.plans.edited, state.plans.base, state.conflicts, action.choices);
      const merge: MergeNote = { with: savedByNames(state.conflicts), automatic: false };
      return {
        ...state,
        plans: { ...state.plans, ...merged },
        conflicts: null,
        save: { kind: 'saving', merge },
        queuedSave: merge,
      };
    }
    case 'mergeCancelled':
      return { ...state, conflicts: null, save: { kind: 'failed', problem: NOT_SAVED_CONFLICT } };
    case 'discardDraft':
      return state.plans
        ? {
            ...state,
            plans: { ...state.plans, base: state.plans.loaded, edited: state.plans.loaded },
            restoredDraft: false,
            showIssues: false,
            serverIssues: [],
            save: { kind: 'idle' },
          }
        : state;
    case 'reload':
      return { ...state, load: { kind: 'loading' }, loadCount: state.loadCount + 1 };
  }
};
