import { makeStyles, tokens } from '@fluentui/react-components';

/** A page that says one thing in place of the app (no access, signed out): a column of text and an action. */
export const useNoticeScreenStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalXXL,
    maxWidth: '40rem',
  },
  icon: { fontSize: '40px', color: tokens.colorNeutralForeground3 },
});
