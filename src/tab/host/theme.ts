import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'contrast';

/** Teams reports `default`, `dark` or `contrast` (newer hosts may add others, which fall back to light). */
export const themeFromTeams = (teamsTheme: string): ThemeName =>
  teamsTheme === 'dark' ? 'dark' : teamsTheme === 'contrast' ? 'contrast' : 'light';

export type MediaQuery = (query: string) => Pick<MediaQueryList, 'matches'>;

/**
 * In a plain browser follow the operating system. Teams' high-contrast theme (yellow links on black)
 * fits only a dark forced-colours palette: under a light one (e.g. Windows "Desert") the browser paints
 * backgrounds light and the yellow would be unreadable, so the light theme is used and forced colours
 * take over from it.
 */
export const themeFromMedia = (matchMedia: MediaQuery): ThemeName => {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  if (matchMedia('(forced-colors: active)').matches) return dark ? 'contrast' : 'light';
  return dark ? 'dark' : 'light';
};

export const FLUENT_THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
