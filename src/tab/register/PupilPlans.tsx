import { Body1, Link, makeStyles, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { IepStore, PlanSummary, PupilId } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STATUS_WORDS: Readonly<Record<PlanSummary['status'], string>> = {
  draft: 'draft',
  active: 'current',
  closed: 'closed, a read-only record',
};

export interface PupilPlansProps {
  readonly store: Pick<IepStore, 'listPupilPlans'>;
  readonly pupilId: PupilId;
}

/** Every version of the pupil's plans, newest first: a closed one opens read-only, as a record. */
export const PupilPlans = ({ store, pupilId }: PupilPlansProps) => {
  const styles = useStyles();
  const load = useCallback(() => store.listPupilPlans(pupilId), [store, pupilId]);
  const { state, reload } = useLoad(load);
  return (
    <section aria-labelledby="pupil-plans-title">
      <Subtitle1 as="h2" id="pupil-plans-title">
        Plans
      </Subtitle1>
      {state.status === 'loading' ? <Spinner size="tiny" label="Reading the pupil's plans" /> : null}
      {state.status === 'error' ? (
        <ErrorMessage error={state.error} title="The pupil's plans could not be read" onRetry={reload} />
      ) : null}
      {state.status === 'ready' && state.data.length === 0 ? (
        <Body1 className={styles.muted}>No plan has been written for this pupil yet.</Body1>
      ) : null}
      {state.status === 'ready' && state.data.length > 0 ? (
        <ul className={styles.list}>
          {state.data.map((plan) => (
            <li key={plan.id}>
              <Link href={routeHash({ name: 'plan', planId: plan.id })}>
                Version {plan.version} ({STATUS_WORDS[plan.status]})
              </Link>
              {`, written in ${plan.pupil.className}`}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
};
