import { useCallback, useEffect, useState } from 'react';

export type LoadState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * Runs `load` whenever it changes (callers memoise it) and keeps only the latest answer, so a slow
 * reply for a pupil the user has already moved away from never replaces the current one.
 * `null` means there is nothing to load yet.
 */
export const useLoad = <T>(load: (() => Promise<T>) | null) => {
  const [state, setState] = useState<LoadState<T>>(load ? { status: 'loading' } : { status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (load === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  /** Replaces the loaded value, e.g. with what a save returned. */
  const replace = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, replace };
};
