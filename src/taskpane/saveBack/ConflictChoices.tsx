import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { EditConflict } from '../../domain';
import {
  FIELD_LABELS,
  questionsOf,
  type Choice,
  type ConflictState,
  type TargetConflict,
} from './saveBackModel';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  radio: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalM,
  },
});

/** The domain's own advice for an edit conflict, so the tab and the pane say the same thing. */
const CONFLICT_ADVICE = new EditConflict({ kind: 'target', id: '' }, null, null).advice;

const TargetQuestions = ({
  target,
  choices,
  onChoose,
}: {
  readonly target: TargetConflict;
  readonly choices: Readonly<Record<string, Choice>>;
  onChoose(key: string, choice: Choice): void;
}) => {
  const styles = useStyles();
  return (
    <section aria-label={`Target ${target.targetNumber}`}>
      <h4 className={styles.heading}>Target {target.targetNumber}</h4>
      {target.theirs === null ? (
        <p>Someone else deleted this target, so your change to it cannot be saved.</p>
      ) : target.questions.length === 0 ? (
        <p>They saved the same values as you: nothing to choose.</p>
      ) : (
        target.questions.map((question) => (
          <Field
            key={question.key}
            label={FIELD_LABELS[question.field]}
            hint={
              question.untouchedByThem
                ? 'They did not change this field, but saved the target since you read it.'
                : undefined
            }
          >
            <RadioGroup
              value={choices[question.key] ?? ''}
              onChange={(_event, data) => onChoose(question.key, data.value === 'mine' ? 'mine' : 'theirs')}
            >
              <Radio className={styles.radio} value="theirs" label={`Keep theirs: ${question.theirs}`} />
              <Radio className={styles.radio} value="mine" label={`Keep yours: ${question.mine}`} />
            </RadioGroup>
          </Field>
        ))
      )}
    </section>
  );
};

export interface ConflictChoicesProps {
  readonly conflict: ConflictState;
  onResolve(choices: Readonly<Record<string, Choice>>): void;
  onAbandon(): void;
}

/**
 * Someone else saved a target while the teacher worked in Word. Both values are shown for every
 * field that differs; nothing is saved until each one has an answer.
 */
export const ConflictChoices = ({ conflict, onResolve, onAbandon }: ConflictChoicesProps) => {
  const styles = useStyles();
  const [choices, setChoices] = useState<Readonly<Record<string, Choice>>>({});
  const questions = questionsOf(conflict);
  const unanswered = questions.filter((q) => choices[q.key] === undefined).length;
  // With only the plan item in conflict (its counts follow the outcomes) a plain retry on their version is enough.
  const canSave =
    !conflict.unresolvable &&
    (conflict.theirPlan !== null || conflict.targets.some((t) => t.theirs !== null));
  const conflicted = new Set<string>(conflict.targets.map((t) => t.targetId));
  const otherSaved = conflict.attempted.some((change) => !conflicted.has(change.targetId));

  return (
    <section aria-labelledby="iep-conflict-heading">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="iep-conflict-heading">Someone else changed this plan</MessageBarTitle>
          {CONFLICT_ADVICE}
          {otherSaved ? ' Your other changes were saved.' : ''}
          {conflict.theirPlan ? " Their changes to the plan's details are kept." : ''}
        </MessageBarBody>
      </MessageBar>
      {conflict.unresolvable ? (
        <p>
          This plan can no longer be saved from here: it may have been deleted or replaced by a new version.
          Reload it and check.
        </p>
      ) : (
        conflict.targets.map((target) => (
          <TargetQuestions
            key={target.targetId}
            target={target}
            choices={choices}
            onChoose={(key, choice) => setChoices((previous) => ({ ...previous, [key]: choice }))}
          />
        ))
      )}
      <div className={styles.actions}>
        {canSave ? (
          <Button appearance="primary" disabled={unanswered > 0} onClick={() => onResolve(choices)}>
            {questions.length > 0 ? 'Save my choices' : 'Save again'}
          </Button>
        ) : null}
        <Button onClick={onAbandon}>{canSave ? 'Cancel and reload the plan' : 'Reload the plan'}</Button>
      </div>
      {canSave && unanswered > 0 ? (
        <p>
          Choose theirs or yours for {unanswered === 1 ? 'the field' : `all ${unanswered} fields`} above to
          save.
        </p>
      ) : null}
    </section>
  );
};
