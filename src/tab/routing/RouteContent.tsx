import { Body1, Link, Title2 } from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import type { ClassTeam, ClassTeamId, PlanId, PupilId } from '../../domain';
import { useRef, type ReactNode } from 'react';
import { registerWording } from '../../app/usecases/register/registerWording';
import { ClassDashboard } from '../dashboard/ClassDashboard';
import { ConfigPage } from '../config/ConfigPage';
import type { TabInstanceConfig, TeamsConfigApi } from '../host/host.types';
import { MyPupilsPage } from '../my/MyPupilsPage';
import { SenLeadsOnly } from '../shell/SenLeadsOnly';
import { EditorRoute } from './EditorRoute';
import { MyViewsRoute } from './MyViewsRoute';
import {
  LazyAddPupilPage,
  LazyImportPage,
  LazyOffRegisterPage,
  LazyStaffAccessPage,
  LazyPupilPage,
  LazyRegisterPage,
  LazyRolloverPage,
  LazyProvisionsPage,
  LazyNewProvisionPage,
  LazyProvisionPage,
  LazyProvisionMapPage,
  RegisterSuspense,
} from './RegisterRoutes';
import {
  LazyMeetingPage,
  LazyOutboxPage,
  LazyParentsEveningPage,
  LazyPlanReviewsPage,
  LazyReviewRecordPage,
  ReviewsSuspense,
} from './ReviewRoutes';
import { routeHash, type Route } from './routes';
import type { Navigate } from './useHashRoute';
import { usePageStyles } from '../shared/usePageStyles';

export interface RouteContentProps {
  readonly route: Exclude<Route, { name: 'home' }>;
  readonly services: AppServices;
  readonly senSite: string;
  readonly contextTeam: ClassTeam | null;
  readonly teamsConfig: TeamsConfigApi | null;
  tabConfigFor(classTeamId: ClassTeamId): TabInstanceConfig;
  readonly navigate: Navigate;
  /** Names of class teams the shell has seen, by id. */
  readonly classNames: Readonly<Record<string, string>>;
  onClassChosen(classTeamId: ClassTeamId, displayName: string): void;
  /** Where "Back" from a plan goes: the page the user came from. */
  onBackFromPlan(): void;
}

const NotFoundPage = () => {
  const styles = usePageStyles();
  return (
    <section className={styles.root} aria-labelledby="not-found-title">
      <Title2 as="h1" id="not-found-title">
        This page does not exist
      </Title2>
      <Body1>
        The link may be out of date. Go to <Link href="#/my">My pupils</Link> or{' '}
        <Link href="#/config">choose a class</Link>.
      </Body1>
    </section>
  );
};

const newPlanKey = (pupilId: PupilId): string => `new:${pupilId}`;

