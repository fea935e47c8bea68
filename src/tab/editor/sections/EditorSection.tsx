import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TOOLBAR_HEIGHT_VAR } from '../layout/useToolbarHeight';

/** Cards in a list (targets, people) need the same spacing as the fields around them. */
export const useEditorListStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  /** Prose reads best at about 75 characters a line. */
  prose: { maxWidth: '75ch' },
  heading: {
    marginTop: tokens.spacingVerticalL,
    marginBottom: 0,
    fontSize: tokens.fontSizeBase500,
    // Below the sticky toolbar when jumped to.
    scrollMarginTop: `calc(var(${TOOLBAR_HEIGHT_VAR}, 3.5rem) + ${tokens.spacingVerticalL})`,
  },
  intro: { marginTop: 0, marginBottom: 0, color: tokens.colorNeutralForeground2 },
});

/** A titled part of the plan: a landmark region with an h2, so screen-reader users can jump between parts. */
export const EditorSection = ({
  title,
  id,
  intro,
  wide = false,
  children,
}: {
  title: string;
  /** The heading's id, for the section navigation (PLAN_SECTIONS). */
  id?: string;
  intro?: string;
  /** Target cards with SMART hints beside them need more than a line of prose. */
  wide?: boolean;
  children: ReactNode;
}) => {
  const styles = useStyles();
  const generatedId = useId('section-');
  const headingId = id ?? generatedId;
  return (
    <section className={mergeClasses(styles.root, !wide && styles.prose)} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
};
