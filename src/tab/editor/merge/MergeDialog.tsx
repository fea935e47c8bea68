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
import { labelForPath } from '../fieldLabels';
import { formatFieldValue } from '../formatFieldValue';
import { ukTimeAndDate } from '../ukTime';
import {
  conflictTitle,
  savedByNames,
  unresolvedCount,
  type ConflictEntry,
  type MergeChoice,
  type MergeQuestion,
  type SavedBy,
} from '../../../app/usecases/editing/merge/conflicts';
import { targetIndex, type PlanItem } from '../../../app/usecases/editing/merge/planItems';
import { useFocusWhenTrapped } from '../../../ui/common/useFocusWhenTrapped';

export interface MergeDialogProps {
  /** Open while there are questions only the user can answer. */
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

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Saved by Ms Shah at 14:05 on 12/11/2026." */
const savedByText = (savedBy: SavedBy): string => {
  const when = savedBy.at ? ukTimeAndDate(savedBy.at) : null;
  return `Saved by ${savedBy.name ?? 'a colleague'}${when ? ` at ${when}` : ''}.`;
};

/** What each answer means, in the words of the question. */
const OPTIONS: Readonly<Record<MergeQuestion['kind'], { mine: string; theirs: string }>> = {
  'both-changed': { mine: 'Keep mine', theirs: 'Use theirs' },
  'deleted-by-them': { mine: 'Restore with my changes', theirs: 'Let it go' },
  'changed-after-removal': { mine: 'Remove it', theirs: 'Keep their version' },
};

const Question = (props: {
  entry: ConflictEntry;
  question: MergeQuestion;
  mine: Plan;
  choice: MergeChoice | undefined;
  onChoose: (choice: MergeChoice) => void;
}) => {
  const styles = useStyles();
  const { entry, question, mine } = props;
  const prefix = pathPrefix(entry.item, mine);
  const fullPath = [...prefix, ...question.path];
  const who = entry.savedBy.name ?? 'a colleague';
  const label =
    question.kind === 'both-changed'
      ? labelForPath(fullPath, mine.nation, { fromSegment: prefix.length })
      : `The whole ${entry.item.kind === 'evidence' ? 'progress note' : 'target'}`;
  const show = (value: unknown) => formatFieldValue(fullPath, value, mine);
  return (
    <div className={styles.field}>
      {/* A saved target taken out is withdrawn, not deleted (it stays in the plan's history). */}
      {question.kind === 'deleted-by-them' && (
        <p className={styles.note}>
          {entry.item.kind === 'target' ? 'Withdrawn' : 'Deleted'} by {who} while you were changing it.
        </p>
      )}
      {question.kind === 'changed-after-removal' && (
        <p className={styles.note}>
          You {entry.item.kind === 'target' ? 'withdrew' : 'removed'} this; {who} changed it meanwhile.
        </p>
      )}
      <dl className={styles.values}>
        {question.kind !== 'deleted-by-them' && (
          <>
            <dt className={styles.term}>Their version</dt>
            <dd className={styles.value}>{show(question.theirs)}</dd>
          </>
        )}
        {question.kind !== 'changed-after-removal' && (
          <>
            <dt className={styles.term}>Your version</dt>
            <dd className={styles.value}>{show(question.mine)}</dd>
          </>
        )}
      </dl>
      <Field label={label} required>
        <RadioGroup
          layout="horizontal"
          value={props.choice ?? ''}
          onChange={(_, data) => props.onChoose(data.value as MergeChoice)}
        >
          <Radio value="mine" label={OPTIONS[question.kind].mine} />
          <Radio value="theirs" label={OPTIONS[question.kind].theirs} />
        </RadioGroup>
      </Field>
    </div>
  );
};

/**
 * A colleague saved the same parts of the plan. Their changes to fields the user did not touch are
 * already merged; the dialog asks only about what both changed differently, or what one side deleted
 * and the other changed, and says who saved and when. Nothing is saved until every question has an
 * answer.
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
              {capitalise(savedByNames(entries))} saved changes while you were editing. Changes to different
              fields have been merged. Where you both changed the same thing, choose which version to keep;
              nothing is saved until you have chosen for every field.
            </p>
            {entries.map((entry) => (
              <section key={entry.key} className={styles.item} aria-label={conflictTitle(entry, mine)}>
                <h3 className={styles.itemHeading}>{conflictTitle(entry, mine)}</h3>
                <p className={styles.note}>
                  {savedByText(entry.savedBy)}
                  {entry.takenFromThem > 0 &&
                    ` Their change${entry.takenFromThem === 1 ? '' : 's'} to other fields ${entry.takenFromThem === 1 ? 'has' : 'have'} been kept.`}
                </p>
                {entry.questions.length === 0 && (
                  <p className={styles.note}>Nothing to choose here: their changes are merged with yours.</p>
                )}
                {entry.questions.map((question) => (
                  <Question
                    key={question.key}
                    entry={entry}
                    question={question}
                    mine={mine}
                    choice={choices.get(question.key)}
                    onChoose={(choice) => choose(question.key, choice)}
                  />
                ))}
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
