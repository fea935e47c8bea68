import {
  Body1,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { AppServices } from '../../app/services';
import { registerWording } from '../../app/usecases/register/registerWording';
import { rolloverChoices, type RolloverChoices } from '../../app/usecases/register/rolloverChoices';
import type { ClassMove, RolloverResult } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { usePageStyles } from '../shared/usePageStyles';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const REASONS = { roster: 'Most of its pupils are in it', name: 'Same class name', none: '' } as const;

type Stage =
  | { readonly step: 'choose' }
  | { readonly step: 'moving'; readonly done: number; readonly total: number }
  | { readonly step: 'done'; readonly result: RolloverResult };

export interface RolloverPageProps {
  readonly services: AppServices;
}

/**
 * September: last year's class teams mapped to this year's, suggested by roster overlap and name and
 * confirmed by the SENCO; every pupil and current plan moves in one go, earlier plans stay records
 * of the class they were written in.
 */
export const RolloverPage = ({ services }: RolloverPageProps) => {
  const page = usePageStyles();
  const wording = registerWording(services.settings.nation);
  const load = useCallback(() => rolloverChoices(services), [services]);
  const { state, reload } = useLoad(load);

  if (state.status === 'loading') return <PageSkeleton label="Reading the class teams and their rosters" />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage error={state.error} title="The class teams could not be read" onRetry={reload} page />
      </div>
    );
  }
  return (
    <section className={page.root} aria-labelledby="rollover-title">
      <Link href={routeHash({ name: 'register' })}>Back to the {wording.register}</Link>
      <Title2 as="h1" id="rollover-title">
        Start the new school year
      </Title2>
      <Body1>
        Choose this year’s class team for each of last year’s classes. Pupils and their current plans move
        together; earlier plans stay as records of the class they were written in.
      </Body1>
      <RolloverForm services={services} choices={state.data} />
    </section>
  );
};

const RolloverForm = ({
  services,
  choices,
}: {
  readonly services: AppServices;
  readonly choices: RolloverChoices;
}) => {
  const styles = useStyles();
  const [targets, setTargets] = useState<Readonly<Record<string, string>>>(() =>
    Object.fromEntries(choices.suggestions.map((s) => [s.from.id, s.to?.id ?? ''])),
  );
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [failure, setFailure] = useState<unknown>(null);
  const moves: ClassMove[] = useMemo(
    () =>
      choices.suggestions.flatMap(({ from }) => {
        const to = choices.thisYear.find((c) => c.id === targets[from.id]);
        return to && to.id !== from.id
          ? [{ from: from.id, to: { id: to.id, displayName: to.displayName } } as ClassMove]
          : [];
      }),
    [choices, targets],
  );
  const pupilsMoving = moves.reduce((sum, move) => sum + (choices.pupilCounts[move.from] ?? 0), 0);

  const run = async () => {
    setFailure(null);
    setStage({ step: 'moving', done: 0, total: pupilsMoving });
    try {
      const result = await services.store.rolloverClasses(moves, (done, total) =>
        setStage({ step: 'moving', done, total }),
      );
      setStage({ step: 'done', result });
    } catch (caught) {
      setFailure(caught);
      setStage({ step: 'choose' });
    }
  };

  if (stage.step === 'done') {
    const { result } = stage;
    const problems = result.conflicts.length + result.failures.length;
    return (
      <MessageBar intent={problems > 0 ? 'warning' : 'success'} layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>
            {problems > 0 ? 'Moved, with pupils to look at' : 'The new school year is set up'}
          </MessageBarTitle>
          {`${result.pupilsMoved} pupils and ${result.plansMoved} plans moved to their new classes.`}
          {problems > 0
            ? ` ${problems} could not be moved: run the new school year again to retry them.`
            : ''}{' '}
          <Link href={routeHash({ name: 'register' })}>Open the register</Link>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <Table aria-label="Last year's classes and this year's">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Last year’s class</TableHeaderCell>
            <TableHeaderCell>Pupils on the register</TableHeaderCell>
            <TableHeaderCell>This year’s class team</TableHeaderCell>
            <TableHeaderCell>Why suggested</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {choices.suggestions.map((suggestion) => (
            <TableRow key={suggestion.from.id}>
              <TableCell>{suggestion.from.displayName}</TableCell>
              <TableCell>{choices.pupilCounts[suggestion.from.id] ?? 0}</TableCell>
              <TableCell>
                <Field label={`New class for ${suggestion.from.displayName}`}>
                  <Select
                    value={targets[suggestion.from.id] ?? ''}
                    disabled={stage.step === 'moving'}
                    onChange={(_, d) => setTargets({ ...targets, [suggestion.from.id]: d.value })}
                  >
                    <option value="">Stay where they are</option>
                    {choices.thisYear
                      .filter((c) => c.id !== suggestion.from.id)
                      .map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.displayName}
                        </option>
                      ))}
                  </Select>
                </Field>
              </TableCell>
              <TableCell>
                {targets[suggestion.from.id] === (suggestion.to?.id ?? '')
                  ? REASONS[suggestion.reason]
                  : 'Chosen by you'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {failure ? <ErrorMessage error={failure} title="The new school year could not be set up" /> : null}
      {stage.step === 'moving' ? (
        <Field label={`Moving: ${stage.done} of ${stage.total} pupils`}>
          <ProgressBar value={stage.total === 0 ? 1 : stage.done / stage.total} />
        </Field>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={moves.length === 0} onClick={() => void run()}>
            {`Move ${pupilsMoving} ${pupilsMoving === 1 ? 'pupil' : 'pupils'} to their new classes`}
          </Button>
        </div>
      )}
    </>
  );
};
