import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppServices } from '../../app/services';
import { Invalid, type FieldIssue } from '../../domain/errors';
import type { PlanId } from '../../domain/ids';
import { isReadOnly, type Plan } from '../../domain/plan';
import { validatePlan } from '../../domain/validation';
import { clearDraft, loadDraft } from './drafts/draftStorage';
import { useDraftAutosave } from './drafts/useDraftAutosave';
import { deepEqual } from './fieldDiff';
import {
  applyMergeChoices,
  buildConflictEntries,
  type ConflictEntry,
  type MergeChoice,
} from './merge/conflicts';
import { rebaseAfterPartialSave } from './merge/planItems';
import { carryOverSavedIdentity } from './saveIdentity';
import { problemFromError, problemFromFailures, readAdvice, type SaveProblem } from './saveMessages';
import { useBeforeUnloadGuard } from './useBeforeUnloadGuard';

export type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly problem: SaveProblem }
  | { readonly kind: 'ready' };

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'invalid'; readonly count: number }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly problem: SaveProblem };

interface EditorData {
  /** The plan as last read or saved: what a save compares against. */
  readonly base: Plan;
  readonly edited: Plan;
  /** As loaded from the store, for "Discard" after a draft was restored. */
  readonly loaded: Plan;
}

export interface PlanEditor {
  readonly load: LoadState;
  readonly base: Plan | null;
  readonly edited: Plan | null;
  readonly dirty: boolean;
  readonly readOnly: boolean;
  readonly restoredDraft: boolean;
  readonly save: SaveState;
  /** Issues shown at the fields: after a save was refused, they follow the edits live. */
  readonly issues: readonly FieldIssue[];
  /** Bumped each time the page should move focus to the first invalid field. */
  readonly focusRequest: number;
  readonly conflicts: readonly ConflictEntry[] | null;
  update(change: (plan: Plan) => Plan): void;
  saveNow(): Promise<void>;
  discardDraft(): void;
  resolveConflicts(choices: ReadonlyMap<string, MergeChoice>): Promise<void>;
  cancelMerge(): void;
  reload(): void;
}

