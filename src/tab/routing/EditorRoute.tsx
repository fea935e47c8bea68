import { lazy, Suspense } from 'react';
import type { AppServices } from '../../app/services';
import type { PlanId } from '../../domain';
import { PageSkeleton } from '../../ui/common/PageSkeleton';

/** The editor (and the charts it draws) is its own chunk: the dashboard's first load never pays for it. */
const PlanEditorPage = lazy(() => import(/* webpackChunkName: "editor" */ '../editor'));

export interface EditorRouteProps {
  readonly services: AppServices;
  readonly planId: PlanId;
  onBack(): void;
}

export const EditorRoute = ({ services, planId, onBack }: EditorRouteProps) => (
  <Suspense fallback={<PageSkeleton label="Opening the plan" rows={10} />}>
    <PlanEditorPage services={services} planId={planId} onBack={onBack} />
  </Suspense>
);
