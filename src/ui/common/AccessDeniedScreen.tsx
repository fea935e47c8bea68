import { Body1, Title2 } from '@fluentui/react-components';
import { LockClosedRegular } from '@fluentui/react-icons';
import { useNoticeScreenStyles } from './noticeScreen.styles';

/** Shown instead of any data when Microsoft 365 refuses access to the SEN site (for example to a pupil). */
export const AccessDeniedScreen = () => {
  const styles = useNoticeScreenStyles();
  return (
    <section className={styles.root} role="alert" aria-labelledby="access-denied-title">
      <LockClosedRegular className={styles.icon} aria-hidden="true" />
      <Title2 as="h1" id="access-denied-title">
        You don&apos;t have access to IEPs
      </Title2>
      <Body1>
        IEPs hold personal information about children, so only staff the school has added to the SEN site can
        see them.
      </Body1>
      <Body1>If you need to work on IEPs, ask your SENCO or school IT to add you to the SEN site.</Body1>
    </section>
  );
};
