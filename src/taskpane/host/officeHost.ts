/**
 * Finds out where the task pane is running. office.js comes from Microsoft's CDN, so without the
 * internet the `Office` global never appears; in a plain browser `Office.onReady` resolves with no
 * host (or, in some builds, never). Either way the pane must still start, outside Word, quickly.
 */
import {
  forcedColoursActive,
  themeFromOffice,
  type OfficeThemeColours,
  type PaneThemeName,
} from './officeTheme';

export type PaneHost =
  | {
      readonly kind: 'word';
      /** WordApi 1.1 (insertOoxml, content controls by tag); false on a Word too old for the add-in. */
      readonly wordApi: boolean;
      readonly theme: PaneThemeName;
    }
  | {
      readonly kind: 'outside';
      readonly reason: 'no-office-js' | 'other-host' | 'timed-out';
      readonly theme: PaneThemeName;
    };

/** The slice of office.js the pane reads, typed structurally so tests can provide their own. */
export interface OfficeLike {
  onReady(): Promise<{ readonly host: unknown }>;
  readonly context?: {
    readonly officeTheme?: OfficeThemeColours;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly auth?: { readonly getAuthContext?: () => Promise<{ readonly userPrincipalName?: string }> };
}

/** office.js's global, or undefined when the script did not load (offline, blocked, plain page). */
export const officeGlobal = (): OfficeLike | undefined =>
  typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);

/** How long to wait for `Office.onReady` before treating the page as opened outside Office. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

const timeout = (ms: number): { promise: Promise<'timed-out'>; cancel: () => void } => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<'timed-out'>((resolve) => {
    timer = setTimeout(() => resolve('timed-out'), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
};

const supportsWordApi = (office: OfficeLike): boolean => {
  try {
    return office.context?.requirements?.isSetSupported('WordApi', '1.1') ?? false;
  } catch {
    return false;
  }
};

export const detectPaneHost = async (
  office: OfficeLike | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
  forcedColours: boolean = forcedColoursActive(),
): Promise<PaneHost> => {
  const outsideTheme = forcedColours ? 'contrast' : 'light';
  if (office === undefined || typeof office.onReady !== 'function') {
    return { kind: 'outside', reason: 'no-office-js', theme: outsideTheme };
  }
  const wait = timeout(timeoutMs);
  try {
    const ready = await Promise.race([office.onReady().catch(() => ({ host: null })), wait.promise]);
    if (ready === 'timed-out') return { kind: 'outside', reason: 'timed-out', theme: outsideTheme };
    // Office.HostType.Word is the string "Word"; comparing strings needs no office.js enum at runtime.
    if (String(ready.host) !== 'Word') return { kind: 'outside', reason: 'other-host', theme: outsideTheme };
    return {
      kind: 'word',
      wordApi: supportsWordApi(office),
      theme: themeFromOffice(office.context?.officeTheme, forcedColours),
    };
  } finally {
    wait.cancel();
  }
};
