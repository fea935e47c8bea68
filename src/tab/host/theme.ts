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

/** In a plain browser follow the operating system: forced colours first, then the dark preference. */
export const themeFromMedia = (matchMedia: MediaQuery): ThemeName => {
  if (matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
};

export const FLUENT_THEMES: Readonly<Record<ThemeName, Theme>> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
