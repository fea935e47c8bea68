import { lazy, Suspense } from 'react';
import type { AppServices } from '../../app/services';
import type { PlanId } from '../../domain';
import { PageSkeleton } from '../../ui/common/PageSkeleton';

/** My views loads on demand, in a small chunk of its own: the dashboard's first load never pays for it. */
const MyViewsPage = lazy(() =>
  import(/* webpackChunkName: "myviews" */ '../myViews/MyViewsPage').then((m) => ({
    default: m.MyViewsPage,
  })),
);

export const MyViewsRoute = ({
  services,
  planId,
}: {
  readonly services: AppServices;
  readonly planId: PlanId;
}) => (
  <Suspense fallback={<PageSkeleton label="Opening My views" />}>
    <MyViewsPage services={services} planId={planId} />
  </Suspense>
);
