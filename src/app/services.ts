import type { Clock, CurrentUser, IepStore, ReviewCalendar, SchoolSettings } from '../domain';

/** Progress of list provisioning, for the configuration page's progress bar. */
export interface ProvisionProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

export interface SenSiteStatus {
  readonly siteId: string;
  readonly displayName: string;
  /** Lists or columns the IEP lists still need; empty when ready. */
  readonly missing: readonly string[];
}

export interface ClassTeam {
  readonly id: string;
  readonly displayName: string;
}

/**
 * Everything the tab and the task pane need, built once by the composition root (src/app) from the
 * runtime configuration. UI code depends on this interface, never on Graph or MSAL directly.
 */
export interface AppServices {
  readonly mode: 'local' | 'live';
  readonly store: IepStore;
  readonly calendar: ReviewCalendar;
  readonly clock: Clock;
  readonly settings: SchoolSettings;
  readonly currentUser: CurrentUser;
  /** Class teams the user belongs to (standalone mode and the configuration page). */
  listMyClasses(): Promise<readonly ClassTeam[]>;
  checkSenSite(): Promise<SenSiteStatus>;
  provisionSenSite(onProgress: (p: ProvisionProgress) => void): Promise<void>;
  signOut(): Promise<void>;
}
