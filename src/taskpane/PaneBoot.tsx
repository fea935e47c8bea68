/**
 * Everything after the first screen: the session (configuration, clock, sign-in) and the signed-in
 * pane. Loaded as its own chunk while the host is still being detected, so the first paint needs
 * only React and a few Fluent components, not zod, Graph or the pickers.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ConfigError } from '../app/loadConfig';
import type { SessionDeps } from '../app/session/session';
import { ErrorMessage } from '../ui/common/ErrorMessage';
import { PageSkeleton } from '../ui/common/PageSkeleton';
import { useSession } from '../ui/session/useSession';
import type { PaneHost } from './host/officeHost';
import { PaneSession } from './PaneSession';
import type { TaskPaneBoot } from './TaskPaneApp';

const ConfigProblems = ({ error }: { readonly error: unknown }) =>
  error instanceof ConfigError ? (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>IEP Planner is not set up yet</MessageBarTitle>
        Tell school IT: the add-in&apos;s configuration (app-config.json) needs fixing.
        <ul>
          {error.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  ) : (
    <ErrorMessage error={error} title="IEP Planner could not start" page />
  );

/**
 * The pane keeps no plan drafts (it edits in the document, and saves back at once), so sign-out has
 * none to clear here; MSAL's cache is cleared by the services' own sign-out.
 */
const NO_DRAFTS = () => undefined;

const sessionDepsFor = (boot: TaskPaneBoot, hostFound: Promise<PaneHost>): SessionDeps => ({
  loadConfig: () => boot.loadConfig(),
  createServices: boot.createServices,
  search: boot.search,
  storage: boot.storage,
  clearDrafts: NO_DRAFTS,
  hostDeps: { hostReady: hostFound, loginHint: () => boot.loginHint() },
});

export interface PaneBootProps {
  readonly boot: TaskPaneBoot;
  /** Settles once office.js says where the pane runs. */
  readonly hostFound: Promise<PaneHost>;
  /** Null while office.js is still being asked where the pane runs. */
  readonly host: PaneHost | null;
}

const PaneBoot = ({ boot, hostFound, host }: PaneBootProps) => {
  const { state, session } = useSession(useMemo(() => sessionDepsFor(boot, hostFound), [boot, hostFound]));

  if (state.status === 'config-failed') return <ConfigProblems error={state.error} />;
  if (state.status === 'starting' || host === null) return <PageSkeleton label="Starting IEP Planner" />;
  return (
    <PaneSession state={state} session={session} host={host} word={boot.word} saveFile={boot.saveFile} />
  );
};

export default PaneBoot;
