import { useCallback, useEffect, useRef, useState } from 'react';
import type { CursorPlace } from '../../word';
import type { WordPort } from './wordPort';

/** Runs `run` later, once things settle; returns a function that cancels it. */
export type Schedule = (run: () => void) => () => void;

/**
 * Moving the cursor with the arrow keys fires an event per key press; one read once they stop is
 * enough, and keeps a sync per key press away from Word on the web.
 */
export const SELECTION_SETTLE_MS = 250;

export const afterPause =
  (ms: number): Schedule =>
  (run) => {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  };

const settle = afterPause(SELECTION_SETTLE_MS);

export interface CursorWatch {
  /**
   * Where the cursor is, read since it last moved; null while it is not known: not read yet, moved
   * and not read again, a read failed, or this Word reports no selection changes (Insert then checks
   * first, one sync more).
   */
  readonly known: CursorPlace | null;
  /** The add-in itself changed the document or the selection: forget the answer and read again. */
  readAgain(): void;
}

/**
 * Where the cursor is in the document, known before Insert is pressed: read once when the pane
 * opens and again after each change of selection Word reports (once they settle), so Insert needs
 * only its write sync. Nothing is read where Word cannot report selection changes: an answer kept
 * then could be stale, so `known` stays null and Insert checks first.
 */
export const useCursorPlace = (
  word: WordPort,
  enabled: boolean,
  schedule: Schedule = settle,
): CursorWatch => {
  const [known, setKnown] = useState<CursorPlace | null>(null);
  // A read answers only if no move happened since it started; a later move makes it stale.
  const generation = useRef(0);
  const cancelPending = useRef<() => void>(() => undefined);
  const watching = useRef(false);
  // Kept in a ref: a new function from the caller must not re-subscribe to Word's events.
  const scheduleRef = useRef(schedule);
  scheduleRef.current = schedule;

  const read = useCallback(() => {
    const mine = ++generation.current;
    word.readCursorPlace().then(
      (place) => {
        if (generation.current === mine) setKnown(place);
      },
      () => {
        // Unknown is safe: Insert checks first.
      },
    );
  }, [word]);

  const moved = useCallback(() => {
    generation.current += 1;
    setKnown(null);
    cancelPending.current();
    cancelPending.current = watching.current ? scheduleRef.current(read) : () => undefined;
  }, [read]);

  useEffect(() => {
    if (!enabled) return undefined;
    let stop: (() => void) | null = null;
    let unmounted = false;
    void word.watchSelection(moved).then((stopWatching) => {
      if (unmounted) {
        stopWatching?.();
        return;
      }
      stop = stopWatching;
      watching.current = stopWatching !== null;
      // Read once the handler is confirmed, so no move between the read and the handler is missed.
      if (watching.current) read();
    });
    return () => {
      unmounted = true;
      watching.current = false;
      generation.current += 1;
      cancelPending.current();
      stop?.();
    };
  }, [enabled, word, moved, read]);

  return { known, readAgain: moved };
};
