import { makeStyles, tokens } from '@fluentui/react-components';

export const useTargetEditorStyles = makeStyles({
  card: {
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderRightStyle: 'solid',
    borderBottomStyle: 'solid',
    borderLeftStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // Clear of the editor's sticky toolbar (whose height the editor sets) when scrolled to.
    scrollMarginTop: `calc(var(--plan-toolbar-height, 3.5rem) + ${tokens.spacingVerticalL})`,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
  },
  heading: { marginTop: 0, marginBottom: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  /**
   * Fields on the left, SMART hints beside them when the card is wide enough for both, underneath
   * otherwise. Flex-wrap decides by the card's own width (the editor's section list takes some of the
   * window), where a media query could only look at the window's.
   */
  body: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  fields: {
    flexGrow: 2,
    flexShrink: 1,
    flexBasis: '26rem',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  /** Two short fields side by side, one above the other when there is no room; never overlapping. */
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 15rem), 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    '& > *': { minWidth: 0 },
    // A select is as wide as its longest option (a long-term target's text) unless told otherwise.
    '& select': { width: '100%', maxWidth: '100%', textOverflow: 'ellipsis' },
  },
  hints: {
    flexGrow: 1,
    flexShrink: 1,
    flexBasis: '14rem',
    minWidth: 0,
    alignSelf: 'start',
    position: 'sticky',
    top: '5rem',
  },
  evidence: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  evidenceList: { marginTop: 0, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL },
  evidenceItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  /** One field a row: the five rating choices need the whole width, the note a line of prose. */
  evidenceForm: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: tokens.spacingVerticalS,
    maxWidth: '75ch',
  },
  evidenceDate: { maxWidth: '16rem' },
  ratings: { flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  subheading: { marginTop: 0, marginBottom: 0, fontSize: tokens.fontSizeBase300 },
});
