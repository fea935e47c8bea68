import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../domain/dates';
import type { ReviewState } from '../../domain/reviewSchedule';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ReviewDateProps {
  readonly date: string | null;
  readonly state: ReviewState;
  readonly timeZone: string;
}

/** The next review as DD/MM/YYYY, with a worded badge (not colour alone) when it is overdue or due soon. */
export const ReviewDate = ({ date, state, timeZone }: ReviewDateProps) => {
  const styles = useStyles();
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
