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
import { wallClockIn, type Review } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { MeetingTimeFields, type MeetingTime } from './MeetingTimeFields';
import { rescheduleReview } from '../../app/usecases/reviews/reviewCalendarActions';
import { reviewName } from './reviewSummary';
import { meetingTimeProblems, meetingTimes, type FormProblem } from '../../app/usecases/reviews/scheduleForm';

export interface RescheduleDialogProps {
  readonly services: AppServices;
  readonly review: Review;
  onClose(): void;
  onRescheduled(review: Review): void;
}

const currentTime = (review: Review): MeetingTime => {
  if (!review.start || !review.end) return { date: null, time: '15:45', durationMinutes: 45 };
  const wall = wallClockIn(review.start, review.timeZone);
  return {
    date: wall.slice(0, 10),
    time: wall.slice(11, 16),
    durationMinutes: Math.round((Date.parse(review.end) - Date.parse(review.start)) / 60_000),
  };
};

/** Moves the meeting in Outlook; Outlook sends everyone the update. */
export const RescheduleDialog = ({ services, review, onClose, onRescheduled }: RescheduleDialogProps) => {
  const [value, setValue] = useState<MeetingTime>(() => currentTime(review));
  const [state, setState] = useState<
    { status: 'editing' | 'sending' } | { status: 'failed'; error: unknown }
  >({ status: 'editing' });
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);

  const submit = async () => {
    const found = meetingTimeProblems(value, services.clock, review.timeZone, 'Choose the new date.');
    setProblems(found);
    if (found.length > 0) return;
    setState({ status: 'sending' });
    try {
      const { start, end } = meetingTimes(value, review.timeZone);
      const deps = { store: services.store, calendar: services.calendar, clock: services.clock };
      onRescheduled(await rescheduleReview(deps, review, start, end));
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  const sending = state.status === 'sending';
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open || sending ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Reschedule the {reviewName(review).toLowerCase()}</DialogTitle>
          <DialogContent>
            <MeetingTimeFields
              value={value}
              dateError={problems.find((p) => p.field === 'date')?.message}
              timeError={problems.find((p) => p.field === 'time')?.message}
              disabled={sending}
              onChange={(change) => setValue((v) => ({ ...v, ...change }))}
            />
            {state.status === 'failed' ? (
              <ErrorMessage error={state.error} title="The meeting could not be moved" />
            ) : null}
            {sending ? <Spinner size="tiny" label="Sending the new time…" /> : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={sending} onClick={() => void submit()}>
              Send update
            </Button>
            <Button disabled={sending} onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
