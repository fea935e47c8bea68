import { Body1, Link } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AppServices } from '../../../app/services';
import { canEditPlan, isReadOnly, type PlanId, type ReviewId } from '../../../domain';
import { PupilHeader } from '../../../ui/PupilHeader';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../../ui/common/PageSkeleton';
import { useLoad } from '../../../ui/common/useLoad';
import { usePageStyles } from '../../shared/usePageStyles';
import { useStaffAccess } from '../../shared/useStaffAccess';
import { reviewRecordHash } from '../reviewRoutes';
import { MeetingBoard } from './MeetingBoard';

export interface SolutionFocusedMeetingPageProps {
  readonly services: AppServices;
  readonly planId: PlanId;
  readonly reviewId: ReviewId;
}

/**
 * `#/plan/<id>/reviews/<reviewId>/meeting`: the review held as a solution-focused planning meeting, on
 * a screen the room shares. Only those who may change the plan run it; its targets go into the plan.
 */
export const SolutionFocusedMeetingPage = ({
  services,
  planId,
  reviewId,
}: SolutionFocusedMeetingPageProps) => {
  const styles = usePageStyles();
  const access = useStaffAccess(services);
  const load = useCallback(() => services.store.openPlan(planId), [services.store, planId]);
  const { state, reload } = useLoad(load);
  if (state.status === 'loading' || access === null) return <PageSkeleton label="Loading the meeting" />;
  if (state.status === 'error')
    return <ErrorMessage error={state.error} title="The meeting could not be loaded" onRetry={reload} page />;
  const { plan, reviews } = state.data;
  const review = reviews.find((r) => r.id === reviewId);
  const mayRun = canEditPlan(access, plan.pupil.classTeamId);
  const readOnly = isReadOnly(plan) || review?.status === 'completed' || review?.planId !== plan.id;
  return (
    <section className={styles.root} aria-label={`Solution-focused meeting for ${plan.pupil.name}`}>
      <PupilHeader plan={plan} headingLevel={1} />
      <Link href={reviewRecordHash(plan.id, reviewId)}>Back to the review record</Link>
      {!mayRun ? (
        <Body1>
          Only the SENCO and the class teacher run a solution-focused meeting, since its targets go into the
          plan. The review record shows the meeting once it is saved.
        </Body1>
      ) : review ? (
        <MeetingBoard services={services} plan={plan} review={review} readOnly={readOnly} />
      ) : (
        <Body1>This review is not on this version of the plan. Open the plan to see its history.</Body1>
      )}
    </section>
  );
};
