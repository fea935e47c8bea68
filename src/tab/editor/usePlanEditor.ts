import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppServices } from '../../app/services';
import { Invalid, type FieldIssue } from '../../domain/errors';
import { asPlanId, type PlanId, type PupilId } from '../../domain/ids';
import { isReadOnly, type Plan } from '../../domain/plan';
import { validatePlan } from '../../domain/validation';
import { clearDraft, loadDraft } from '../../app/usecases/editing/draftStorage';
import { useDraftAutosave } from './drafts/useDraftAutosave';
import { deepEqual } from '../../app/usecases/editing/fieldDiff';
import type { MergeChoice } from '../../app/usecases/editing/merge/conflicts';
import { deleteProblem, problemFromError, readAdvice } from '../../app/usecases/editing/saveMessages';
import { editorReducer, type EditorAction } from '../../app/usecases/editing/state/editorReducer';
import {
  initialEditorState,
  type EditorState,
  type LoadState,
  type MergeNote,
  type SaveState,
} from '../../app/usecases/editing/state/editorState';
import { useBeforeUnloadGuard } from './useBeforeUnloadGuard';
import { newPlanRequest } from '../../app/usecases/newPlan/newPlan';
import { openNewPlan } from '../../app/usecases/newPlan/openNewPlan';

export type { LoadState, SaveState };

/** Keys nothing: a new plan keeps no draft on the device until it has an id. */
const UNSAVED = asPlanId('unsaved');

/** What the page renders: the reducer's state as it shows, and what the user can do. */
export interface PlanEditor extends Pick<
  EditorState,
  'load' | 'restoredDraft' | 'save' | 'focusRequest' | 'conflicts' | 'prefillNote' | 'deletion'
> {
  readonly base: Plan | null;
  readonly edited: Plan | null;
  readonly dirty: boolean;
  readonly readOnly: boolean;
  /** Not in SharePoint yet: the first save creates it. */
  readonly isNew: boolean;
  /** Issues shown at the fields: after a save was refused, they follow the edits live. */
  readonly issues: readonly FieldIssue[];
  update(change: (plan: Plan) => Plan): void;
  saveNow(): Promise<void>;
  discardDraft(): void;
  /** Deletes the plan from SharePoint: drafts only. */
  deletePlan(): Promise<void>;
  /** A draft is agreed: it becomes the plan in use (saved like any other edit). */
  makeActive(): Promise<void>;
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

/** Which plan the editor shows: a saved one, or a new one for a pupil (`planId` null until created). */
export interface PlanSource {
  readonly planId: PlanId | null;
  readonly newFor?: PupilId | undefined;
  /** The first save of a new plan created it with this id. */
  onCreated?(planId: PlanId): void;
}

/** Loading, editing, drafts and saving of one plan version; the page only renders what this says. */
export const usePlanEditor = (services: AppServices, source: PlanSource): PlanEditor => {
  const { store, clock, currentUser } = services;
  const { planId, newFor, onCreated } = source;
  const { state, ref, dispatch } = useEditorState();
  // Kept in a ref so a caller's new callback each render does not rebuild the save.
  const createdCallback = useRef(onCreated);
  useEffect(() => {
    createdCallback.current = onCreated;
  }, [onCreated]);
  const { loadCount, plans, showIssues, serverIssues, queuedSave } = state;

  useEffect(() => {
    // The plan this editor has just created is already here, with whatever was typed since.
    if (planId !== null && ref.current.plans?.base.id === planId) return;
    let cancelled = false;
    dispatch({ type: 'loadStarted' });
    const failed = (error: unknown) => {
      if (!cancelled)
        dispatch({
          type: 'loadFailed',
          problem: { title: 'The plan could not be opened', advice: readAdvice(error) },
        });
    };
    if (planId === null) {
      if (newFor === undefined) return;
      openNewPlan(services, newFor).then((started) => {
        if (!cancelled) dispatch({ type: 'started', ...started });
      }, failed);
      return () => {
        cancelled = true;
      };
    }
    store.openPlan(planId).then((doc) => {
      if (cancelled) return;
      const draft = isReadOnly(doc.plan) ? null : loadDraft(currentUser.email, planId);
      dispatch({ type: 'loaded', plan: doc.plan, draft });
    }, failed);
    return () => {
      cancelled = true;
    };
    // `services` as a whole would reload on every render of a caller that rebuilds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, planId, newFor, currentUser.email, dispatch, loadCount, ref]);

  const base = plans?.base ?? null;
  const edited = plans?.edited ?? null;
  const dirty = useMemo(() => base !== null && edited !== null && !deepEqual(edited, base), [base, edited]);
  const readOnly = base !== null && isReadOnly(base);
  const isNew = state.newFor !== null;

  useDraftAutosave({
    userEmail: currentUser.email,
    planId: base?.id ?? planId ?? UNSAVED,
    base,
    edited,
    dirty,
    // A new plan has no id to keep a draft under until its first save.
    enabled: !readOnly && !isNew,
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
      const pupil = ref.current.newFor;
      dispatch({ type: 'saveStarted', merge });
      try {
        if (pupil) {
          const plan = await store.createPlan(newPlanRequest(pupil, valid.plan));
          dispatch({ type: 'created', sent, plan, at: clock.now() });
          createdCallback.current?.(plan.id);
          return;
        }
        const result = await store.savePlan(valid.plan, against);
        if (result.conflicts.length > 0) {
          dispatch({ type: 'conflictsFound', sent, against, result });
          return;
        }
        const untouched = ref.current.plans?.edited === sent;
        dispatch({ type: 'saved', sent, against, result, at: clock.now() });
        if (untouched && result.failures.length === 0) clearDraft(currentUser.email, against.id);
      } catch (error) {
        if (error instanceof Invalid)
          dispatch({ type: 'saveRefused', issues: error.issues, fromServer: true });
        else dispatch({ type: 'saveFailed', problem: problemFromError(error) });
      }
    },
    [ref, dispatch, store, clock, currentUser.email],
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
    const id = ref.current.plans?.base.id;
    if (id) clearDraft(currentUser.email, id);
    dispatch({ type: 'discardDraft' });
  }, [currentUser.email, ref, dispatch]);
  const deletePlan = useCallback(async () => {
    const draft = ref.current.plans?.base;
    if (!draft || ref.current.deletion.kind === 'deleting') return;
    dispatch({ type: 'deleteStarted' });
    try {
      await store.deleteDraft(draft);
      clearDraft(currentUser.email, draft.id);
      dispatch({ type: 'deleted' });
    } catch (error) {
      dispatch({ type: 'deleteFailed', problem: deleteProblem(error) });
    }
  }, [ref, dispatch, store, currentUser.email]);
  const makeActive = useCallback(async () => {
    dispatch({ type: 'edited', change: (plan) => ({ ...plan, status: 'active' }) });
    await saveNow();
  }, [dispatch, saveNow]);
  const reload = useCallback(() => dispatch({ type: 'reload' }), [dispatch]);

  return {
    load: state.load,
    base,
    edited,
    dirty,
    readOnly,
    isNew,
    prefillNote: state.prefillNote,
    deletion: state.deletion,
    restoredDraft: state.restoredDraft,
    save: state.save,
    issues,
    focusRequest: state.focusRequest,
    conflicts: state.conflicts,
    update,
    saveNow,
    discardDraft,
    deletePlan,
    makeActive,
    resolveConflicts,
    cancelMerge,
    reload,
  };
};
