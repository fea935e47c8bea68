import { Body1, Button, Title2 } from '@fluentui/react-components';
import { useNoticeScreenStyles } from '../common/noticeScreen.styles';

export interface SignedOutScreenProps {
  readonly live: boolean;
  onSignIn(): void;
}

/** After "Sign out": nothing of the last person's work is left on screen or in this browser tab. */
export const SignedOutScreen = ({ live, onSignIn }: SignedOutScreenProps) => {
  const styles = useNoticeScreenStyles();
  return (
    <section className={styles.root} aria-labelledby="signed-out-title">
      <Title2 as="h1" id="signed-out-title">
        Signed out
      </Title2>
      <Body1>
        You have signed out of IEP Planner on this device. Unsaved changes were removed from this browser.
      </Body1>
      {live ? (
        <Body1>
          Teams and Word are still signed in to your Microsoft 365 account: sign out there too if others use
          this computer.
        </Body1>
      ) : null}
      <Button appearance="primary" onClick={onSignIn}>
        Sign in again
      </Button>
    </section>
  );
};
