import { makeStyles, tokens } from '@fluentui/react-components';

/** The frame of a full page of the tab: a column of sections with the same spacing everywhere. */
export const usePageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
  },
});
