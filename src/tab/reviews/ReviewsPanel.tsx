import { Body1, Button, Caption1, Card, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AppServices } from '../../app/services';
import { canScheduleReview, isReadOnly, type Plan, type Review } from '../../domain';
import { useStaffAccess } from '../shared/useStaffAccess';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { RescheduleDialog } from './RescheduleDialog';
import { reviewRecordHash } from './reviewRoutes';
import { reviewName, reviewStatus, reviewWhen, reviewWhere, sortReviews } from './reviewSummary';
import { ScheduleReviewDialog } from './ScheduleReviewDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ReviewsPanelProps {
  readonly services: AppServices;
  readonly plan: Plan;
  readonly reviews: readonly Review[];
  /** Told of every saved change, so the page holding the plan can keep its copy of the reviews. */
  onReviewSaved?(review: Review): void;
}

type Open =
  { readonly kind: 'schedule' } | { readonly kind: 'reschedule' | 'cancel'; readonly review: Review } | null;

/**
 * The plan's review meetings: schedule one in Outlook, move or cancel it, open its record. A self-contained
 * section the IEP editor renders below the plan (and the reviews page renders on its own).
 */
export const ReviewsPanel = ({ services, plan, reviews: initial, onReviewSaved }: ReviewsPanelProps) => {
  const styles = useStyles();
  const [reviews, setReviews] = useState<readonly Review[]>(initial);
  const [open, setOpen] = useState<Open>(null);
  const access = useStaffAccess(services);
  // Scheduling, moving and cancelling meetings are for the SEN leads and the class's teachers.
  const mayArrange = access !== null && canScheduleReview(access, plan.pupil.classTeamId);
  const readOnly = isReadOnly(plan) || !mayArrange;

  const saved = (review: Review) => {
    setReviews((current) => [review, ...current.filter((r) => r.id !== review.id)]);
    setOpen(null);
    onReviewSaved?.(review);
  };

  return (
    <section className={styles.root} aria-labelledby="reviews-title">
      <div className={styles.header}>
        <Text as="h2" id="reviews-title" size={500} weight="semibold">
          Reviews
        </Text>
        {readOnly ? null : (
          <Button icon={<CalendarAdd20Regular />} onClick={() => setOpen({ kind: 'schedule' })}>
            Schedule review
          </Button>
        )}
      </div>
      {reviews.length === 0 ? (
        <Body1>
          {readOnly
            ? 'No reviews yet.'
            : 'No reviews yet. Schedule one to invite parents, carers and staff from Outlook.'}
        </Body1>
      ) : null}
      <ul className={styles.list} aria-label="Reviews of this plan">
        {sortReviews(reviews).map((review) => {
          const name = reviewName(review);
          const canChange = !readOnly && review.status === 'scheduled' && review.eventId !== null;
          return (
            <li key={review.id}>
              <Card appearance="subtle">
                <Text weight="semibold">{name}</Text>
                <Body1>
                  {reviewWhen(review)} · {reviewWhere(review)}
                </Body1>
                <Caption1>Status: {reviewStatus(review)}</Caption1>
                <div className={styles.actions}>
                  <Link
                    href={reviewRecordHash(plan.id, review.id)}
                    aria-label={`Open the record of the ${name.toLowerCase()}`}
                  >
                    Open review record
                  </Link>
                  {canChange ? (
                    <>
                      <Button
                        size="small"
                        aria-label={`Reschedule the ${name.toLowerCase()}`}
                        onClick={() => setOpen({ kind: 'reschedule', review })}
                      >
                        Reschedule
                      </Button>
                      <Button
                        size="small"
                        aria-label={`Cancel the ${name.toLowerCase()}`}
                        onClick={() => setOpen({ kind: 'cancel', review })}
                      >
                        Cancel meeting
                      </Button>
                    </>
                  ) : null}
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
      {readOnly ? null : (
        <ScheduleReviewDialog
          services={services}
          plan={plan}
          open={open?.kind === 'schedule'}
          onClose={() => setOpen(null)}
          onScheduled={saved}
        />
      )}
      {open?.kind === 'reschedule' ? (
        <RescheduleDialog
          services={services}
          review={open.review}
          onClose={() => setOpen(null)}
          onRescheduled={saved}
        />
      ) : null}
      {open?.kind === 'cancel' ? (
        <CancelMeetingDialog
          services={services}
          review={open.review}
          onClose={() => setOpen(null)}
          onCancelled={saved}
        />
      ) : null}
    </section>
  );
};
