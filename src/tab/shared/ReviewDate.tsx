import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../domain/dates';
import type { ReviewState } from '../../domain/reviewSchedule';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ReviewDateProps {
  readonly date: string | null;
  readonly state: ReviewState | 'booked';
  readonly timeZone: string;
  /** ISO start of a booked meeting: shown instead of "overdue" or "due soon". */
  readonly bookedFor?: string | null;
}

/** The next review as DD/MM/YYYY, with a worded badge (not colour alone) when it is overdue or due soon. */
export const ReviewDate = ({ date, state, timeZone, bookedFor }: ReviewDateProps) => {
  const styles = useStyles();
  if (state === 'booked' && bookedFor)
    return (
      <span className={styles.root}>
        <span>{formatUkDate(bookedFor, timeZone)}</span>
        <Badge appearance="tint" color="success" shape="rounded">
          Meeting booked
        </Badge>
      </span>
    );
  if (date === null) return <span>Not set</span>;
  return (
    <span className={styles.root}>
      <span>{formatUkDate(date, timeZone)}</span>
      {state === 'overdue' ? (
        <Badge appearance="filled" color="danger" shape="rounded">
          Overdue
        </Badge>
      ) : null}
      {state === 'due-soon' ? (
        <Badge appearance="tint" color="warning" shape="rounded">
          Due soon
        </Badge>
      ) : null}
    </span>
  );
};
