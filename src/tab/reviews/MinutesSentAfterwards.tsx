import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AppServices } from '../../app/services';
import type { Review } from '../../domain';
import { DateField } from '../../ui/DateField';
import { ErrorMessage } from '../../ui/common/ErrorMessage';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

export interface MinutesSentAfterwardsProps {
  readonly services: AppServices;
  readonly review: Review;
  onSaved(review: Review): void;
}

type State =
  { readonly status: 'idle' | 'saving' | 'saved' } | { readonly status: 'failed'; readonly error: unknown };

/**
 * Minutes go out after the meeting, usually after the review is completed and the plan's version
 * closed: the one part of a completed review record that can still be filled in.
 */
export const MinutesSentAfterwards = ({ services, review, onSaved }: MinutesSentAfterwardsProps) => {
  const styles = useStyles();
  const [date, setDate] = useState<string | null>(review.minutesSentOn);
  const [state, setState] = useState<State>({ status: 'idle' });
  const save = async () => {
    setState({ status: 'saving' });
    try {
      onSaved(await services.store.saveReview({ ...review, minutesSentOn: date }));
      setState({ status: 'saved' });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <DateField
          label="Minutes sent"
          value={date}
          onChange={(next) => {
            setDate(next);
            setState({ status: 'idle' });
          }}
        />
        <Button
          disabled={state.status === 'saving' || date === review.minutesSentOn}
          onClick={() => void save()}
        >
          Save date minutes sent
        </Button>
      </div>
      {state.status === 'saving' ? <Spinner size="tiny" label="Saving…" /> : null}
      {state.status === 'saved' ? (
        <MessageBar intent="success">
          <MessageBarBody>The date the minutes were sent is saved.</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'failed' ? (
        <ErrorMessage error={state.error} title="The date the minutes were sent could not be saved" />
      ) : null}
    </div>
  );
};
