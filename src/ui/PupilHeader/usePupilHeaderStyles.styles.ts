import { makeStyles, tokens } from '@fluentui/react-components';

export const usePupilHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    marginTop: 0,
    marginBottom: 0,
  },
  fact: { display: 'flex', columnGap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { marginLeft: 0, fontWeight: tokens.fontWeightSemibold },
});
