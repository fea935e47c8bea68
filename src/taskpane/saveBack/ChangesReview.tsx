import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { FIELD_LABELS, tickedByDefault, type ProposedChange } from './saveBackModel';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'grid', gap: tokens.spacingVerticalS },
  values: {
    margin: `0 0 0 ${tokens.spacingHorizontalXXL}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalM,
  },
  heading: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
});

export const changeLabel = (change: ProposedChange): string =>
  `Target ${change.targetNumber}, ${FIELD_LABELS[change.field]}`;

/** Edits that cannot be saved, e.g. an outcome typed as "done" or a date as "next Friday". */
export const EditProblems = ({ problems }: { readonly problems: readonly string[] }) =>
  problems.length === 0 ? null : (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Some edits cannot be saved</MessageBarTitle>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );

/** The values to compare, and for a change that is not plainly the teacher's, why it is unticked. */
export const changeValues = (change: ProposedChange): string => {
  switch (change.basis) {
    case 'word':
      return `In the plan: ${change.before}\nIn the document: ${change.after}`;
    case 'both': {
      const { inserted } = change;
      const who = inserted?.changedBy ? ` (changed by ${inserted.changedBy} on ${inserted.changedOn})` : '';
      return [
        'Changed in the plan since this document was inserted, and changed in Word too. Choose which to keep.',
        ...(inserted ? [`When inserted: ${inserted.text}`] : []),
        `In the plan now: ${change.before}${who}`,
        `In Word: ${change.after}`,
      ].join('\n');
    }
    case 'unknown':
      return [
        `In the plan: ${change.before}`,
        `In the document: ${change.after}`,
        'This document was inserted by an older IEP Planner, so it cannot tell whether you or a colleague made this change. Tick it only if you typed it in Word.',
      ].join('\n');
  }
};

const ChangeItem = ({
  change,
  checked,
  onToggle,
}: {
  change: ProposedChange;
  checked: boolean;
  onToggle(): void;
}) => {
  const styles = useStyles();
  const valuesId = useId();
  return (
    <li>
      <Checkbox
        checked={checked}
        onChange={onToggle}
        label={changeLabel(change)}
        aria-describedby={valuesId}
      />
      <p id={valuesId} className={styles.values}>
        {changeValues(change)}
      </p>
    </li>
  );
};

export interface ChangesReviewProps {
  readonly changes: readonly ProposedChange[];
  readonly problems: readonly string[];
  /** The document is refreshed once these are saved: anything left unticked is replaced. */
  readonly thenRefresh?: boolean;
  onSave(chosen: readonly ProposedChange[]): void;
  onCancel(): void;
}

/**
 * What will change, before anything is saved. A change only the teacher made in Word starts
 * ticked; one where the plan also changed since the insertion (a colleague's newer value), or where
 * an older document cannot tell, starts unticked, so nothing newer is overwritten by default.
 */
export const ChangesReview = ({
  changes,
  problems,
  thenRefresh = false,
  onSave,
  onCancel,
}: ChangesReviewProps) => {
  const styles = useStyles();
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(
    () => new Set(changes.filter((change) => !tickedByDefault(change)).map((change) => change.key)),
  );
  const chosen = changes.filter((change) => !unticked.has(change.key));
  const toggle = (key: string) =>
    setUnticked((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section aria-labelledby="iep-changes-heading">
      <h3 id="iep-changes-heading" className={styles.heading}>
        Changes found in the document
      </h3>
      <p>
        {thenRefresh
          ? 'Tick what you want kept in the plan, then save: the document is refreshed afterwards, so anything left unticked is replaced by the plan’s value.'
          : 'Untick anything you did not mean to change, then save.'}
      </p>
      <ul className={styles.list}>
        {changes.map((change) => (
          <ChangeItem
            key={change.key}
            change={change}
            checked={!unticked.has(change.key)}
            onToggle={() => toggle(change.key)}
          />
        ))}
      </ul>
      <EditProblems problems={problems} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={chosen.length === 0} onClick={() => onSave(chosen)}>
          {chosen.length === 1 ? 'Save 1 change to the plan' : `Save ${chosen.length} changes to the plan`}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </section>
  );
};
