import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { positiveWordingHint, requiredSingleLine, type FlipChartItem } from '../../../domain';
import { useMeetingStyles } from './meetingStyles';

export interface FlipChartProps {
  /** What the facilitator writes at the top of the sheet: "We need to…", "In how many ways might we…". */
  readonly prompt: string;
  /** "issue" or "action": names each line for screen readers ("Issue 2", "Remove action 3"). */
  readonly noun: string;
  readonly items: readonly FlipChartItem[];
  readonly readOnly: boolean;
  readonly full: boolean;
  onAdd(text: string): void;
  onEdit(id: string, text: string): void;
  onRemove(id: string): void;
}

const ITEM = requiredSingleLine('Flip-chart item');
const problemOf = (text: string): string | undefined => ITEM.safeParse(text).error?.issues[0]?.message;

/** One flip-chart sheet: each suggestion written up without debate, positively, with a box for votes. */
export const FlipChart = ({
  prompt,
  noun,
  items,
  readOnly,
  full,
  onAdd,
  onEdit,
  onRemove,
}: FlipChartProps) => {
  const styles = useMeetingStyles();
  const [draft, setDraft] = useState('');
  const [tried, setTried] = useState(false);
  const problem = tried ? problemOf(draft) : undefined;
  const hint = positiveWordingHint(draft);
  const add = () => {
    setTried(true);
    if (problemOf(draft) !== undefined) return;
    onAdd(draft);
    setDraft('');
    setTried(false);
  };
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <div className={styles.section}>
      {items.length === 0 ? <Text>Nothing is written on this sheet yet.</Text> : null}
      <ol className={styles.list}>
        {items.map((item, n) => {
          const itemHint = positiveWordingHint(item.text);
          const itemProblem = problemOf(item.text);
          return (
            <li key={item.id}>
              <div className={styles.row}>
                <Field
                  className={styles.grow}
                  label={`${Noun} ${n + 1}`}
                  validationState={itemProblem ? 'error' : itemHint ? 'warning' : 'none'}
                  validationMessage={itemProblem ?? itemHint ?? undefined}
                >
                  <Input
                    size="large"
                    value={item.text}
                    readOnly={readOnly}
                    onChange={(_, d) => onEdit(item.id, d.value)}
                  />
                </Field>
                {readOnly ? null : (
                  <Button onClick={() => onRemove(item.id)} aria-label={`Remove ${noun} ${n + 1}`}>
                    Remove
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {readOnly ? null : (
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <Field
            className={styles.grow}
            label={prompt}
            validationState={problem ? 'error' : hint ? 'warning' : 'none'}
            validationMessage={problem ?? hint ?? (full ? 'This sheet is full.' : undefined)}
          >
            <Input size="large" value={draft} disabled={full} onChange={(_, d) => setDraft(d.value)} />
          </Field>
          <Button type="submit" appearance="primary" size="large" disabled={full}>
            Add {noun}
          </Button>
        </form>
      )}
    </div>
  );
};
