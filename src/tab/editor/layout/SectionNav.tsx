import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef, type MouseEvent } from 'react';
import type { PlanSectionLink } from './planSections';
import { useCurrentSection } from './useCurrentSection';
import { TOOLBAR_HEIGHT_VAR } from './useToolbarHeight';

export const SECTION_NAV_ID = 'plan-sections';

const useStyles = makeStyles({
  root: {
    position: 'sticky',
    top: `calc(var(${TOOLBAR_HEIGHT_VAR}, 3.5rem) + ${tokens.spacingVerticalM})`,
    alignSelf: 'start',
    maxHeight: `calc(100vh - var(${TOOLBAR_HEIGHT_VAR}, 3.5rem) - ${tokens.spacingVerticalXXL})`,
    overflowY: 'auto',
    '@media (max-width: 900px)': { position: 'static', maxHeight: 'none' },
  },
  heading: { marginTop: 0, marginBottom: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase300 },
  list: {
    listStyleType: 'none',
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    '@media (max-width: 900px)': {
      flexDirection: 'row',
      flexWrap: 'wrap',
      columnGap: tokens.spacingHorizontalL,
    },
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorBrandStroke1,
    paddingLeft: tokens.spacingHorizontalS,
  },
  link: { paddingLeft: `calc(${tokens.spacingHorizontalS} + ${tokens.strokeWidthThick})` },
});

/**
 * Focuses a section's heading. The links cannot simply follow `#id`: the tab's router owns the hash,
 * and a heading id there would read as an unknown page.
 */
export const focusSection = (id: string) => {
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
  heading.scrollIntoView?.({ block: 'start' });
};

/** The plan's parts as a list of links; the one in view is marked with aria-current. */
export const SectionNav = forwardRef<HTMLElement, { readonly sections: readonly PlanSectionLink[] }>(
  ({ sections }, ref) => {
    const styles = useStyles();
    const { current, setCurrent } = useCurrentSection(sections.map((section) => section.id));
    const go = (event: MouseEvent, id: string) => {
      event.preventDefault();
      setCurrent(id);
      focusSection(id);
    };
    return (
      <nav
        ref={ref}
        id={SECTION_NAV_ID}
        tabIndex={-1}
        aria-label="Plan sections"
        className={styles.root}
        data-print="hide"
      >
        <h2 className={styles.heading}>In this plan</h2>
        <ul className={styles.list}>
          {sections.map((section) => (
            <li key={section.id} className={current === section.id ? styles.current : styles.link}>
              <Link
                href={`#${section.id}`}
                aria-current={current === section.id ? 'location' : undefined}
                onClick={(event) => go(event, section.id)}
              >
                {section.title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    );
  },
);
SectionNav.displayName = 'SectionNav';
