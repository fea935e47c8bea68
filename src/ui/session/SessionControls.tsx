import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Session, SessionState } from '../../app/session/session';
import { PersonaSwitcher } from './PersonaSwitcher';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
  },
});

export interface SessionControlsProps {
  readonly state: SessionState;
  readonly session: Session;
}

/**
 * "Sign out" in every mode, and the demo persona switcher in local mode only: switching persona is a
 * sign-out too, so both clear the drafts kept in this browser tab.
 */
export const SessionControls = ({ state, session }: SessionControlsProps) => {
  const styles = useStyles();
  if (state.status === 'starting' || state.status === 'config-failed' || state.status === 'signed-out')
    return null;
  const busy = state.status === 'signing-in' || state.status === 'signing-out';
  const personas = state.config.mode === 'local' ? state.config.personas : null;
  return (
    <div className={styles.root}>
      {personas && state.persona ? (
        <PersonaSwitcher
          personas={personas}
          current={state.persona}
          disabled={busy}
          onSwitch={(next) => void session.switchPersona(next)}
        />
      ) : null}
      <Button disabled={busy} onClick={() => void session.signOut()}>
        Sign out
      </Button>
    </div>
  );
};
