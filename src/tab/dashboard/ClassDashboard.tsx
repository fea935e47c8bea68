import { Body1, Link, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppServices } from '../../app/services';
import { canEditPlan, canManageRegister, canScheduleReview, type ClassTeamId } from '../../domain';
import { useStaffAccess } from '../shared/useStaffAccess';
import { parentsEveningHash } from '../reviews/reviewRoutes';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { ProblemsBar } from '../shared/ProblemsBar';
import { useLoad } from '../../ui/common/useLoad';
import {
  buildRows,
  filterRows,
  sortRows,
  type RowFilter,
  type SortKey,
} from '../../app/usecases/dashboardRows';
import { countRegister } from '../../app/usecases/register/registerCounts';
import { buildRegisterRows } from '../../app/usecases/register/registerRows';
import { registerWording, summaryLine } from '../../app/usecases/register/registerWording';
import { routeHash } from '../routing/routes';
import { RosterImportDialog } from '../register/RosterImportDialog';
import { DashboardFilters } from './DashboardFilters';
import { DashboardTable } from './DashboardTable';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalL,
  },
  summary: { color: tokens.colorNeutralForeground2 },
  headline: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
});

export interface ClassDashboardProps {
  readonly services: AppServices;
  readonly classTeamId: ClassTeamId;
  /** The team's name when the shell knows it (Teams context, set-up page), for a class with no pupils yet. */
  readonly classNameHint?: string;
  /** Tells the shell the class's name once the register has said it (for the navigation link). */
  onClassNamed?(name: string): void;
}

const ALL: RowFilter = { text: '', status: 'all', review: 'all' };

/** Every pupil of one class with where their plan stands; loads the class in one request. */
export const ClassDashboard = ({
  services,
  classTeamId,
  classNameHint,
  onClassNamed,
}: ClassDashboardProps) => {
  const styles = useStyles();
  const { store, clock, settings } = services;
  const load = useCallback(() => store.loadClass(classTeamId), [store, classTeamId]);
  const { state, reload } = useLoad(load);
  const access = useStaffAccess(services);
  const [filter, setFilter] = useState<RowFilter>(ALL);
  const [sort, setSort] = useState<SortKey>('name');

  const rows = useMemo(
    () => (state.status === 'ready' ? buildRows(state.data, clock, settings.timeZone) : []),
    [state, clock, settings.timeZone],
  );
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort), [rows, filter, sort]);
  const wording = registerWording(settings.nation);
  // The same counts as the whole-school register, over this class's pupils only.
  const counts = useMemo(
    () =>
      state.status === 'ready'
        ? countRegister(buildRegisterRows(state.data, clock, settings.timeZone))
        : null,
    [state, clock, settings.timeZone],
  );

  const registerName =
    state.status === 'ready'
      ? (state.data.pupils[0]?.className ?? state.data.plans[0]?.pupil.className)
      : undefined;
  useEffect(() => {
    if (registerName) onClassNamed?.(registerName);
  }, [registerName, onClassNamed]);

  if (state.status === 'loading' || access === null) return <PageSkeleton label="Loading the class" />;
  if (state.status === 'error') {
    return (
      <div className={styles.root}>
        <ErrorMessage error={state.error} title="The class could not be loaded" onRetry={reload} page />
      </div>
    );
  }

  const className = registerName ?? (classNameHint || 'This class');
  const lead = canManageRegister(access);
  return (
    <section className={styles.root} aria-labelledby="class-title">
      <Title2 as="h1" id="class-title">
        {className}: IEPs
      </Title2>
      {counts && rows.length > 0 ? (
        <Body1 className={styles.headline}>{summaryLine(counts, wording)}</Body1>
      ) : null}
      <div className={styles.actions}>
        {canScheduleReview(access, classTeamId) ? (
          <Link href={parentsEveningHash(classTeamId)}>Plan a parents' evening of reviews</Link>
        ) : null}
        {lead ? (
          <>
            <RosterImportDialog
              services={services}
              classTeamId={classTeamId}
              className={className}
              onRegister={state.data.pupils}
              wording={wording}
              onAdded={reload}
            />
            <Link href={routeHash({ name: 'register' })}>Whole-school {wording.register}</Link>
          </>
        ) : null}
      </div>
      <ProblemsBar problems={state.data.problems} />
      {rows.length === 0 ? (
        <Body1>
          No pupils in this class are on the {wording.register} yet.{' '}
          {lead
            ? 'Add them from the class roster, or from the whole-school register.'
            : 'The SENCO adds pupils to it.'}
        </Body1>
      ) : (
        <>
          <DashboardFilters filter={filter} sort={sort} onFilterChange={setFilter} onSortChange={setSort} />
          <Body1 className={styles.summary} role="status" aria-live="polite">
            {shown.length === rows.length
              ? `${rows.length} ${rows.length === 1 ? 'pupil' : 'pupils'}`
              : `Showing ${shown.length} of ${rows.length} pupils`}
          </Body1>
          <DashboardTable
            caption={`Pupils in ${className}`}
            rows={shown}
            sort={sort}
            timeZone={settings.timeZone}
            mayStartPlans={canEditPlan(access, classTeamId)}
          />
        </>
      )}
    </section>
  );
};
