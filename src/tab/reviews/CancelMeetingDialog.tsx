import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AppServices } from '../../app/services';
import type { Review } from '../../domain';
import { LimitedTextField } from '../../ui/LimitedTextField';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { cancelReviewMeeting } from '../../app/usecases/reviews/reviewCalendarActions';
import { reviewName } from './reviewSummary';

export interface CancelMeetingDialogProps {
  readonly services: AppServices;
  readonly review: Review;
  onClose(): void;
  onCancelled(review: Review): void;
}

const DEFAULT_MESSAGE = 'We need to rearrange this review. We will send a new invitation soon.';

/** Cancels the meeting in Outlook (everyone invited is told, with this message) and marks the review cancelled. */
export const CancelMeetingDialog = ({ services, review, onClose, onCancelled }: CancelMeetingDialogProps) => {
  const [message, setMessage] = useState(DEFAULT_MESSAGE);
  const [state, setState] = useState<
    { status: 'editing' | 'sending' } | { status: 'failed'; error: unknown }
  >({ status: 'editing' });
  const sending = state.status === 'sending';

  const submit = async () => {
    setState({ status: 'sending' });
    try {
      const deps = { store: services.store, calendar: services.calendar, clock: services.clock };
      onCancelled(await cancelReviewMeeting(deps, review, message.trim()));
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open || sending ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Cancel the {reviewName(review).toLowerCase()}?</DialogTitle>
          <DialogContent>
            <LimitedTextField
              label="Message to everyone invited"
              value={message}
              multiline
              rows={3}
              readOnly={sending}
              onChange={setMessage}
            />
            {state.status === 'failed' ? (
              <ErrorMessage error={state.error} title="The meeting could not be cancelled" />
            ) : null}
            {sending ? <Spinner size="tiny" label="Cancelling…" /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={sending} onClick={() => void submit()}>
              Cancel meeting
            </Button>
            <Button disabled={sending} onClick={onClose}>
              Keep meeting
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
