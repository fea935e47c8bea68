import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseRoute, routeHash, type Route } from './routes';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

const currentHash = (): string => window.location.hash;

export type Navigate = (route: Exclude<Route, { name: 'not-found' }>) => void;

/** The current route (the same object until the hash changes), re-rendered on back/forward too. */
export const useHashRoute = (): { readonly route: Route; readonly navigate: Navigate } => {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const navigate = useCallback<Navigate>((route) => {
    window.location.hash = routeHash(route);
  }, []);
  const route = useMemo(() => parseRoute(hash), [hash]);
  return { route, navigate };
};
