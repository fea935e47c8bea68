import { useCallback, useEffect, useState } from 'react';

/** Where one asynchronous read stands: the one shape every page, picker and hook of both hosts uses. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

/** A read that may not have anything to do yet (no pupil chosen): `idle` until it has. */
export type OptionalLoadState<T> = LoadState<T> | { readonly status: 'idle' };

export interface Loaded<T, S> {
  readonly state: S;
  readonly reload: () => void;
  /** Replaces the loaded value, e.g. with what a save returned. */
  readonly replace: (data: T) => void;
}

/**
 * Runs `load` whenever it changes (memoise it with useCallback) and again on `reload()`, keeping only
 * the latest answer: a slow reply for a class or pupil the user has moved away from never replaces
 * the current one. `null` means there is nothing to load yet.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T, LoadState<T>>;
export function useLoad<T>(load: (() => Promise<T>) | null): Loaded<T, OptionalLoadState<T>>;
export function useLoad<T>(load: (() => Promise<T>) | null): Loaded<T, OptionalLoadState<T>> {
  const [state, setState] = useState<OptionalLoadState<T>>(load ? { status: 'loading' } : { status: 'idle' });
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
  const replace = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return { state, reload, replace };
}
