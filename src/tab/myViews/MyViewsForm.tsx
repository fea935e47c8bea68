import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import type { AppServices } from '../../app/services';
import { formatUkDate, MY_VIEWS_QUESTIONS, type MyViewsQuestion, type Plan } from '../../domain';
import { LimitedTextField } from '../../ui/LimitedTextField';
import { SaveFailedMessage } from '../../ui/common/SaveFailedMessage';
import { FeelingScale } from './FeelingScale';
import { useMyViewsStyles } from './myViewsStyles';
import { useMyViews } from './useMyViews';

export interface MyViewsFormProps {
  readonly services: AppServices;
  readonly plan: Plan;
  readonly readOnly: boolean;
}

/**
 * The four questions as a short list, in big type, each answer typed exactly as the child says it; the
 * picture scale; who helped; and the parents' views, the one record the review record shows too.
 */
export const MyViewsForm = ({ services, plan, readOnly }: MyViewsFormProps) => {
  const styles = useMyViewsStyles();
  const { edit, save, restored, change, saveViews, saveOntoTheirs } = useMyViews(services, plan);
  const { myViews } = edit;
  const setAnswer = (key: MyViewsQuestion, value: string) =>
    change({ ...edit, myViews: { ...myViews, answers: { ...myViews.answers, [key]: value } } });
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        void saveViews();
      }}
    >
      <Text className={styles.intro}>
        Write down what the child says, in their own words. The plan and its documents print their answers as
        they said them.
        {myViews.filledInOn === null ? '' : ` Last filled in on ${formatUkDate(myViews.filledInOn)}.`}
      </Text>
      {restored && !readOnly && save.status !== 'saved' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            The answers typed before the page reloaded are back. Save them to keep them with the plan.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {MY_VIEWS_QUESTIONS.map((question) => (
        <Field key={question.key} label={{ children: question.ask, className: styles.question }}>
          <Textarea
            className={styles.answer}
            value={myViews.answers[question.key]}
            readOnly={readOnly}
            resize="vertical"
            rows={2}
            onChange={(_, data) => setAnswer(question.key, data.value)}
          />
        </Field>
      ))}
      <FeelingScale
        value={myViews.feeling}
        readOnly={readOnly}
        onChange={(feeling) => change({ ...edit, myViews: { ...myViews, feeling } })}
      />
      <Field
        label="Who helped me fill this in"
        hint="The adult's name and role, e.g. Mrs Khan (teaching assistant)."
      >
        <Input
          value={myViews.helpedBy}
          readOnly={readOnly}
          onChange={(_, data) => change({ ...edit, myViews: { ...myViews, helpedBy: data.value } })}
        />
      </Field>
      <LimitedTextField
        label="Parents' and carers' views"
        hint="Kept once with the plan: the review record shows these same views."
        value={edit.parentViews}
        multiline
        rows={3}
        readOnly={readOnly}
        onChange={(parentViews) => change({ ...edit, parentViews })}
      />
      <SaveFeedback save={save} onSaveOntoTheirs={() => void saveOntoTheirs()} />
      {readOnly ? null : (
        <div className={styles.row}>
          <Button type="submit" size="large" appearance="primary" disabled={save.status === 'saving'}>
            Save my views
          </Button>
        </div>
      )}
    </form>
  );
};

interface SaveFeedbackProps {
  readonly save: ReturnType<typeof useMyViews>['save'];
  onSaveOntoTheirs(): void;
}

/** What the save did, announced politely; a conflict says plainly that nothing was overwritten. */
const SaveFeedback = ({ save, onSaveOntoTheirs }: SaveFeedbackProps) => (
  <>
    {save.status === 'conflict' ? (
      <MessageBar intent="warning" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>Someone else saved this plan since you opened it</MessageBarTitle>
          Nothing was overwritten. These answers are still here. Saving them onto their copy keeps anything
          they changed that you did not.
        </MessageBarBody>
        {save.theirs ? (
          <MessageBarActions>
            <Button onClick={onSaveOntoTheirs}>Save these views onto their copy</Button>
          </MessageBarActions>
        ) : null}
      </MessageBar>
    ) : null}
    {save.status === 'failed' ? (
      <SaveFailedMessage error={save.error} title="The views could not be saved" />
    ) : null}
    <div role="status" aria-live="polite">
      {save.status === 'saving' ? <Spinner size="tiny" labelPosition="after" label="Saving…" /> : null}
      {save.status === 'saved' ? 'Your views are saved with the plan.' : null}
    </div>
  </>
);
