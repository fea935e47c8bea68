import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import type { PlanSectionLink } from './planSections';
import { usePlanPrintStyles } from './printStyles';
import { SECTION_NAV_ID, SectionNav } from './SectionNav';
import { TOOLBAR_HEIGHT_VAR, useToolbarHeight } from './useToolbarHeight';

const useStyles = makeStyles({
  skip: {
    position: 'absolute',
    left: '-10000px',
    top: 'auto',
    ':focus': {
      position: 'static',
      display: 'inline-block',
      marginTop: tokens.spacingVerticalS,
      marginLeft: tokens.spacingHorizontalL,
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
      paddingLeft: tokens.spacingHorizontalS,
      paddingRight: tokens.spacingHorizontalS,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorBrandForeground1,
    },
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: '13rem minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingRight: tokens.spacingHorizontalXXL,
    '@media (max-width: 900px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      paddingLeft: tokens.spacingHorizontalL,
      paddingRight: tokens.spacingHorizontalL,
    },
    '@media print': { display: 'block', paddingLeft: 0, paddingRight: 0 },
  },
  content: {
    minWidth: 0,
    maxWidth: '72rem',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

export interface EditorLayoutProps {
  readonly sections: readonly PlanSectionLink[];
  /** The sticky toolbar, above both columns. */
  readonly toolbar: ReactNode;
  readonly children: ReactNode;
}

/**
 * A skip link first (to the list of sections), the toolbar, then the section navigation beside the
 * plan on wide screens and above it on narrow ones.
 */
export const EditorLayout = ({ sections, toolbar, children }: EditorLayoutProps) => {
  const styles = useStyles();
  usePlanPrintStyles();
  const nav = useRef<HTMLElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const toolbarHeight = useToolbarHeight(root);
  return (
    <div ref={root} style={{ [TOOLBAR_HEIGHT_VAR]: toolbarHeight } as CSSProperties}>
      <a
        className={styles.skip}
        href={`#${SECTION_NAV_ID}`}
        data-print="hide"
        onClick={(event) => {
          // The router owns the hash: move focus here instead of following the link.
          event.preventDefault();
          nav.current?.focus();
        }}
      >
        Skip to plan sections
      </a>
      {toolbar}
      <div className={styles.columns}>
        <SectionNav ref={nav} sections={sections} />
        <div className={styles.content}>{children}</div>
      </div>
    </div>
  );
};