/** Loading, editing, drafts and saving of one plan version; the page only renders what this says. */
export const usePlanEditor = (services: AppServices, planId: PlanId): PlanEditor => {
  const { store, clock, currentUser } = services;
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [data, setDataState] = useState<EditorData | null>(null);
  const dataRef = useRef<EditorData | null>(null);
  const [restoredDraft, setRestoredDraft] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [showIssues, setShowIssues] = useState(false);
  const [serverIssues, setServerIssues] = useState<readonly FieldIssue[]>([]);
  const [focusRequest, setFocusRequest] = useState(0);
  const [conflicts, setConflicts] = useState<readonly ConflictEntry[] | null>(null);
  const [loadCount, setLoadCount] = useState(0);

  /** Every change goes through here, so an async save always sees the latest edits. */
  const setData = useCallback((next: (current: EditorData | null) => EditorData | null) => {
    dataRef.current = next(dataRef.current);
    setDataState(dataRef.current);
  }, []);

  useEffect(() => {
    let cancelled = false;
    setLoad({ kind: 'loading' });
    store.openPlan(planId).then(
      (doc) => {
        if (cancelled) return;
        const draft = isReadOnly(doc.plan) ? null : loadDraft(currentUser.email, planId);
        setData(() => ({
          base: draft?.base ?? doc.plan,
          edited: draft?.edited ?? doc.plan,
          loaded: doc.plan,
        }));
        setRestoredDraft(draft !== null && !deepEqual(draft.edited, draft.base));
        setLoad({ kind: 'ready' });
      },
      (error: unknown) => {
        if (!cancelled)
          setLoad({
            kind: 'failed',
            problem: { title: 'The plan could not be opened', advice: readAdvice(error) },
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [store, planId, currentUser.email, setData, loadCount]);

  const base = data?.base ?? null;
  const edited = data?.edited ?? null;
  const dirty = useMemo(() => base !== null && edited !== null && !deepEqual(edited, base), [base, edited]);
  const readOnly = base !== null && isReadOnly(base);
  const saving = save.kind === 'saving';

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

  const update = useCallback(
    (change: (plan: Plan) => Plan) =>
      setData((current) => current && { ...current, edited: change(current.edited) }),
    [setData],
  );

  const refuse = useCallback((found: readonly FieldIssue[], fromServer: boolean) => {
    setShowIssues(true);
    setServerIssues(fromServer ? found : []);
    setSave({ kind: 'invalid', count: found.length });
    setFocusRequest((n) => n + 1);
  }, []);

  const runSave = useCallback(
    async (toSave: Plan, against: Plan, sent: Plan) => {
      setSave({ kind: 'saving' });
      try {
        const result = await store.savePlan(toSave, against);
        const unsaved = [...result.conflicts.map((c) => c.item), ...result.failures.map((f) => f.item)];
        const nextBase =
          unsaved.length > 0 ? rebaseAfterPartialSave(against, result.plan, unsaved) : result.plan;
        const untouched = dataRef.current?.edited === sent;
        setData((current) => {
          if (!current) return current;
          const nextEdited =
            current.edited === sent ? result.plan : carryOverSavedIdentity(current.edited, sent, result.plan);
          return { ...current, base: nextBase, edited: nextEdited };
        });
        if (result.conflicts.length > 0) {
          setConflicts(buildConflictEntries(result.plan, against, result.conflicts));
          setSave({ kind: 'conflict' });
        } else if (result.failures.length > 0) {
          setSave({ kind: 'failed', problem: problemFromFailures(result.failures) });
        } else {
          if (untouched) clearDraft(currentUser.email, planId);
          setRestoredDraft(false);
          setSave({ kind: 'saved', at: clock.now() });
        }
      } catch (error) {
        if (error instanceof Invalid) refuse(error.issues, true);
        else setSave({ kind: 'failed', problem: problemFromError(error) });
      }
    },
    [store, setData, currentUser.email, planId, clock, refuse],
  );

  const saveNow = useCallback(async () => {
    const current = dataRef.current;
    if (!current || saving || isReadOnly(current.base)) return;
    const result = validatePlan(current.edited);
    if (!result.ok) {
      refuse(result.issues, false);
      return;
    }
    setShowIssues(false);
    setServerIssues([]);
    await runSave(result.plan, current.base, current.edited);
  }, [saving, refuse, runSave]);

  const resolveConflicts = useCallback(
    async (choices: ReadonlyMap<string, MergeChoice>) => {
      const current = dataRef.current;
      if (!current || !conflicts) return;
      const merged = applyMergeChoices(current.edited, current.base, conflicts, choices);
      setConflicts(null);
      setData((d) => d && { ...d, base: merged.base, edited: merged.edited });
      const result = validatePlan(merged.edited);
      if (!result.ok) {
        refuse(result.issues, false);
        return;
      }
      await runSave(result.plan, merged.base, merged.edited);
    },
    [conflicts, setData, refuse, runSave],
  );

  const cancelMerge = useCallback(() => {
    setConflicts(null);
    setSave({
      kind: 'failed',
      problem: {
        title: 'Not saved: someone else changed this plan',
        advice:
          'Your changes are kept on this device. Save again to compare their changes with yours and choose what to keep.',
      },
    });
  }, []);

  const discardDraft = useCallback(() => {
    clearDraft(currentUser.email, planId);
    setData((current) => current && { ...current, base: current.loaded, edited: current.loaded });
    setRestoredDraft(false);
    setShowIssues(false);
    setServerIssues([]);
    setSave({ kind: 'idle' });
  }, [currentUser.email, planId, setData]);

  const reload = useCallback(() => setLoadCount((n) => n + 1), []);

  return {
    load,
    base,
    edited,
    dirty,
    readOnly,
    restoredDraft,
    save,
    issues,
    focusRequest,
    conflicts,
    update,
    saveNow,
    discardDraft,
    resolveConflicts,
    cancelMerge,
    reload,
  };
};
