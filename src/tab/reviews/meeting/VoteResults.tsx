import { Checkbox, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { MEETING_LIMITS, tieMessage, type VoteCount } from '../../../domain';
import { useMeetingStyles } from './meetingStyles';

export interface VoteResultsProps {
  readonly counts: readonly VoteCount[];
  readonly chosen: readonly string[];
  /** "How many become long-term targets?" */
  readonly howManyLabel: string;
  readonly readOnly: boolean;
  onTakeTop(n: number): void;
  onChoose(id: string, chosen: boolean): void;
}

/**
 * The count, most votes first; the group agrees how many to take and the most-voted are ticked. A tie
 * at the cut is said in words: the facilitator decides, after discussion, by ticking.
 */
export const VoteResults = ({
  counts,
  chosen,
  howManyLabel,
  readOnly,
  onTakeTop,
  onChoose,
}: VoteResultsProps) => {
  const styles = useMeetingStyles();
  const tie = chosen.length > 0 ? tieMessage(counts, chosen.length) : null;
  return (
    <div className={styles.section}>
      <Field label={howManyLabel} hint="The most-voted are ticked; untick or tick to change the choice.">
        <Input
          type="number"
          size="large"
          min={0}
          max={Math.min(MEETING_LIMITS.chosen, counts.length)}
          readOnly={readOnly}
          value={chosen.length === 0 ? '' : String(chosen.length)}
          onChange={(_, d) => {
            const n = Number(d.value);
            if (Number.isInteger(n) && n >= 0) onTakeTop(Math.min(n, MEETING_LIMITS.chosen));
          }}
        />
      </Field>
      {tie ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tie}</MessageBarBody>
        </MessageBar>
      ) : null}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>The count, most votes first</legend>
        {counts.map((count) => (
          <Checkbox
            key={count.item.id}
            size="large"
            disabled={readOnly}
            checked={chosen.includes(count.item.id)}
            label={`${count.item.text}: ${count.votes} ${count.votes === 1 ? 'vote' : 'votes'}`}
            onChange={(_, d) => onChoose(count.item.id, d.checked === true)}
          />
        ))}
        {counts.length === 0 ? <Text>Nothing to count yet.</Text> : null}
      </fieldset>
    </div>
  );
};
