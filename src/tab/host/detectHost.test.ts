import { detectHost, isFramed } from './detectHost';
import type { TeamsHost } from './host.types';
import { themeFromMedia, themeFromTeams } from './theme';

const teamsHost: TeamsHost = {
  kind: 'teams',
  context: {
    frameContext: 'content',
    teamGroupId: 'group-1',
    teamName: 'Class 4B',
    channelId: null,
    channelName: null,
    userPrincipalName: null,
    loginHint: null,
    locale: 'en-gb',
    theme: 'dark',
  },
  onThemeChange: () => undefined,
  notifySuccess: () => undefined,
  config: null,
};

const topWindow = () => {
  const win: { parent?: unknown; opener: unknown } = { opener: null };
  win.parent = win;
  return win as { parent: Window; opener: null };
};
const framedWindow = () => ({ parent: {} as Window, opener: null });

describe('detectHost', () => {
  it('does not even load teams-js in a top-level browser window', async () => {
    const connect = jest.fn(() => Promise.resolve(teamsHost));
    expect(isFramed(topWindow())).toBe(false);
    expect(await detectHost(topWindow(), connect)).toEqual({ kind: 'standalone' });
    expect(connect).not.toHaveBeenCalled();
  });

  it('uses Teams when initialisation succeeds inside a frame or a popup', async () => {
    expect(await detectHost(framedWindow(), () => Promise.resolve(teamsHost))).toBe(teamsHost);
    const popup = { ...topWindow(), opener: {} };
    expect(isFramed(popup)).toBe(true);
  });

  it('falls back to standalone when teams-js refuses or never answers', async () => {
    expect(
      await detectHost(framedWindow(), () => Promise.reject(new Error('No Parent window found'))),
    ).toEqual({
      kind: 'standalone',
    });
    const started = Date.now();
    expect(await detectHost(framedWindow(), () => new Promise<TeamsHost>(() => undefined), 50)).toEqual({
      kind: 'standalone',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('theme', () => {
  it('follows the Teams theme names', () => {
    expect(themeFromTeams('default')).toBe('light');
    expect(themeFromTeams('dark')).toBe('dark');
    expect(themeFromTeams('contrast')).toBe('contrast');
    expect(themeFromTeams('glass')).toBe('light');
  });

  it('uses the high-contrast theme only for a dark forced-colours palette in a plain browser', () => {
    const media = (matching: string[]) => (q: string) => ({ matches: matching.includes(q) });
    expect(themeFromMedia(media(['(forced-colors: active)', '(prefers-color-scheme: dark)']))).toBe(
      'contrast',
    );
    expect(themeFromMedia(media(['(forced-colors: active)']))).toBe('light');
    expect(themeFromMedia(media(['(prefers-color-scheme: dark)']))).toBe('dark');
    expect(themeFromMedia(media([]))).toBe('light');
  });
});
