import { makeStyles } from '@fluentui/react-components';

/**
 * Fluent's Field is a grid sized to its control's widest content; a native select is as wide as its
 * longest option. In a 320 px task pane that would push the page sideways, so fields shrink to fit.
 */
export const useNarrowField = makeStyles({ root: { gridTemplateColumns: 'minmax(0, 1fr)' } });
