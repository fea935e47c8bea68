import { useEffect, useRef } from 'react';
import type { Plan } from '../../../domain/plan';
import { clearDraft, saveDraft } from '../../../app/usecases/editing/draftStorage';

export const DRAFT_AUTOSAVE_DELAY_MS = 500;

export interface DraftAutosaveOptions {
  readonly userEmail: string;
  readonly planId: string;
  readonly base: Plan | null;
  readonly edited: Plan | null;
  readonly dirty: boolean;
  /** Nothing is kept for read-only (closed) versions. */
  readonly enabled: boolean;
  readonly now: () => Date;
  readonly delayMs?: number;
}

/**
 * Keeps unsaved edits in sessionStorage a moment after typing pauses, and at once when the page is
 * hidden or the editor closes, so a reload, a crash or a slip of the Back button loses nothing.
 * Once the edits match what is saved, the draft is removed at once.
 */
export const useDraftAutosave = (options: DraftAutosaveOptions): void => {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const { userEmail, planId, base, edited, dirty, enabled, delayMs = DRAFT_AUTOSAVE_DELAY_MS } = options;
  useEffect(() => {
    if (!enabled || !base || !edited) return;
    // Nothing unsaved: the draft goes at once, after any write a pending pause may have made in the
    // meantime (a save can finish before React has dropped the last keystroke's timer).
    if (!dirty) {
      clearDraft(userEmail, planId);
      return;
    }
    const timer = setTimeout(
      () => saveDraft(userEmail, planId, { base, edited }, latest.current.now()),
      delayMs,
    );
    return () => clearTimeout(timer);
  }, [userEmail, planId, base, edited, dirty, enabled, delayMs]);

  useEffect(() => {
    const flush = () => {
      const o = latest.current;
      if (o.enabled && o.dirty && o.base && o.edited)
        saveDraft(o.userEmail, o.planId, { base: o.base, edited: o.edited }, o.now());
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
};
