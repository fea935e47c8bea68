import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { formatMeetingTime, isDomainError, wallClockIn, type TimeSlot } from '../../domain';
import type { SuggestState } from './useScheduleReview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The sentence the brief and the law both need: parents' diaries are not ours to read. */
export const PARENTS_AVAILABILITY_NOTE =
  "Suggested times check the calendars of school staff only. Parents' and carers' availability is not checked: they are outside the school's Microsoft 365, so agree the time with them first.";

export interface SuggestedTimesProps {
  readonly state: SuggestState;
  readonly timeZone: string;
  readonly disabled: boolean;
  readonly staffCount: number;
  onFind(): void;
  onChoose(date: string, time: string): void;
}

const slotKey = (slot: TimeSlot): string => slot.start;

export const SuggestedTimes = ({
  state,
  timeZone,
  disabled,
  staffCount,
  onFind,
  onChoose,
}: SuggestedTimesProps) => {
  const styles = useStyles();
  const choose = (start: string) => {
    const wall = wallClockIn(start, timeZone);
    onChoose(wall.slice(0, 10), wall.slice(11, 16));
  };
  return (
    <section className={styles.root} aria-labelledby="suggested-times-title">
      <Text as="h3" id="suggested-times-title" weight="semibold" size={400}>
        Find a time
      </Text>
      <Caption1 className={styles.note}>{PARENTS_AVAILABILITY_NOTE}</Caption1>
      <div>
        <Button onClick={onFind} disabled={disabled || staffCount === 0 || state.status === 'loading'}>
          Suggest times for staff
        </Button>
      </div>
      {staffCount === 0 ? (
        <Caption1>
          Invite at least one member of staff with a school email address to see suggestions.
        </Caption1>
      ) : null}
      {state.status === 'loading' ? <Spinner size="tiny" label="Checking staff calendars…" /> : null}
      {state.status === 'failed' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Staff calendars could not be checked.{' '}
            {isDomainError(state.error) ? state.error.advice : 'Try again in a minute.'} You can still choose
            a date and time yourself.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'ready' && state.slots.length === 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            No time that week suits every member of staff invited. Choose a date and time yourself, or try
            another week.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'ready' && state.slots.length > 0 ? (
        <Field label="Suggested times">
          <RadioGroup onChange={(_, data) => choose(data.value)} disabled={disabled}>
            {state.slots.map((slot) => (
              <Radio key={slotKey(slot)} value={slot.start} label={formatMeetingTime(slot.start, timeZone)} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
    </section>
  );
};
