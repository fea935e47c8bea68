import { Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ClassTeamId } from '../../domain';
import { routeHash } from '../routing/routes';
import type { ShownRoute } from './resolveRoute';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
});

interface NavItem {
  readonly label: string;
  readonly route: Exclude<ShownRoute, { name: 'not-found' }>;
}

export interface AppHeaderProps {
  readonly current: ShownRoute;
  /** The class to link to: the Teams team, or the last class opened. */
  readonly classLink: { readonly id: ClassTeamId; readonly label: string } | null;
  /** The register's name in the school's nation's words, e.g. "SEN register". */
  readonly registerLabel: string;
  /** The register is for SEN leads only; others are not offered it. */
  readonly showRegister: boolean;
  /** The persona switcher, in local mode. */
  readonly children?: ReactNode;
}

const sameRoute = (a: ShownRoute, b: NavItem['route']): boolean =>
  a.name === b.name && (a.name !== 'class' || (b.name === 'class' && a.classTeamId === b.classTeamId));

export const AppHeader = ({ current, classLink, registerLabel, showRegister, children }: AppHeaderProps) => {
  const styles = useStyles();
  const items: NavItem[] = [
    ...(classLink
      ? [{ label: classLink.label, route: { name: 'class' as const, classTeamId: classLink.id } }]
      : []),
    ...(showRegister ? [{ label: registerLabel, route: { name: 'register' as const } }] : []),
    { label: 'My pupils', route: { name: 'my' } },
    { label: 'Review invitations', route: { name: 'outbox' } },
    { label: 'Set up', route: { name: 'config' } },
  ];
  return (
    <header className={styles.header}>
      <Subtitle2>IEP Planner</Subtitle2>
      <nav aria-label="IEP Planner" className={styles.nav}>
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.label}>
              <Link
                href={routeHash(item.route)}
                aria-current={sameRoute(current, item.route) ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </header>
  );
};
