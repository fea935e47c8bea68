/**
 * Everything after the first screen: the configuration, the clock and the signed-in pane. Loaded as
 * its own chunk while the host is still being detected, so the first paint needs only React and a
 * few Fluent components, not zod, Graph or the pickers.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { clockFor } from '../app/clock';
import type { AppConfig } from '../app/config';
import { ConfigError } from '../app/loadConfig';
import type { Clock } from '../domain';
import type { PaneHost } from './host/officeHost';
import { PaneSession } from './PaneSession';
import { ErrorMessage } from './shared/ErrorMessage';
import type { TaskPaneBoot } from './TaskPaneApp';

type Configured =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly config: AppConfig; readonly clock: Clock };

const configure = async (boot: TaskPaneBoot): Promise<Configured> => {
  try {
    const config = await boot.loadConfig();
    return { status: 'ready', config, clock: clockFor(config, boot.search) };
  } catch (error) {
    return { status: 'failed', error };
  }
};

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
    <ErrorMessage error={error} title="IEP Planner could not start" />
  );

export interface PaneBootProps {
  readonly boot: TaskPaneBoot;
  /** Null while office.js is still being asked where the pane runs. */
  readonly host: PaneHost | null;
}

const PaneBoot = ({ boot, host }: PaneBootProps) => {
  const [state, setState] = useState<Configured>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void configure(boot).then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [boot]);

  if (state.status === 'failed') return <ConfigProblems error={state.error} />;
  if (state.status === 'loading' || host === null)
    return <Spinner labelPosition="after" label="Starting IEP Planner…" />;
  return (
    <PaneSession
      config={state.config}
      host={host}
      clock={state.clock}
      createServices={boot.createServices}
      storage={boot.storage}
      search={boot.search}
      word={boot.word}
      saveFile={boot.saveFile}
      loginHint={boot.loginHint}
    />
  );
};

export default PaneBoot;
