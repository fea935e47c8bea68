import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AppServices } from '../../app/services';
import { canEditPlan, type PlanId, type ReviewId } from '../../domain';
import { PupilHeader } from '../../ui/PupilHeader';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { ExportDocxButton } from '../export/ExportDocxButton';
import { ReviewRecordForm } from './ReviewRecordForm';
import { useStaffAccess } from '../shared/useStaffAccess';
import { planReviewsHash, reviewMeetingHash } from './reviewRoutes';
import { ReviewsPanel } from './ReviewsPanel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingVerticalL,
  },
});

const planHash = (planId: PlanId): string => `#/plan/${encodeURIComponent(planId)}`;

export interface PlanReviewsPageProps {
  readonly services: AppServices;
  readonly planId: PlanId;
}

/** `#/plan/<id>/reviews`: the plan's review meetings on a page of their own. */
export const PlanReviewsPage = ({ services, planId }: PlanReviewsPageProps) => {
  const styles = useStyles();
  const load = useCallback(() => services.store.openPlan(planId), [services.store, planId]);
  const { state, reload } = useLoad(load);
  if (state.status === 'loading') return <PageSkeleton label="Loading the plan's reviews" />;
  if (state.status === 'error')
    return <ErrorMessage error={state.error} title="The plan could not be loaded" onRetry={reload} page />;
  const { plan, reviews } = state.data;
  return (
    <section className={styles.root} aria-label={`Reviews of ${plan.pupil.name}'s plan`}>
      <PupilHeader plan={plan} headingLevel={1} />
      <Link href={planHash(plan.id)}>Back to the plan</Link>
      <ReviewsPanel services={services} plan={plan} reviews={reviews} />
    </section>
  );
};

export interface ReviewRecordPageProps {
  readonly services: AppServices;
  readonly planId: PlanId;
  readonly reviewId: ReviewId;
  onCompleted(planId: PlanId): void;
}

/** `#/plan/<id>/reviews/<reviewId>`: the record of one review, and "Complete review". */
export const ReviewRecordPage = ({ services, planId, reviewId, onCompleted }: ReviewRecordPageProps) => {
  const styles = useStyles();
  const access = useStaffAccess(services);
  const load = useCallback(() => services.store.openPlan(planId), [services.store, planId]);
  const { state, reload } = useLoad(load);
  if (state.status === 'loading') return <PageSkeleton label="Loading the review record" />;
  if (state.status === 'error')
    return (
      <ErrorMessage error={state.error} title="The review record could not be loaded" onRetry={reload} page />
    );
  const { plan, reviews } = state.data;
  const review = reviews.find((r) => r.id === reviewId);
  return (
    <section className={styles.root} aria-label={`Review record for ${plan.pupil.name}`}>
      <PupilHeader plan={plan} headingLevel={1} />
      <Link href={planReviewsHash(plan.id)}>All reviews of this plan</Link>
      {/* Only those who may change the plan run the meeting: its targets go into the next version. */}
      {review && access && canEditPlan(access, plan.pupil.classTeamId) ? (
        <Link href={reviewMeetingHash(plan.id, review.id)}>
          {review.meeting ? 'Open the solution-focused meeting' : 'Hold it as a solution-focused meeting'}
        </Link>
      ) : null}
      {review ? (
        <ExportDocxButton
          exporter={services.documents}
          store={services.store}
          provisions={services.provisions}
          plan={plan}
          reviews={[review]}
          names={services.settings.documentNames}
        />
      ) : null}
      {review ? (
        <ReviewRecordForm services={services} plan={plan} review={review} onCompleted={onCompleted} />
      ) : (
        <Body1>
          This review is not on this version of the plan. It may have been recorded on another version; open
          the plan to see its history.
        </Body1>
      )}
    </section>
  );
};
