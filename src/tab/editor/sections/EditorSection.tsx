import { makeStyles, tokens, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Cards in a list (targets, people) need the same spacing as the fields around them. */
export const useEditorListStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { marginTop: tokens.spacingVerticalL, marginBottom: 0, fontSize: tokens.fontSizeBase500 },
  intro: { marginTop: 0, marginBottom: 0, color: tokens.colorNeutralForeground2 },
});

/** A titled part of the plan: a landmark region with an h2, so screen-reader users can jump between parts. */
export const EditorSection = ({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) => {
  const styles = useStyles();
  const headingId = useId('section-');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </section>
  );
};
