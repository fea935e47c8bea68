import { Body1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  feelingWords,
  FEELING_QUESTION,
  formatUkDate,
  hasMyViews,
  MY_VIEWS_QUESTIONS,
  type Plan,
} from '../../domain';
import { routeHash } from '../routing/routes';

const useStyles = makeStyles({
  list: { margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  question: { fontWeight: tokens.fontWeightSemibold },
  answer: { margin: 0, whiteSpace: 'pre-wrap' },
});

export interface MyViewsSummaryProps {
  readonly plan: Plan;
  /** Whether the person may fill the views in (the link's words say so). */
  readonly mayEdit: boolean;
}

/**
 * The child's views as the My views page holds them, read back where the plan or its review is shown,
 * with the way to the page: the views are kept once, there, and never asked for again here.
 */
export const MyViewsSummary = ({ plan, mayEdit }: MyViewsSummaryProps) => {
  const styles = useStyles();
  const { myViews } = plan;
  const answered = MY_VIEWS_QUESTIONS.filter((q) => myViews.answers[q.key].trim() !== '');
  return (
    <div>
      {hasMyViews(myViews) ? (
        <dl className={styles.list}>
          {answered.map((q) => (
            <div key={q.key}>
              <dt className={styles.question}>{q.ask}</dt>
              <dd className={styles.answer}>{myViews.answers[q.key]}</dd>
            </div>
          ))}
          {myViews.feeling === null ? null : (
            <div>
              <dt className={styles.question}>{FEELING_QUESTION}</dt>
              <dd className={styles.answer}>{feelingWords(myViews.feeling)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <Body1>The child has not given their views on this version of the plan yet.</Body1>
      )}
      {myViews.helpedBy === '' && myViews.filledInOn === null ? null : (
        <Text size={200}>
          {[
            myViews.helpedBy === '' ? '' : `Filled in with ${myViews.helpedBy}`,
            myViews.filledInOn === null ? '' : `on ${formatUkDate(myViews.filledInOn)}`,
          ]
            .filter(Boolean)
            .join(' ')}
          .
        </Text>
      )}
      <div>
        <Link href={routeHash({ name: 'my-views', planId: plan.id })}>
          {mayEdit ? 'Fill in My views with the child' : 'Open My views'}
        </Link>
      </div>
    </div>
  );
};
