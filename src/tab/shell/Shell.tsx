import { makeStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppConfig } from '../../app/config';
import { initialPersona, PERSONA_STORAGE_KEY, type Persona } from '../../app/personas';
import type { AppServices, ServiceDeps } from '../../app/services';
import { asClassTeamId, type Clock, type ClassTeamId } from '../../domain';
import type { TabHost, TabInstanceConfig } from '../host/host.types';
import { RouteContent } from '../routing/RouteContent';
import { routeHash } from '../routing/routes';
import { siteLocationFrom } from '../routing/siteLocation';
import { useHashRoute } from '../routing/useHashRoute';
import { useLoad } from '../shared/useLoad';
import { AppHeader } from './AppHeader';
import { ErrorPanel } from './ErrorPanel';
import { PageSkeleton } from './PageSkeleton';
import { PersonaSwitcher } from './PersonaSwitcher';
import { contextTeamOf, resolveRoute, type ShownRoute } from './resolveRoute';

const useStyles = makeStyles({
  // Focus moves to <main> on a new page only so the next Tab starts there; it is not a control, so no ring.
  main: { outline: 'none', minHeight: '60vh' },
});

export type CreateServices = (config: AppConfig, deps: ServiceDeps) => Promise<AppServices>;

export interface ShellProps {
  readonly config: AppConfig;
  readonly host: TabHost;
  readonly clock: Clock;
  readonly createServices: CreateServices;
  /** sessionStorage in the browser: remembers the demo persona for this browser tab only. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** `window.location.search`, read for `?persona=` in local mode. */
  readonly search: string;
  /** `origin + pathname` of tab.html, for the URLs Teams stores with the tab. */
  readonly pageUrl: string;
  /** Drops unsaved plan drafts, so the next person on this computer cannot see them. */
  clearDrafts(): void;
  /** Called once, when the first page (or its error) is on screen. */
  onFirstScreen(): void;
}

/** Header, navigation and the current page, for one signed-in user (or demo persona). */
export const Shell = ({
  config,
  host,
  clock,
  createServices,
  storage,
  search,
  pageUrl,
  clearDrafts,
  onFirstScreen,
}: ShellProps) => {
  const styles = useStyles();
  const [persona, setPersona] = useState<Persona | null>(() =>
    config.mode === 'local'
      ? initialPersona(config, search, storage?.getItem(PERSONA_STORAGE_KEY) ?? null)
      : null,
  );
  const [switching, setSwitching] = useState(false);

  const build = useCallback(
    () =>
      createServices(config, {
        clock,
        persona,
        hostReady: Promise.resolve(),
        knownLocation: siteLocationFrom(search),
        loginHint: async () =>
          host.kind === 'teams'
            ? (host.context.loginHint ?? host.context.userPrincipalName ?? undefined)
            : undefined,
      }),
    [createServices, config, clock, persona, host, search],
  );
  const services = useLoad(build);

  const { route, navigate } = useHashRoute();
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

  // Teams hides its own loading indicator when told the first screen is ready.
  const notified = useRef(false);
  useEffect(() => {
    if (!notified.current && services.state.status !== 'loading') {
      notified.current = true;
      onFirstScreen();
    }
  }, [services.state.status, onFirstScreen]);

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

  const switchPersona = async (next: Persona) => {
    setSwitching(true);
    try {
      if (services.state.status === 'ready') await services.state.data.signOut();
    } finally {
      clearDrafts();
      storage?.setItem(PERSONA_STORAGE_KEY, next.email);
      setPersona(next);
      setSwitching(false);
    }
  };

  const inSettings = host.kind === 'teams' && host.context.frameContext === 'settings';
  const classLink = lastClass ? { id: lastClass, label: classNames[lastClass] ?? 'Class' } : null;

  return (
    <>
      {inSettings ? null : (
        <AppHeader current={shown} classLink={classLink}>
          {config.mode === 'local' && persona ? (
            <PersonaSwitcher
              personas={config.personas}
              current={persona}
              disabled={switching}
              onSwitch={(next) => void switchPersona(next)}
            />
          ) : null}
        </AppHeader>
      )}
      <main ref={main} tabIndex={-1} className={styles.main}>
        {services.state.status === 'loading' || switching ? (
          <PageSkeleton label="Signing in" />
        ) : services.state.status === 'error' ? (
          <ErrorPanel
            error={services.state.error}
            title="IEP Planner could not start"
            onRetry={services.reload}
          />
        ) : (
          <RouteContent
            key={services.state.data.currentUser.email}
            route={shown}
            services={services.state.data}
            senSite={config.senSite}
            contextTeam={contextTeam}
            teamsConfig={
              host.kind === 'teams' && host.context.frameContext === 'settings' ? host.config : null
            }
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
