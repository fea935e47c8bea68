import { makeStyles } from '@fluentui/react-components';

/**
 * Hidden on screen, still read by screen readers: for text that repeats what a picture shows
 * (the table behind a chart) or that only makes sense without sight of the layout.
 */
export const useVisuallyHiddenStyles = makeStyles({
  root: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    marginTop: '-1px',
    marginLeft: '-1px',
    paddingTop: 0,
    paddingRight: 0,
    paddingBottom: 0,
    paddingLeft: 0,
    overflowX: 'hidden',
    overflowY: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    borderTopWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
  },
});
