import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Plan } from '../../../domain/plan';
import type { FieldDiff } from '../fieldDiff';
import { labelForPath } from '../fieldLabels';
import { formatFieldValue } from '../formatFieldValue';
import {
  changedByMe,
  choiceKey,
  conflictTitle,
  unresolvedCount,
  type ConflictEntry,
  type MergeChoice,
} from './conflicts';
import { targetIndex, type PlanItem } from './planItems';
import { useFocusWhenTrapped } from '../../../ui/common/useFocusWhenTrapped';

export interface MergeDialogProps {
  /** Open while there are conflicts to resolve. */
  readonly entries: readonly ConflictEntry[] | null;
  /** The user's plan, for headings and to look up linked targets. */
  readonly mine: Plan;
  readonly onMerge: (choices: ReadonlyMap<string, MergeChoice>) => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalL,
  },
  itemHeading: { marginTop: 0, marginBottom: 0, fontSize: tokens.fontSizeBase400 },
  field: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke2,
  },
  values: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    marginTop: 0,
    marginBottom: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginLeft: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  note: { marginTop: 0, marginBottom: 0, color: tokens.colorNeutralForeground2 },
  status: { marginRight: 'auto', alignSelf: 'center' },
});

/** The item's place in the plan, so labels and values are read the way the form shows them. */
const pathPrefix = (item: PlanItem, mine: Plan): (string | number)[] => {
  if (item.kind === 'plan') return [];
  if (item.kind === 'target') return ['shortTermTargets', Math.max(0, targetIndex(mine, item.id))];
  const owner = mine.shortTermTargets.findIndex((t) => t.evidence.some((e) => e.id === item.id));
  return ['shortTermTargets', Math.max(0, owner), 'evidence', 0];
};

const wholeItemText = (
  value: unknown,
  whose: 'mine' | 'theirs',
  path: (string | number)[],
  mine: Plan,
): string =>
  value === null || value === undefined
    ? whose === 'mine'
      ? 'Removed by you'
      : 'Deleted by them'
    : formatFieldValue(path, value, mine);

const ConflictField = (props: {
  entry: ConflictEntry;
  field: FieldDiff;
  mine: Plan;
  choice: MergeChoice | undefined;
  onChoose: (choice: MergeChoice) => void;
}) => {
  const styles = useStyles();
  const { entry, field, mine } = props;
  const prefix = pathPrefix(entry.item, mine);
  const fullPath = [...prefix, ...field.path];
  const whole = field.path.length === 0;
  const label = whole
    ? `The whole ${entry.item.kind === 'evidence' ? 'progress note' : 'target'}`
    : labelForPath(fullPath, mine.nation, { fromSegment: prefix.length });
  const show = (value: unknown, whose: 'mine' | 'theirs') =>
    whole ? wholeItemText(value, whose, fullPath, mine) : formatFieldValue(fullPath, value, mine);
  return (
    <div className={styles.field}>
      <dl className={styles.values}>
        <dt className={styles.term}>Their version</dt>
        <dd className={styles.value}>{show(field.theirs, 'theirs')}</dd>
        <dt className={styles.term}>Your version</dt>
        <dd className={styles.value}>{show(field.mine, 'mine')}</dd>
      </dl>
      {!changedByMe(entry, field) && <p className={styles.note}>You did not change this; only they did.</p>}
      <Field label={label} required>
        <RadioGroup
          layout="horizontal"
          value={props.choice ?? ''}
          onChange={(_, data) => props.onChoose(data.value as MergeChoice)}
        >
          <Radio value="mine" label="Keep mine" />
          <Radio value="theirs" label="Use theirs" />
        </RadioGroup>
      </Field>
    </div>
  );
};

/**
 * Someone else saved the same parts of the plan. For every field that differs, both values are shown
 * and the user decides which to keep; nothing is saved until every field has a choice.
 */
export const MergeDialog = ({ entries, mine, onMerge, onCancel }: MergeDialogProps) => {
  const styles = useStyles();
  const statusId = useId('merge-status-');
  const [choices, setChoices] = useState<ReadonlyMap<string, MergeChoice>>(new Map());
  const [shownFor, setShownFor] = useState(entries);
  if (shownFor !== entries) {
    // A new set of conflicts starts with no choices made.
    setShownFor(entries);
    setChoices(new Map());
  }
  const surfaceRef = useFocusWhenTrapped<HTMLDivElement>(entries, 'input[type="radio"], button');
  if (!entries) return null;
  const left = unresolvedCount(entries, choices);
  const choose = (key: string, choice: MergeChoice) =>
    setChoices((current) => new Map(current).set(key, choice));

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-describedby={statusId} ref={surfaceRef}>
        <DialogBody>
          <DialogTitle>Someone else saved changes to this plan</DialogTitle>
          <DialogContent>
            <p>
              They saved while you were editing. For each field below, choose whether to keep your version or
              use theirs. Nothing is saved until you have chosen for every field.
            </p>
            {entries.map((entry) => (
              <section key={entry.key} className={styles.item} aria-label={conflictTitle(entry, mine)}>
                <h3 className={styles.itemHeading}>{conflictTitle(entry, mine)}</h3>
                {entry.fields.length === 0 && (
                  <p className={styles.note}>
                    No differences: your version will be saved over theirs unchanged.
                  </p>
                )}
                {entry.fields.map((field) => {
                  const key = choiceKey(entry, field);
                  return (
                    <ConflictField
                      key={key}
                      entry={entry}
                      field={field}
                      mine={mine}
                      choice={choices.get(key)}
                      onChoose={(choice) => choose(key, choice)}
                    />
                  );
                })}
              </section>
            ))}
          </DialogContent>
          <DialogActions fluid>
            <span id={statusId} className={styles.status} role="status">
              {left === 0
                ? 'Every field has a choice.'
                : `Choose for ${left} more field${left === 1 ? '' : 's'} to save.`}
            </span>
            <Button
              appearance="primary"
              disabledFocusable={left > 0}
              onClick={() => left === 0 && onMerge(choices)}
            >
              Save with these choices
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
};
