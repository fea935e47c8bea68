import { FluentProvider, makeStaticStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppConfig } from '../app/config';
import { ConfigError } from '../app/loadConfig';
import type { CreateServices, SessionDeps } from '../app/session/session';
import { ErrorMessage } from '../ui/common/ErrorMessage';
import { PageSkeleton } from '../ui/common/PageSkeleton';
import { useModalHidingRepair } from '../ui/common/useModalHidingRepair';
import { useSession } from '../ui/session/useSession';
import type { TabHost } from './host/host.types';
import { FLUENT_THEMES } from './host/theme';
import { useHostTheme } from './host/useHostTheme';
import { schoolNationFrom } from '../app/schoolNation';
import { siteLocationFrom } from '../app/siteLocation';
import { ConfigErrorScreen } from './shell/ConfigErrorScreen';
import { Shell } from './shell/Shell';

/**
 * The provider fills the frame so the theme's background does too. An inline style, not a class:
 * Fluent copies the provider's className onto every portal (menus, listboxes), and a full-height
 * portal layer would swallow clicks.
 */
const FILL_FRAME = { minHeight: '100vh' } as const;
// The theme's background fills the frame: no browser-default margin around it.
const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

/** Everything the tab needs from the outside world, injected so the shell can be tested without it. */
export interface TabBoot {
  loadConfig(): Promise<AppConfig>;
  detectHost(): Promise<TabHost>;
  readonly createServices: CreateServices;
  readonly search: string;
  readonly pageUrl: string;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  clearDrafts(): void;
}

const STANDALONE: TabHost = { kind: 'standalone' };

const loginHintOf = (host: TabHost): string | undefined =>
  host.kind === 'teams' ? (host.context.loginHint ?? host.context.userPrincipalName ?? undefined) : undefined;

/** The host is found while the configuration is read; signing in waits for it (MSAL needs Teams' bridge). */
const sessionDepsFor = (tab: TabBoot, hostFound: Promise<TabHost>): SessionDeps => ({
  loadConfig: () => tab.loadConfig(),
  createServices: tab.createServices,
  search: tab.search,
  storage: tab.storage,
  clearDrafts: () => tab.clearDrafts(),
  hostDeps: {
    hostReady: hostFound,
    loginHint: async () => loginHintOf(await hostFound),
    knownLocation: siteLocationFrom(tab.search),
    schoolNation: schoolNationFrom(tab.search),
  },
});

export const TabApp = ({ tab }: { readonly tab: TabBoot }) => {
  useModalHidingRepair();
  useGlobalStyles();
  const hostFound = useMemo(() => tab.detectHost().catch(() => STANDALONE), [tab]);
  const [host, setHost] = useState<TabHost | null>(null);
  useEffect(() => {
    let current = true;
    void hostFound.then((found) => current && setHost(found));
    return () => {
      current = false;
    };
  }, [hostFound]);
  const theme = useHostTheme(host);
  const { state, session } = useSession(useMemo(() => sessionDepsFor(tab, hostFound), [tab, hostFound]));

  // Teams hides its own loading indicator once told the first screen (a page or its error) is ready.
  const notified = useRef(false);
  const firstScreen = state.status !== 'starting' && state.status !== 'signing-in';
  useEffect(() => {
    if (notified.current || !host || !firstScreen) return;
    notified.current = true;
    if (host.kind === 'teams') host.notifySuccess();
  }, [host, firstScreen]);

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={FILL_FRAME}>
      {state.status === 'config-failed' ? (
        state.error instanceof ConfigError ? (
          <ConfigErrorScreen problems={state.error.problems} />
        ) : (
          <ErrorMessage error={state.error} title="IEP Planner could not start" page />
        )
      ) : state.status === 'starting' || host === null ? (
        <PageSkeleton label="Starting IEP Planner" />
      ) : (
        <Shell state={state} session={session} host={host} pageUrl={tab.pageUrl} />
      )}
    </FluentProvider>
  );
};
