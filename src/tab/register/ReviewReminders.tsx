import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { RegisterRow } from '../../app/usecases/register/registerRows';
import {
  classesToRemind,
  reminderSummaryText,
  remindersDueText,
  summariseReminders,
  type ReminderSummary,
} from '../../app/usecases/register/reviewReminders';
import type { Clock, ReviewReminderSender } from '../../domain';
import { formatMeetingTime } from '../../domain/zonedTime';
import { ErrorMessage } from '../../ui/common/ErrorMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '60rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

export interface ReviewRemindersProps {
  /** Every row on the register, not only those the filters show: each class is reminded of all its due reviews. */
  readonly rows: readonly RegisterRow[];
  readonly sender: ReviewReminderSender;
  readonly clock: Clock;
  readonly timeZone: string;
}

type SendState =
  | { readonly status: 'idle' }
  | { readonly status: 'sending' }
  | { readonly status: 'sent'; readonly at: Date; readonly summary: ReminderSummary }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * The SENCO reminds each class teacher, in their Teams activity feed, that some of their pupils'
 * reviews are overdue or due soon. The notice says how many; the teacher sees who in "My pupils".
 */
export const ReviewReminders = ({ rows, sender, clock, timeZone }: ReviewRemindersProps) => {
  const styles = useStyles();
  const reminders = useMemo(() => classesToRemind(rows), [rows]);
  const [state, setState] = useState<SendState>({ status: 'idle' });

  const send = async () => {
    setState({ status: 'sending' });
    try {
      const outcomes = await sender.send(reminders);
      setState({ status: 'sent', at: clock.now(), summary: summariseReminders(outcomes) });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };

  const sending = state.status === 'sending';
  return (
    <section className={styles.root} aria-labelledby="reminders-title">
      <Text as="h2" id="reminders-title" size={400} weight="semibold">
        Review reminders
      </Text>
      <div className={styles.row}>
        <Body1>{remindersDueText(reminders)}</Body1>
        <Button
          appearance="primary"
          disabled={sending || reminders.length === 0}
          icon={sending ? <Spinner size="tiny" /> : undefined}
          onClick={() => void send()}
        >
          {sending ? 'Sending reminders…' : 'Send reminders to class teachers'}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.status === 'sent' ? (
          <MessageBar
            intent={state.summary.failed + state.summary.classesUnknown > 0 ? 'warning' : 'success'}
            layout="multiline"
          >
            <MessageBarBody>
              {`Sent ${formatMeetingTime(state.at, timeZone)}. ${reminderSummaryText(state.summary)}`}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {state.status === 'error' ? (
        <ErrorMessage
          error={state.error}
          title="The reminders could not be sent"
          fallbackAdvice="Check your connection and try again."
          onRetry={() => void send()}
        />
      ) : null}
    </section>
  );
};
