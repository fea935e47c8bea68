import { Field, Input, mergeClasses, Text, useId } from '@fluentui/react-components';
import { ballotMessage, votesOf, type Ballot, type FlipChartItem } from '../../../domain';
import { useMeetingStyles } from './meetingStyles';

export interface MemberVotesProps {
  readonly member: string;
  readonly items: readonly FlipChartItem[];
  readonly ballots: readonly Ballot[];
  readonly readOnly: boolean;
  onVote(itemId: string, count: number): void;
}

/** Reads a typed count: blank is none; anything else is kept as typed for the rules to judge. */
const countOf = (value: string): number => (value.trim() === '' ? 0 : Number(value));

/**
 * One member's 5 votes, as the facilitator records them on the shared screen: a box per line of the
 * flip chart, and under the member's name what is left to place or what to put right; every box is
 * described by that message, so a screen reader hears it at each box.
 */
export const MemberVotes = ({ member, items, ballots, readOnly, onVote }: MemberVotesProps) => {
  const styles = useMeetingStyles();
  const messageId = useId('member-votes-');
  const message = ballotMessage(ballots, member, items);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Votes from {member}</legend>
      <div className={styles.votes}>
        {items.map((item) => {
          const votes = votesOf(ballots, member, item.id);
          return (
            <Field key={item.id} label={item.text}>
              <Input
                type="number"
                size="large"
                min={0}
                max={5}
                step={1}
                readOnly={readOnly}
                aria-describedby={messageId}
                aria-invalid={message?.kind === 'error' && votes > 0}
                value={votes === 0 ? '' : String(votes)}
                onChange={(_, d) => onVote(item.id, countOf(d.value))}
              />
            </Field>
          );
        })}
      </div>
      <Text
        id={messageId}
        weight="semibold"
        className={mergeClasses(
          message?.kind === 'error' ? styles.error : message ? styles.hint : styles.done,
        )}
      >
        {message?.text ?? `${member} has placed all 5 votes.`}
      </Text>
    </fieldset>
  );
};
