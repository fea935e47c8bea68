import { makeStyles, tokens } from '@fluentui/react-components';

export const useSmartHintsStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  heading: { marginTop: 0, marginBottom: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300 },
  list: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  hint: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  icon: { marginTop: '2px' },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  tipIcon: { color: tokens.colorBrandForeground1 },
  letter: { fontWeight: tokens.fontWeightSemibold },
  fine: { marginTop: 0, marginBottom: 0, color: tokens.colorNeutralForeground2 },
});
