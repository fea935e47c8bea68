import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AppServices } from '../../app/services';
import {
  canScheduleReview,
  formatMeetingTime,
  isReadOnly,
  meetingTargets,
  type PlanId,
  type Plan,
  type Review,
} from '../../domain';
import { useStaffAccess } from '../shared/useStaffAccess';
import { MinutesSentAfterwards } from './MinutesSentAfterwards';
import { DateField } from '../../ui/DateField';
import { SaveFailedMessage } from '../../ui/common/SaveFailedMessage';
import { CopiesSentHome } from './CopiesSentHome';
import { AgendaSection, AttendanceSection, TargetOutcomesSection, ViewsSection } from './RecordSections';
import { completeReview, undecidedTargets } from '../../app/usecases/reviews/reviewRecord';
import { reviewName, reviewStatus, reviewWhen, reviewWhere } from './reviewSummary';
import { useFocusWhenTrapped } from '../../ui/common/useFocusWhenTrapped';
import { RecordLockFailed } from '../shared/RecordLockFailed';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '56rem' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ReviewRecordFormProps {
  readonly services: AppServices;
  readonly plan: Plan;
  readonly review: Review;
  /** The review was completed; `planId` is the new version of the plan. */
  onCompleted(planId: PlanId): void;
}

type Busy =
  | { readonly status: 'idle' | 'saving' | 'completing' | 'saved' }
  | { readonly status: 'failed'; readonly error: unknown; readonly title: string }
  /** Completed, but SharePoint has not locked the closed version: said before moving on. */
  | {
      readonly status: 'lock-failed' | 'locking';
      readonly error: unknown;
      readonly openedId: PlanId;
    };

