import { useEffect, useState } from 'react';
import { themeFromMedia, themeFromTeams, type ThemeName } from './theme';
import type { TabHost } from './host.types';

const MEDIA_QUERIES = ['(forced-colors: active)', '(prefers-color-scheme: dark)'] as const;

const hasMatchMedia = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

const initialTheme = (host: TabHost | null): ThemeName => {
  if (host?.kind === 'teams') return themeFromTeams(host.context.theme);
  return hasMatchMedia() ? themeFromMedia((q) => window.matchMedia(q)) : 'light';
};

/** The Fluent theme follows Teams when hosted there, the operating system otherwise, and changes live. */
export const useHostTheme = (host: TabHost | null): ThemeName => {
  const [theme, setTheme] = useState<ThemeName>(() => initialTheme(host));

  useEffect(() => {
    setTheme(initialTheme(host));
    if (host?.kind === 'teams') {
      host.onThemeChange((name) => setTheme(themeFromTeams(name)));
      return undefined;
    }
    if (!hasMatchMedia()) return undefined;
    const lists = MEDIA_QUERIES.map((q) => window.matchMedia(q));
    const update = () => setTheme(themeFromMedia((q) => window.matchMedia(q)));
    lists.forEach((list) => list.addEventListener('change', update));
    return () => lists.forEach((list) => list.removeEventListener('change', update));
  }, [host]);

  return theme;
};
