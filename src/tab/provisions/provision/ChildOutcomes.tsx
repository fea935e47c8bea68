import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { outcomeFor } from '../../../app/usecases/provisions/groupTargets';
import {
  EditConflict,
  TARGET_OUTCOME_LABELS,
  TargetOutcomeSchema,
  type GroupOutcome,
  type GroupTarget,
  type Placement,
  type ProvisionStore,
} from '../../../domain';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { SelectField } from '../../../ui/SelectField';

const useStyles = makeStyles({
  child: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  target: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 14rem) 1fr',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

const OUTCOMES = TargetOutcomeSchema.options.map((o) => ({ value: o, label: TARGET_OUTCOME_LABELS[o] }));

export interface ChildOutcomesProps {
  readonly placement: Placement;
  readonly name: string;
  readonly targets: readonly GroupTarget[];
  readonly provisions: ProvisionStore;
  onSaved(placement: Placement): void;
}

/** One child's own outcome and comment for each shared target, saved on their placement alone. */
export const ChildOutcomes = ({ placement, name, targets, provisions, onSaved }: ChildOutcomesProps) => {
  const styles = useStyles();
  const [outcomes, setOutcomes] = useState<Record<string, GroupOutcome>>(() =>
    Object.fromEntries(targets.map((t) => [t.id, outcomeFor(placement, t)])),
  );
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const current = (target: GroupTarget): GroupOutcome => outcomes[target.id] ?? outcomeFor(placement, target);
  const set = (target: GroupTarget, patch: Partial<GroupOutcome>) =>
    setOutcomes({ ...outcomes, [target.id]: { ...current(target), ...patch } });

  const save = async () => {
    setBusy(true);
    setNotice(null);
    setFailure(null);
    try {
      const mine = Object.fromEntries(targets.map((t) => [t.id, current(t)]));
      const saved = await provisions.savePlacement(
        { ...placement, outcomes: { ...placement.outcomes, ...mine } },
        placement,
      );
      onSaved(saved);
      setNotice(`${name}'s outcomes saved.`);
    } catch (caught) {
      if (caught instanceof EditConflict && caught.theirs) {
        const theirs = caught.theirs as Placement;
        onSaved(theirs);
        setOutcomes(Object.fromEntries(targets.map((t) => [t.id, outcomeFor(theirs, t)])));
        setNotice(
          `A colleague saved ${name}'s outcomes after you opened the page: theirs are shown. Record yours again.`,
        );
      } else setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.child} aria-label={`${name}'s outcomes`}>
      <h4 className={styles.heading}>{name}</h4>
      {targets.map((target, index) => (
        <div key={target.id} className={styles.target}>
          <SelectField
            label={`Outcome for shared target ${index + 1}`}
            value={current(target).outcome}
            options={OUTCOMES}
            onChange={(outcome) => set(target, { outcome })}
          />
          <Field label={`Comment on shared target ${index + 1}`}>
            <Textarea
              value={current(target).comment}
              rows={1}
              resize="vertical"
              onChange={(_, d) => set(target, { comment: d.value })}
            />
          </Field>
        </div>
      ))}
      <div>
        <Button disabled={busy} onClick={() => void save()}>
          {busy ? 'Saving…' : `Save ${name}'s outcomes`}
        </Button>
      </div>
      {notice ? <Text role="status">{notice}</Text> : null}
      {failure ? <ErrorMessage error={failure} title={`${name}'s outcomes could not be saved`} /> : null}
    </section>
  );
};