/** The review record (Highland): attendance, outcomes, views, meeting notes, dates; then "Complete review". */
export const ReviewRecordForm = ({ services, plan, review: initial, onCompleted }: ReviewRecordFormProps) => {
  const styles = useStyles();
  const [review, setReview] = useState<Review>(initial);
  const [busy, setBusy] = useState<Busy>({ status: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useFocusWhenTrapped<HTMLDivElement>(confirming, 'button');
  const readOnly = isReadOnly(plan) || review.status === 'completed' || review.planId !== plan.id;
  const access = useStaffAccess(services);
  const mayArrange = access !== null && canScheduleReview(access, plan.pupil.classTeamId);
  const meetingAhead = review.start !== null && Date.parse(review.start) > services.clock.now().getTime();
  const working = busy.status === 'saving' || busy.status === 'completing';
  // The review is completed already: only the lock is left to try.
  const completedNow = busy.status === 'lock-failed' || busy.status === 'locking';
  const edit = (next: Review) => {
    setReview(next);
    if (busy.status === 'saved') setBusy({ status: 'idle' });
  };

  const save = async () => {
    setBusy({ status: 'saving' });
    try {
      setReview(await services.store.saveReview(review));
      setBusy({ status: 'saved' });
    } catch (error) {
      setBusy({ status: 'failed', error, title: 'The review record could not be saved' });
    }
  };

  const complete = async () => {
    setConfirming(false);
    setBusy({ status: 'completing' });
    try {
      const {
        review: completed,
        closing,
        next,
      } = completeReview(plan, review, { clock: services.clock, terms: services.settings.terms });
      const result = await services.store.commitNextVersion(closing, next, completed);
      if (result.recordLock?.status === 'failed')
        setBusy({ status: 'lock-failed', error: result.recordLock.error, openedId: result.opened.id });
      else onCompleted(result.opened.id);
    } catch (error) {
      setBusy({ status: 'failed', error, title: 'The review could not be completed' });
    }
  };

  // Labelling is idempotent, so locking the pupil's closed versions again is always safe.
  const lockAgain = async (openedId: PlanId) => {
    setBusy({ status: 'locking', error: null, openedId });
    const outcome = await services.store.lockClosedVersions?.(plan.pupil.pupilId);
    if (outcome?.status === 'failed') setBusy({ status: 'lock-failed', error: outcome.error, openedId });
    else onCompleted(openedId);
  };

  const undecided = undecidedTargets(plan, review);
  // Only counted here: the ids are made again when the review is completed.
  const fromMeeting = review.meeting ? meetingTargets(review.meeting, () => 'count') : null;
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="meeting-title">
        <Text as="h2" id="meeting-title" size={500} weight="semibold">
          {reviewName(review)}
        </Text>
        <Text>
          {reviewWhen(review)} · {reviewWhere(review)} · Status: {reviewStatus(review)}
        </Text>
        <DateField
          label="Invitations sent"
          value={review.invitationsSentOn}
          readOnly={readOnly}
          onChange={(invitationsSentOn) => edit({ ...review, invitationsSentOn })}
        />
        {review.status === 'completed' && mayArrange ? (
          <MinutesSentAfterwards services={services} review={review} onSaved={setReview} />
        ) : (
          <DateField
            label="Minutes sent"
            value={review.minutesSentOn}
            readOnly={readOnly}
            onChange={(minutesSentOn) => edit({ ...review, minutesSentOn })}
          />
        )}
        <AttendanceSection plan={plan} review={review} readOnly={readOnly} onChange={edit} />
      </section>
      <TargetOutcomesSection plan={plan} review={review} readOnly={readOnly} onChange={edit} />
      <ViewsSection plan={plan} review={review} readOnly={readOnly} onChange={edit} />
      <AgendaSection plan={plan} review={review} readOnly={readOnly} onChange={edit} />
      <DateField
        label="Review completed on"
        value={review.completedOn}
        readOnly={readOnly}
        onChange={(completedOn) => edit({ ...review, completedOn })}
      />
      {review.status === 'completed' ? (
        <CopiesSentHome services={services} plan={plan} review={review} onRecorded={setReview} />
      ) : null}
      {busy.status === 'failed' ? <SaveFailedMessage error={busy.error} title={busy.title} /> : null}
      {busy.status === 'lock-failed' || busy.status === 'locking' ? (
        <RecordLockFailed
          error={busy.error}
          busy={busy.status === 'locking'}
          onRetry={() => void lockAgain(busy.openedId)}
          onContinue={{ label: 'Open the new version', run: () => onCompleted(busy.openedId) }}
        />
      ) : null}
      {busy.status === 'saved' ? (
        <MessageBar intent="success">
          <MessageBarBody>The review record is saved.</MessageBarBody>
        </MessageBar>
      ) : null}
      {working ? (
        <Spinner size="tiny" label={busy.status === 'saving' ? 'Saving…' : 'Completing the review…'} />
      ) : null}
      {readOnly ? (
        <MessageBar intent="info">
          <MessageBarBody>
            This review is part of a closed version of the plan and can no longer be changed.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.actions}>
          <Button disabled={working || completedNow} onClick={() => void save()}>
            Save review record
          </Button>
          <Button appearance="primary" disabled={working || completedNow} onClick={() => setConfirming(true)}>
            Complete review
          </Button>
        </div>
      )}
      <Dialog open={confirming} modalType="alert" onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface aria-describedby={undefined} ref={confirmRef}>
          <DialogBody>
            <DialogTitle>Complete this review?</DialogTitle>
            <DialogContent>
              <p>
                Version {plan.version} of {plan.pupil.name}&rsquo;s plan will be closed and kept as a record.
                Version {plan.version + 1} starts with the targets marked Continued and the views recorded
                here.
              </p>
              {meetingAhead && review.start ? (
                <p>
                  <strong>The meeting has not happened yet:</strong> it is on{' '}
                  {formatMeetingTime(review.start, review.timeZone)}. Complete the review only if it has been
                  held already, for example at another time.
                </p>
              ) : null}
              {fromMeeting && fromMeeting.longTermTargets.length > 0 ? (
                <p>
                  The solution-focused meeting adds {fromMeeting.longTermTargets.length} long-term and{' '}
                  {fromMeeting.shortTermTargets.length} short-term target(s) to version {plan.version + 1} as
                  drafts, for the team to make SMART.
                </p>
              ) : null}
              {undecided > 0 ? (
                <p>
                  {undecided} target(s) still say In progress. They will not be carried forward unless you
                  mark them Continued.
                </p>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void complete()}>
                {meetingAhead
                  ? `Complete before the meeting and start version ${plan.version + 1}`
                  : `Complete review and start version ${plan.version + 1}`}
              </Button>
              <Button onClick={() => setConfirming(false)}>Not yet</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
};
