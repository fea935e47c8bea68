import { lazy, Suspense } from 'react';
import type { AppServices } from '../../app/services';
import type { PlanId, PupilId } from '../../domain';
import { PageSkeleton } from '../../ui/common/PageSkeleton';

/** The editor (and the charts it draws) is its own chunk: the dashboard's first load never pays for it. */
const PlanEditorPage = lazy(() => import(/* webpackChunkName: "editor" */ '../editor'));

export interface EditorRouteProps {
  readonly services: AppServices;
  /** Null for a new plan for `newFor`, not saved yet. */
  readonly planId: PlanId | null;
  readonly newFor?: PupilId;
  onCreated?(planId: PlanId): void;
  onBack(): void;
}

export const EditorRoute = ({ services, planId, newFor, onCreated, onBack }: EditorRouteProps) => (
  <Suspense fallback={<PageSkeleton label="Opening the plan" rows={10} />}>
    <PlanEditorPage
      services={services}
      planId={planId}
      {...(newFor === undefined ? {} : { newFor })}
      {...(onCreated === undefined ? {} : { onCreated })}
      onBack={onBack}
    />
  </Suspense>
);
