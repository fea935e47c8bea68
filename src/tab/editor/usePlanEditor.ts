import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppServices } from '../../app/services';
import { Invalid, type FieldIssue } from '../../domain/errors';
import type { PlanId } from '../../domain/ids';
import { isReadOnly, type Plan } from '../../domain/plan';
import { validatePlan } from '../../domain/validation';
import { clearDraft, loadDraft } from './drafts/draftStorage';
import { useDraftAutosave } from './drafts/useDraftAutosave';
import { deepEqual } from './fieldDiff';
import type { MergeChoice } from './merge/conflicts';
import { problemFromError, readAdvice } from './saveMessages';
import { editorReducer, type EditorAction } from './state/editorReducer';
import {
  initialEditorState,
  type EditorState,
  type LoadState,
  type MergeNote,
  type SaveState,
} from './state/editorState';
import { useBeforeUnloadGuard } from './useBeforeUnloadGuard';

export type { LoadState, SaveState };

/** What the page renders: the reducer's state as it shows, and what the user can do. */
export interface PlanEditor extends Pick<
  EditorState,
  'load' | 'restoredDraft' | 'save' | 'focusRequest' | 'conflicts'
> {
  readonly base: Plan | null;
  readonly edited: Plan | null;
  readonly dirty: boolean;
  readonly readOnly: boolean;
  /** Issues shown at the fields: after a save was refused, they follow the edits live. */
  readonly issues: readonly FieldIssue[];
  update(change: (plan: Plan) => Plan): void;
  saveNow(): Promise<void>;
  discardDraft(): void;
  resolveConflicts(choices: ReadonlyMap<string, MergeChoice>): void;
  cancelMerge(): void;
  reload(): void;
}

/**
 * The reducer's state, with a dispatch that also updates a ref at once: an async save must see the
 * edits as they are when its answer arrives, and compares the plan it sent by identity with the
 * current one, which a second `useReducer` pass would rebuild as a different object.
 */
const useEditorState = () => {
  const [state, setState] = useState(initialEditorState);
  const ref = useRef(state);
  const dispatch = useCallback((action: EditorAction) => {
    ref.current = editorReducer(ref.current, action);
    setState(ref.current);
  }, []);
  return { state, ref, dispatch };
};

/** Loading, editing, drafts and saving of one plan version; the page only renders what this says. */
export const usePlanEditor = (services: AppServices, planId: PlanId): PlanEditor => {
  const { store, clock, currentUser } = services;
  const { state, ref, dispatch } = useEditorState();
  const { loadCount, plans, showIssues, serverIssues, queuedSave } = state;

  useEffect(() => {
    let cancelled = false;
    dispatch({ type: 'loadStarted' });
    store.openPlan(planId).then(
      (doc) => {
        if (cancelled) return;
        const draft = isReadOnly(doc.plan) ? null : loadDraft(currentUser.email, planId);
        dispatch({ type: 'loaded', plan: doc.plan, draft });
      },
      (error: unknown) => {
        if (!cancelled)
          dispatch({
            type: 'loadFailed',
            problem: { title: 'The plan could not be opened', advice: readAdvice(error) },
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, planId, currentUser.email, dispatch, loadCount]);

  const base = plans?.base ?? null;
  const edited = plans?.edited ?? null;
  const dirty = useMemo(() => base !== null && edited !== null && !deepEqual(edited, base), [base, edited]);
  const readOnly = base !== null && isReadOnly(base);

  useDraftAutosave({
    userEmail: currentUser.email,
    planId,
    base,
    edited,
    dirty,
    enabled: !readOnly,
    now: () => clock.now(),
  });
  useBeforeUnloadGuard(dirty && !readOnly);

  const liveIssues = useMemo(() => {
    if (!showIssues || !edited) return [];
    const result = validatePlan(edited);
    return result.ok ? [] : result.issues;
  }, [showIssues, edited]);
  const issues = useMemo(() => [...liveIssues, ...serverIssues], [liveIssues, serverIssues]);

  const runSave = useCallback(
    async (merge: MergeNote | null) => {
      const current = ref.current.plans;
      if (!current || isReadOnly(current.base)) return;
      const valid = validatePlan(current.edited);
      if (!valid.ok) {
        dispatch({ type: 'saveRefused', issues: valid.issues, fromServer: false });
        return;
      }
      const sent = current.edited;
      const against = current.base;
      dispatch({ type: 'saveStarted', merge });
      try {
        const result = await store.savePlan(valid.plan, against);
        if (result.conflicts.length > 0) {
          dispatch({ type: 'conflictsFound', sent, against, result });
          return;
        }
        const untouched = ref.current.plans?.edited === sent;
        dispatch({ type: 'saved', sent, against, result, at: clock.now() });
        if (untouched && result.failures.length === 0) clearDraft(currentUser.email, planId);
      } catch (error) {
        if (error instanceof Invalid)
          dispatch({ type: 'saveRefused', issues: error.issues, fromServer: true });
        else dispatch({ type: 'saveFailed', problem: problemFromError(error) });
      }
    },
    [ref, dispatch, store, clock, currentUser.email, planId],
  );

  // A merged plan is saved as soon as the merge is settled, without the user pressing Save again.
  useEffect(() => {
    // The ref check keeps a re-run of this effect (Strict Mode) from sending the same save twice.
    if (queuedSave && ref.current.queuedSave === queuedSave) void runSave(queuedSave);
  }, [queuedSave, runSave, ref]);

  const saveNow = useCallback(async () => {
    const { save, queuedSave: queued } = ref.current;
    if (save.kind === 'saving' || queued) return;
    await runSave(null);
  }, [ref, runSave]);

  const update = useCallback(
    (change: (plan: Plan) => Plan) => dispatch({ type: 'edited', change }),
    [dispatch],
  );
  const resolveConflicts = useCallback(
    (choices: ReadonlyMap<string, MergeChoice>) => dispatch({ type: 'mergeResolved', choices }),
    [dispatch],
  );
  const cancelMerge = useCallback(() => dispatch({ type: 'mergeCancelled' }), [dispatch]);
  const discardDraft = useCallback(() => {
    clearDraft(currentUser.email, planId);
    dispatch({ type: 'discardDraft' });
  }, [currentUser.email, planId, dispatch]);
  const reload = useCallback(() => dispatch({ type: 'reload' }), [dispatch]);

  return {
    load: state.load,
    base,
    edited,
    dirty,
    readOnly,
    restoredDraft: state.restoredDraft,
    save: state.save,
    issues,
    focusRequest: state.focusRequest,
    conflicts: state.conflicts,
    update,
    saveNow,
    discardDraft,
    resolveConflicts,
    cancelMerge,
    reload,
  };
};
