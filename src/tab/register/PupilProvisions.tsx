import { Body1, Link, makeStyles, Spinner, Title3, tokens } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { groupPlanFor, outcomeFor } from '../../app/usecases/provisions/groupTargets';
import { changeText, scoreChange } from '../../app/usecases/provisions/placementRows';
import { TARGET_OUTCOME_LABELS, type ProvisionStore, type PupilId, type Term } from '../../domain';
import { formatUkDate } from '../../domain/dates';
import { wholeTerms } from '../../domain/termDates';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  targets: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface PupilProvisionsProps {
  readonly provisions: ProvisionStore;
  readonly pupilId: PupilId;
  readonly terms: readonly Term[];
}

const score = (value: number | null): string => (value === null ? 'not recorded' : String(value));

/**
 * The provisions a pupil has been on, each term, with their scores and their group targets' outcomes.
 * Read on its own: if it fails, the rest of the pupil's page still works.
 */
export const PupilProvisions = ({ provisions, pupilId, terms }: PupilProvisionsProps) => {
  const styles = useStyles();
  const load = useCallback(() => provisions.pupilProvisions(pupilId), [provisions, pupilId]);
  const { state, reload } = useLoad(load);
  const termNames = useMemo(() => new Map(wholeTerms(terms).map((t) => [t.start, t.name])), [terms]);

  return (
    <section className={styles.root} aria-labelledby="pupil-provisions-title">
      <Title3 as="h2" id="pupil-provisions-title">
        Provisions
      </Title3>
      {state.status === 'loading' ? <Spinner size="tiny" label="Loading the pupil's provisions" /> : null}
      {state.status === 'error' ? (
        <ErrorMessage
          error={state.error}
          title="The pupil's provisions could not be loaded"
          onRetry={reload}
        />
      ) : null}
      {state.status === 'ready' && state.data.placements.length === 0 ? (
        <Body1>Not on any school provision.</Body1>
      ) : null}
      {state.status === 'ready' && state.data.placements.length > 0 ? (
        <ul className={styles.list}>
          {[...state.data.placements]
            .sort((a, b) => (a.term < b.term ? 1 : a.term > b.term ? -1 : 0))
            .map((placement) => {
              const provision = state.data.provisions.find((p) => p.id === placement.provisionId);
              const plan = groupPlanFor(placement, state.data.groupPlans);
              const change = changeText(scoreChange(placement));
              return (
                <li key={placement.id}>
                  <Link href={routeHash({ name: 'provision', provisionId: placement.provisionId })}>
                    {provision?.name ?? 'A provision no longer in the catalogue'}
                  </Link>
                  {`, ${termNames.get(placement.term) ?? `term from ${formatUkDate(placement.term)}`}: ${formatUkDate(placement.start)} to ${formatUkDate(placement.end)}. `}
                  {`Entry score ${score(placement.entryScore)}, exit score ${score(placement.exitScore)}${change ? ` (change ${change})` : ''}.`}
                  {plan && plan.targets.length > 0 ? (
                    <ul
                      className={styles.targets}
                      aria-label={`Group targets on ${provision?.name ?? 'this provision'}`}
                    >
                      {plan.targets.map((target) => {
                        const outcome = outcomeFor(placement, target);
                        return (
                          <li key={target.id}>
                            {target.text}: {TARGET_OUTCOME_LABELS[outcome.outcome]}
                            {outcome.comment ? ` (${outcome.comment})` : ''}
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </li>
              );
            })}
        </ul>
      ) : null}
    </section>
  );
};