/** One page per route; each page loads its own data from the services. */
export const RouteContent = (props: RouteContentProps) => {
  const { route, services, navigate } = props;
  const created = useRef(new Map<PlanId, string>());
  const leadsOnly = (page: ReactNode) => (
    <SenLeadsOnly services={services} registerLabel={registerWording(services.settings.nation).register}>
      {page}
    </SenLeadsOnly>
  );
  switch (route.name) {
    case 'config':
      return (
        <ConfigPage
          services={services}
          senSite={props.senSite}
          contextTeam={props.contextTeam}
          teamsConfig={props.teamsConfig}
          tabConfigFor={props.tabConfigFor}
          onOpenClass={(classTeamId, displayName) => {
            props.onClassChosen(classTeamId, displayName);
            navigate({ name: 'class', classTeamId });
          }}
        />
      );
    case 'class':
      return (
        <ClassDashboard
          key={route.classTeamId}
          services={services}
          classTeamId={route.classTeamId}
          classNameHint={props.classNames[route.classTeamId]}
          onClassNamed={(name) => props.onClassChosen(route.classTeamId, name)}
        />
      );
    case 'new':
      return (
        <EditorRoute
          key={newPlanKey(route.pupilId)}
          services={services}
          planId={null}
          newFor={route.pupilId}
          onCreated={(planId) => {
            created.current.set(planId, newPlanKey(route.pupilId));
            // Replaces the history entry: Back never returns to an empty new plan for the same pupil.
            window.location.replace(routeHash({ name: 'plan', planId }));
          }}
          onBack={props.onBackFromPlan}
        />
      );
    case 'plan':
      return (
        <EditorRoute
          // A plan just created keeps the editor that created it, with anything typed meanwhile.
          key={created.current.get(route.planId) ?? route.planId}
          services={services}
          planId={route.planId}
          onBack={props.onBackFromPlan}
        />
      );
    case 'my-views':
      return <MyViewsRoute key={route.planId} services={services} planId={route.planId} />;
    case 'my':
      return <MyPupilsPage services={services} />;
    case 'register':
      return leadsOnly(
        <RegisterSuspense>
          <LazyRegisterPage services={services} />
        </RegisterSuspense>,
      );
    case 'register-add':
      return leadsOnly(
        <RegisterSuspense>
          <LazyAddPupilPage
            services={services}
            onAdded={(pupilId) => window.location.replace(routeHash({ name: 'pupil', pupilId }))}
          />
        </RegisterSuspense>,
      );
    case 'register-import':
      return leadsOnly(
        <RegisterSuspense>
          <LazyImportPage services={services} />
        </RegisterSuspense>,
      );
    case 'register-rollover':
      return leadsOnly(
        <RegisterSuspense>
          <LazyRolloverPage services={services} />
        </RegisterSuspense>,
      );
    case 'register-off':
      return leadsOnly(
        <RegisterSuspense>
          <LazyOffRegisterPage services={services} />
        </RegisterSuspense>,
      );
    case 'register-staff':
      return (
        <RegisterSuspense>
          <LazyStaffAccessPage services={services} />
        </RegisterSuspense>
      );
    case 'pupil':
      return leadsOnly(
        <RegisterSuspense key={route.pupilId}>
          <LazyPupilPage services={services} pupilId={route.pupilId} />
        </RegisterSuspense>,
      );
    case 'provisions':
      return leadsOnly(
        <RegisterSuspense>
          <LazyProvisionsPage services={services} />
        </RegisterSuspense>,
      );
    case 'provision-new':
      return leadsOnly(
        <RegisterSuspense>
          <LazyNewProvisionPage
            services={services}
            onCreated={(provisionId) =>
              window.location.replace(routeHash({ name: 'provision', provisionId }))
            }
          />
        </RegisterSuspense>,
      );
    case 'provision':
      return leadsOnly(
        <RegisterSuspense key={route.provisionId}>
          <LazyProvisionPage services={services} provisionId={route.provisionId} />
        </RegisterSuspense>,
      );
    case 'provision-map':
      return leadsOnly(
        <RegisterSuspense>
          <LazyProvisionMapPage services={services} />
        </RegisterSuspense>,
      );
    case 'outbox':
      return (
        <ReviewsSuspense>
          <LazyOutboxPage services={services} />
        </ReviewsSuspense>
      );
    case 'plan-reviews':
      return (
        <ReviewsSuspense key={route.planId}>
          <LazyPlanReviewsPage services={services} planId={route.planId} />
        </ReviewsSuspense>
      );
    case 'review-record':
      return (
        <ReviewsSuspense key={route.reviewId}>
          <LazyReviewRecordPage
            services={services}
            planId={route.planId}
            reviewId={route.reviewId}
            onCompleted={(planId) => navigate({ name: 'plan', planId })}
          />
        </ReviewsSuspense>
      );
    case 'review-meeting':
      return (
        <ReviewsSuspense key={`meeting:${route.reviewId}`}>
          <LazyMeetingPage services={services} planId={route.planId} reviewId={route.reviewId} />
        </ReviewsSuspense>
      );
    case 'parents-evening':
      return (
        <ReviewsSuspense key={route.classTeamId}>
          <LazyParentsEveningPage services={services} classTeamId={route.classTeamId} />
        </ReviewsSuspense>
      );
    case 'not-found':
      return <NotFoundPage />;
  }
};
