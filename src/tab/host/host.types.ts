/** What the tab needs from the Teams context, flattened so no component imports teams-js types. */
export interface TeamsTabContext {
  readonly frameContext: 'settings' | 'content' | 'other';
  /** The Microsoft 365 group id of the class team (needs the manifest's identity permission). */
  readonly teamGroupId: string | null;
  readonly teamName: string | null;
  readonly channelId: string | null;
  readonly channelName: string | null;
  readonly userPrincipalName: string | null;
  readonly loginHint: string | null;
  readonly locale: string;
  /** Teams theme name: `default`, `dark`, `contrast` (or `glass` in newer hosts). */
  readonly theme: string;
}

export interface TabInstanceConfig {
  readonly contentUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
  readonly websiteUrl: string;
}

/** The configuration page's side of `pages.config`. */
export interface TeamsConfigApi {
  /** The handler runs when the user presses Save; a rejection is shown by Teams as a failure. */
  registerOnSaveHandler(handler: () => Promise<void>): void;
  setValidityState(valid: boolean): void;
  setConfig(instance: TabInstanceConfig): Promise<void>;
}

export interface TeamsHost {
  readonly kind: 'teams';
  readonly context: TeamsTabContext;
  onThemeChange(handler: (theme: string) => void): void;
  notifySuccess(): void;
  /** Null when the host does not support tab configuration (e.g. a personal tab). */
  readonly config: TeamsConfigApi | null;
}

/** A plain browser: the local stand-in, or someone opening the website URL of a tab. */
export interface StandaloneHost {
  readonly kind: 'standalone';
}

export type TabHost = TeamsHost | StandaloneHost;
