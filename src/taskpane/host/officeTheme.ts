import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type PaneThemeName = 'light' | 'dark' | 'contrast';

/** The colours Office reports for its current theme (`Office.context.officeTheme`), all optional. */
export interface OfficeThemeColours {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of `#rrggbb`, or null for anything else. */
const luminance = (hex: string): number | null => {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * Follows Office: forced colours (Windows high contrast) first, then Office's own dark flag, then
 * the darkness of the task pane background (older hosts have no `isDarkTheme`); light otherwise.
 */
export const themeFromOffice = (
  officeTheme: OfficeThemeColours | undefined,
  forcedColours: boolean,
): PaneThemeName => {
  if (forcedColours) return 'contrast';
  if (officeTheme?.isDarkTheme === true) return 'dark';
  const background = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  return background !== null && background < 0.2 ? 'dark' : 'light';
};

export const PANE_THEMES: Readonly<Record<PaneThemeName, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

export const forcedColoursActive = (): boolean =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(forced-colors: active)').matches;
