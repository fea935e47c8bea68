import { makeStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ConfiguredSessionState, Session } from '../../app/session/session';
import { asClassTeamId, canManageRegister, type ClassTeamId } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { SessionControls } from '../../ui/session/SessionControls';
import { SignedOutScreen } from '../../ui/session/SignedOutScreen';
import type { TabHost, TabInstanceConfig } from '../host/host.types';
import { RouteContent } from '../routing/RouteContent';
import { routeHash } from '../routing/routes';
import { useHashRoute } from '../routing/useHashRoute';
import { registerWording } from '../../app/usecases/register/registerWording';
import { useStaffAccess } from '../shared/useStaffAccess';
import { AppHeader } from './AppHeader';
import { contextTeamOf, resolveRoute, type ShownRoute } from './resolveRoute';

const useStyles = makeStyles({
  // Focus moves to <main> on a new page only so the next Tab starts there; it is not a control, so no ring.
  main: { outline: 'none', minHeight: '60vh' },
});

export interface ShellProps {
  /** The session once app-config.json is read: signing in, signed in, failed, signing out or signed out. */
  readonly state: ConfiguredSessionState;
  readonly session: Session;
  readonly host: TabHost;
  /** `origin + pathname` of tab.html, for the URLs Teams stores with the tab. */
  readonly pageUrl: string;
}

/** Header, navigation and the current page, for one signed-in user (or demo persona). */
export const Shell = ({ state, session, host, pageUrl }: ShellProps) => {
  const styles = useStyles();

  const { route, navigate } = useHashRoute();
  const access = useStaffAccess(state.status === 'signed-in' ? state.services : null);
  const shown = useMemo(() => resolveRoute(route, host), [route, host]);
  const contextTeam = useMemo(() => contextTeamOf(host), [host]);

  // "Back" from a plan returns to the last list the user saw; the class link follows the last class opened.
  const [lastList, setLastList] = useState<ShownRoute | null>(null);
  const [classNames, setClassNames] = useState<Readonly<Record<string, string>>>(() =>
    contextTeam ? { [contextTeam.id]: contextTeam.displayName } : {},
  );
  const onClassChosen = useCallback((id: ClassTeamId, displayName: string) => {
    // Unchanged names keep the same object, so a page reporting its name on every render settles.
    if (displayName)
      setClassNames((known) => (known[id] === displayName ? known : { ...known, [id]: displayName }));
  }, []);
  const [lastClass, setLastClass] = useState<ClassTeamId | null>(
    contextTeam ? asClassTeamId(contextTeam.id) : null,
  );
  useEffect(() => {
    if (shown.name !== 'plan' && shown.name !== 'new' && shown.name !== 'not-found') setLastList(shown);
    if (shown.name === 'class') setLastClass(shown.classTeamId);
  }, [shown]);

  const onBackFromPlan = useCallback(() => {
    if (lastList && lastList.name !== 'not-found') navigate(lastList);
    else
      navigate(contextTeam ? { name: 'class', classTeamId: asClassTeamId(contextTeam.id) } : { name: 'my' });
  }, [lastList, navigate, contextTeam]);

  const tabConfigFor = useCallback(
    (classTeamId: ClassTeamId): TabInstanceConfig => {
      const url = `${pageUrl}${routeHash({ name: 'class', classTeamId })}`;
      return {
        contentUrl: url,
        entityId: `iep-class-${classTeamId}`,
        suggestedDisplayName: 'IEPs',
        websiteUrl: url,
      };
    },
    [pageUrl],
  );

  // A new page moves focus to the page, so keyboard and screen-reader users start at its top.
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    main.current?.focus();
  }, [shown]);

  // The sign-out control leaves with the header: focus goes to the page that says what happened.
  useEffect(() => {
    if (state.status === 'signed-out') main.current?.focus();
  }, [state.status]);

  const inSettings = host.kind === 'teams' && host.context.frameContext === 'settings';
  const classLink = lastClass ? { id: lastClass, label: classNames[lastClass] ?? 'Class' } : null;

  return (
    <>
      {inSettings || state.status === 'signed-out' ? null : (
        <AppHeader
          current={shown}
          classLink={classLink}
          showRegister={access !== null && canManageRegister(access)}
          registerLabel={
            registerWording(state.status === 'signed-in' ? state.services.settings.nation : 'england')
              .register
          }
        >
          <SessionControls state={state} session={session} />
        </AppHeader>
      )}
      <main ref={main} tabIndex={-1} className={styles.main}>
        {state.status === 'signing-in' ? (
          <PageSkeleton label="Signing in" />
        ) : state.status === 'signing-out' ? (
          <PageSkeleton label="Signing out" />
        ) : state.status === 'signed-out' ? (
          <SignedOutScreen live={state.config.mode === 'live'} onSignIn={session.signIn} />
        ) : state.status === 'sign-in-failed' ? (
          <ErrorMessage
            error={state.error}
            title="IEP Planner could not sign you in"
            onRetry={session.signIn}
            page
          />
        ) : (
          <RouteContent
            key={state.services.currentUser.email}
            route={shown}
            services={state.services}
            senSite={state.config.senSite}
            contextTeam={contextTeam}
            teamsConfig={inSettings && host.kind === 'teams' ? host.config : null}
            tabConfigFor={tabConfigFor}
            navigate={navigate}
            onBackFromPlan={onBackFromPlan}
            classNames={classNames}
            onClassChosen={onClassChosen}
          />
        )}
      </main>
    </>
  );
};
