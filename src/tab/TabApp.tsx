import { FluentProvider, makeStaticStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { clockFor } from '../app/clock';
import type { AppConfig } from '../app/config';
import { ConfigError } from '../app/loadConfig';
import type { Clock } from '../domain';
import type { TabHost } from './host/host.types';
import { FLUENT_THEMES } from './host/theme';
import { useHostTheme } from './host/useHostTheme';
import { useModalHidingRepair } from '../ui/common/useModalHidingRepair';
import { ConfigErrorScreen } from './shell/ConfigErrorScreen';
import { ErrorPanel } from './shell/ErrorPanel';
import { PageSkeleton } from './shell/PageSkeleton';
import { Shell, type CreateServices } from './shell/Shell';

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

type BootState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown; readonly host: TabHost }
  | { readonly status: 'ready'; readonly config: AppConfig; readonly host: TabHost; readonly clock: Clock };

const STANDALONE: TabHost = { kind: 'standalone' };

/** Reads the configuration and finds the host at the same time, then hands over to the shell. */
const boot = async (tab: TabBoot): Promise<BootState> => {
  const [config, host] = await Promise.allSettled([tab.loadConfig(), tab.detectHost()]);
  const found = host.status === 'fulfilled' ? host.value : STANDALONE;
  if (config.status === 'rejected') return { status: 'failed', error: config.reason, host: found };
  try {
    return { status: 'ready', config: config.value, host: found, clock: clockFor(config.value, tab.search) };
  } catch (error) {
    return { status: 'failed', error, host: found };
  }
};

export const TabApp = ({ tab }: { readonly tab: TabBoot }) => {
  useModalHidingRepair();
  useGlobalStyles();
  const [state, setState] = useState<BootState>({ status: 'loading' });
  const host = state.status === 'loading' ? null : state.host;
  const theme = useHostTheme(host);

  useEffect(() => {
    let current = true;
    void boot(tab).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [tab]);

  const onFirstScreen = useCallback(() => {
    if (host?.kind === 'teams') host.notifySuccess();
  }, [host]);

  useEffect(() => {
    if (state.status === 'failed') onFirstScreen();
  }, [state.status, onFirstScreen]);

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} style={FILL_FRAME}>
      {state.status === 'loading' ? (
        <PageSkeleton label="Starting IEP Planner" />
      ) : state.status === 'failed' ? (
        state.error instanceof ConfigError ? (
          <ConfigErrorScreen problems={state.error.problems} />
        ) : (
          <ErrorPanel error={state.error} title="IEP Planner could not start" />
        )
      ) : (
        <Shell
          config={state.config}
          host={state.host}
          clock={state.clock}
          createServices={tab.createServices}
          storage={tab.storage}
          search={tab.search}
          pageUrl={tab.pageUrl}
          clearDrafts={tab.clearDrafts}
          onFirstScreen={onFirstScreen}
        />
      )}
    </FluentProvider>
  );
};
