import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describePlanHistory, type PlanChange } from '../../../app/usecases/history/planChanges';
import { readAdvice } from '../../../app/usecases/editing/saveMessages';
import type { PlanId } from '../../../domain/ids';
import type { IepStore } from '../../../domain/ports';
import type { Nation } from '../../../domain/terminology';
import { changeWhen, changeWho, changeWords } from './changeWords';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBlockEnd: tokens.spacingVerticalXS },
});

type ChangesState =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly advice: string }
  | { readonly kind: 'shown'; readonly changes: readonly PlanChange[] };

const countWords = (count: number): string =>
  count === 1 ? '1 change, newest first.' : `${count} changes, newest first.`;

export interface PlanChangesProps {
  readonly store: Pick<IepStore, 'planHistory'>;
  readonly planId: PlanId;
  readonly nation: Nation;
}

/**
 * Who changed what in this version of the plan, and when, from Microsoft 365's own record of each
 * change (so it cannot be rewritten by the app). Loaded only when asked for: it is one more request.
 */
export const PlanChanges = ({ store, planId, nation }: PlanChangesProps) => {
  const styles = useStyles();
  const headingId = useId();
  const regionId = useId();
  const [state, setState] = useState<ChangesState>({ kind: 'hidden' });
  const load = () => {
    setState({ kind: 'loading' });
    store.planHistory(planId).then(
      (history) => setState({ kind: 'shown', changes: describePlanHistory(history) }),
      (error: unknown) => setState({ kind: 'failed', advice: readAdvice(error) }),
    );
  };
  const expanded = state.kind !== 'hidden';
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Changes to this plan</h3>
      <Button
        aria-expanded={expanded}
        aria-controls={regionId}
        onClick={() => (expanded ? setState({ kind: 'hidden' }) : load())}
      >
        {expanded ? 'Hide changes to this plan' : 'Show changes to this plan'}
      </Button>
      <div id={regionId}>
        <div role="status">
          {state.kind === 'loading' && <Spinner size="tiny" label="Loading changes…" />}
          {state.kind === 'shown' && (
            <Text>
              {state.changes.length === 0 ? 'No changes recorded yet.' : countWords(state.changes.length)}
            </Text>
          )}
        </div>
        {state.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>The changes could not be loaded</MessageBarTitle>
              {state.advice}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={load}>Try again</Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {state.kind === 'shown' && state.changes.length > 0 && (
          <ol className={styles.list} aria-labelledby={headingId}>
            {state.changes.map((change) => (
              <li key={change.key} className={styles.item}>
                <Text weight="semibold">{changeWhen(change.at)}</Text>
                {', '}
                {changeWho(change.by)}: {changeWords(change, nation)}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
};
