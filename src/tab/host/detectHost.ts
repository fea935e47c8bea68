import type { TabHost, TeamsHost } from './host.types';

/** Long enough for a slow Teams client, short enough that a foreign frame does not wait 60 s for teams-js. */
export const TEAMS_INIT_TIMEOUT_MS = 3000;

/** With no parent window and no opener, teams-js cannot talk to a host: do not even load it. */
export const isFramed = (win: Pick<Window, 'parent' | 'opener'> & object): boolean =>
  win.parent !== win || Boolean(win.opener);

/**
 * Teams when initialisation succeeds in time; otherwise a plain browser. Never rejects: a page that
 * cannot reach Teams still works standalone.
 */
export const detectHost = async (
  win: Pick<Window, 'parent' | 'opener'> & object = window,
  connect: () => Promise<TeamsHost> = async () => (await import('./teamsHost')).connectToTeams(),
  timeoutMs: number = TEAMS_INIT_TIMEOUT_MS,
): Promise<TabHost> => {
  if (!isFramed(win)) return { kind: 'standalone' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const teams = await Promise.race([connect().catch(() => null), gaveUp]);
    return teams ?? { kind: 'standalone' };
  } finally {
    clearTimeout(timer);
  }
};
