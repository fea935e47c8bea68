import { useModalHidingRepair } from '../ui/common/useModalHidingRepair';
import { FluentProvider, makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { AppConfig } from '../app/config';
import type { CreateServices } from '../app/session/session';
import { PageSkeleton } from '../ui/common/PageSkeleton';
import { PANE_THEMES } from './host/officeTheme';
import type { PaneHost } from './host/officeHost';
import type { SaveFile } from './outside/DownloadDocxButton';
import { OpenInWordHelp } from './outside/OpenInWordHelp';
import type { WordPort } from './word/wordPort';

// Configuration, sign-in and the pickers: fetched while office.js is asked where the pane runs.
const PaneBoot = lazy(() => import(/* webpackChunkName: "pane" */ './PaneBoot'));

// Nothing but the theme on FluentProvider: its classes are copied onto every portal (listbox, menu),
// so a size there (e.g. minHeight 100vh) would make each portal cover the page and swallow clicks.
// A task pane is about 320 px wide: no browser margin around it.
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  main: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'grid',
    // minmax(0, …) lets wide content (a preview table) scroll inside its own box instead of widening the pane.
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignContent: 'start',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '60rem',
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** Everything the pane needs from the outside world, injected so it can be tested without Word. */
export interface TaskPaneBoot {
  detectHost(): Promise<PaneHost>;
  loadConfig(): Promise<AppConfig>;
  readonly createServices: CreateServices;
  /** `window.location.search`: `?persona=` and `?now=` in local mode. */
  readonly search: string;
  /** sessionStorage: remembers the demo persona for this pane only. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly word: WordPort;
  readonly saveFile: SaveFile;
  /** The account Word is signed in with, so a sign-in popup opens on it. */
  loginHint(): Promise<string | undefined>;
}

const UNKNOWN_HOST: PaneHost = { kind: 'outside', reason: 'no-office-js', theme: 'light' };

export const TaskPaneApp = ({ boot }: { readonly boot: TaskPaneBoot }) => {
  useModalHidingRepair();
  useBodyStyles();
  const styles = useStyles();
  const hostFound = useMemo(() => boot.detectHost().catch(() => UNKNOWN_HOST), [boot]);
  const [host, setHost] = useState<PaneHost | null>(null);

  useEffect(() => {
    let current = true;
    void hostFound.then((found) => current && setHost(found));
    return () => {
      current = false;
    };
  }, [hostFound]);

  const starting = <PageSkeleton label="Starting IEP Planner" />;
  return (
    <FluentProvider theme={PANE_THEMES[host?.theme ?? 'light']}>
      <main className={styles.main}>
        <h1 className={styles.title}>IEP Planner</h1>
        {host?.kind === 'outside' ? <OpenInWordHelp reason={host.reason} /> : null}
        <Suspense fallback={starting}>
          <PaneBoot boot={boot} hostFound={hostFound} host={host} />
        </Suspense>
      </main>
    </FluentProvider>
  );
};
