import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import { formatMeetingTime, todayIn, type Plan, type Review } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { InvitationCheck } from './InvitationCheck';
import { InviteeList } from './InviteeList';
import { ScheduleFields } from './ScheduleFields';
import { initialScheduleForm, internalInvitees } from '../../app/usecases/reviews/scheduleForm';
import { SuggestedTimes } from './SuggestedTimes';
import { useScheduleReview } from './useScheduleReview';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ScheduleReviewDialogProps {
  readonly services: AppServices;
  readonly plan: Plan;
  readonly open: boolean;
  onClose(): void;
  /** The review record once invitations have gone. */
  onScheduled(review: Review): void;
}

const DialogForm = ({ services, plan, onClose, onScheduled }: Omit<ScheduleReviewDialogProps, 'open'>) => {
  const styles = useStyles();
  const { form, update, send, submit, sendNow, backToForm, suggest, findTimes, problems, locked, timeZone } =
    useScheduleReview(
      services,
      plan,
      initialScheduleForm(plan, services.currentUser, todayIn(services.clock, services.settings.timeZone)),
    );
  const sending = send.status === 'sending';
  const inviteeError = problems.find((p) => p.field === 'invitees')?.message;

  if (send.status === 'sent') {
    const review = send.review;
    return (
      <DialogBody>
        <DialogTitle>Invitations sent</DialogTitle>
        <DialogContent>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The review is in Outlook.</MessageBarTitle>
              {review.start ? `${formatMeetingTime(review.start, review.timeZone)}. ` : ''}
              {review.invitees.filter((i) => i.email).length} people were sent an invitation. Outlook will
              tell them if the time changes.
            </MessageBarBody>
          </MessageBar>
          {send.teamsLinkMissing ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The invitation went out without a Teams link.</MessageBarTitle>
                Microsoft 365 did not add a Teams meeting for your calendar (Teams meetings may not be turned
                on for your account). Open the meeting in Outlook, choose Teams meeting and send the update,
                so everyone gets the link; or tell them where to meet instead.
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={() => onScheduled(review)}>
            Done
          </Button>
        </DialogActions>
      </DialogBody>
    );
  }

  if (send.status === 'confirming') {
    const count = form.invitees.filter((i) => i.invited && i.email).length;
    return (
      <DialogBody>
        <DialogTitle>Check who is invited</DialogTitle>
        <DialogContent className={styles.content}>
          <InvitationCheck
            plan={plan}
            invitees={form.invitees}
            wording={services.settings.invitations}
            includeTargets={form.includeTargets}
          />
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={() => void sendNow()}>
            {count === 1 ? 'Send to 1 person' : `Send to ${count} people`}
          </Button>
          <Button onClick={backToForm}>Back</Button>
        </DialogActions>
      </DialogBody>
    );
  }

  return (
    <DialogBody>
      <DialogTitle>Schedule review for {plan.pupil.name}</DialogTitle>
      <DialogContent className={styles.content}>
        <ScheduleFields form={form} problems={problems} disabled={locked} onChange={update} />
        <InviteeList
          plan={plan}
          invitees={form.invitees}
          disabled={locked}
          error={inviteeError}
          onChange={(invitees) => update({ invitees })}
        />
        <Checkbox
          label="Include the current targets in the invitation"
          checked={form.includeTargets}
          disabled={locked}
          onChange={(_, data) => update({ includeTargets: data.checked === true })}
        />
        <Caption1>Everyone invited reads the invitation, including anyone from outside school.</Caption1>
        <SuggestedTimes
          state={suggest}
          timeZone={timeZone}
          disabled={locked}
          staffCount={internalInvitees(form).length}
          onFind={() => void findTimes()}
          onChoose={(date, time) => update({ date, time })}
        />
        {send.status === 'failed' ? (
          <ErrorMessage error={send.error} title="The invitations could not be sent" />
        ) : null}
        {locked && send.status === 'failed' ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              The review is saved. Sending again will not invite anyone twice, so it is safe to try again.
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {sending ? <Spinner size="tiny" label="Sending invitations…" /> : null}
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" onClick={submit} disabled={sending}>
          {send.status === 'failed' ? 'Try sending again' : 'Send invitations'}
        </Button>
        <Button onClick={onClose} disabled={sending}>
          Close
        </Button>
      </DialogActions>
    </DialogBody>
  );
};

/** Schedule an IEP review meeting in Outlook: type, people, time (with staff suggestions), place, reminder. */
export const ScheduleReviewDialog = (props: ScheduleReviewDialogProps) => (
  <Dialog
    open={props.open}
    onOpenChange={(_, data) => (data.open ? undefined : props.onClose())}
    modalType="modal"
  >
    <DialogSurface aria-describedby={undefined}>
      {props.open ? (
        <DialogForm
          services={props.services}
          plan={props.plan}
          onClose={props.onClose}
          onScheduled={props.onScheduled}
        />
      ) : null}
    </DialogSurface>
  </Dialog>
);
