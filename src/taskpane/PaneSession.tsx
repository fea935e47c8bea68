import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ConfiguredSessionState, Session } from '../app/session/session';
import { ErrorMessage } from '../ui/common/ErrorMessage';
import { PageSkeleton } from '../ui/common/PageSkeleton';
import { SessionControls } from '../ui/session/SessionControls';
import { SignedOutScreen } from '../ui/session/SignedOutScreen';
import type { PaneHost } from './host/officeHost';
import type { SaveFile } from './outside/DownloadDocxButton';
import { OutsidePane } from './outside/OutsidePane';
import { WordPane } from './word/WordPane';
import type { WordPort } from './word/wordPort';

const useStyles = makeStyles({
  user: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
});

export interface PaneSessionProps {
  /** The session once app-config.json is read: signing in, signed in, failed, signing out or signed out. */
  readonly state: ConfiguredSessionState;
  readonly session: Session;
  readonly host: PaneHost;
  readonly word: WordPort;
  readonly saveFile: SaveFile;
}

/** Who is signed in (with "Sign out", and the demo persona locally), then the pane for Word or a browser. */
export const PaneSession = ({ state, session, host, word, saveFile }: PaneSessionProps) => {
  const styles = useStyles();
  if (state.status === 'signing-in') return <PageSkeleton label="Signing in" />;
  if (state.status === 'signing-out') return <PageSkeleton label="Signing out" />;
  if (state.status === 'signed-out')
    return <SignedOutScreen live={state.config.mode === 'live'} onSignIn={session.signIn} />;
  return (
    <>
      <div className={styles.user}>
        {state.status === 'signed-in' ? <Text>Signed in as {state.services.currentUser.name}</Text> : null}
        <SessionControls state={state} session={session} />
      </div>
      {state.status === 'sign-in-failed' ? (
        <ErrorMessage
          error={state.error}
          title="IEP Planner could not sign you in"
          onRetry={session.signIn}
          page
        />
      ) : host.kind === 'word' ? (
        <WordPane
          key={state.services.currentUser.email}
          services={state.services}
          word={word}
          wordApi={host.wordApi}
          saveFile={saveFile}
        />
      ) : (
        <OutsidePane key={state.services.currentUser.email} services={state.services} saveFile={saveFile} />
      )}
    </>
  );
};
