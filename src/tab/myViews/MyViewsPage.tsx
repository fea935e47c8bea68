import { Body1, Link, Text } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AppServices } from '../../app/services';
import { canEditPlan, isReadOnly, type PlanId } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { usePageStyles } from '../shared/usePageStyles';
import { useStaffAccess } from '../shared/useStaffAccess';
import { MyViewsForm } from './MyViewsForm';

export interface MyViewsPageProps {
  readonly services: AppServices;
  readonly planId: PlanId;
}

/**
 * `#/plan/<id>/my-views`: the child's views, filled in by the child with an adult. Whoever may change the
 * plan may fill it in (it is saved with the plan); anyone else who can open the plan reads it.
 */
export const MyViewsPage = ({ services, planId }: MyViewsPageProps) => {
  const styles = usePageStyles();
  const access = useStaffAccess(services);
  const load = useCallback(() => services.store.openPlan(planId), [services.store, planId]);
  const { state, reload } = useLoad(load);
  if (state.status === 'loading' || access === null) return <PageSkeleton label="Opening My views" />;
  if (state.status === 'error')
    return <ErrorMessage error={state.error} title="My views could not be opened" onRetry={reload} page />;
  const { plan } = state.data;
  const mayEdit = canEditPlan(access, plan.pupil.classTeamId);
  const readOnly = !mayEdit || isReadOnly(plan);
  return (
    <section className={styles.root} aria-labelledby="my-views-title">
      <Text as="h1" id="my-views-title" size={800} weight="semibold">
        My views
      </Text>
      <Text size={500}>{plan.pupil.name}</Text>
      <Link href={routeHash({ name: 'plan', planId: plan.id })}>Back to the plan</Link>
      {readOnly ? (
        <Body1>
          {mayEdit
            ? 'This version of the plan is closed: its views are kept as they were.'
            : 'Only staff who may change this plan fill in My views; you can read them here.'}
        </Body1>
      ) : null}
      <MyViewsForm services={services} plan={plan} readOnly={readOnly} />
    </section>
  );
};
