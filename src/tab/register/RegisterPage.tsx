import { Body1, Button, Link, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { AppServices } from '../../app/services';
import { countRegister } from '../../app/usecases/register/registerCounts';
import {
  ALL_REGISTER,
  buildRegisterRows,
  filterRegisterRows,
  registerFilterOptions,
  sortByWhatNeedsDoing,
  type RegisterFilter,
} from '../../app/usecases/register/registerRows';
import { registerWording, summaryLine } from '../../app/usecases/register/registerWording';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { ProblemsBar } from '../shared/ProblemsBar';
import { usePageStyles } from '../shared/usePageStyles';
import { ExportRegisterButton } from './ExportRegisterButton';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTable } from './RegisterTable';
import { ReviewReminders } from './ReviewReminders';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  summary: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface RegisterPageProps {
  readonly services: AppServices;
}

/**
 * The SENCO's home: every pupil on the register across the school, what needs doing first at the top,
 * read in one `$batch` (pupils, current plans and booked reviews through indexed queries).
 */
export const RegisterPage = ({ services }: RegisterPageProps) => {
  const page = usePageStyles();
  const styles = useStyles();
  const { store, clock, settings } = services;
  const load = useCallback(() => store.loadRegister(), [store]);
  const { state, reload } = useLoad(load);
  const [filter, setFilter] = useState<RegisterFilter>(ALL_REGISTER);
  const wording = registerWording(settings.nation);

  const rows = useMemo(
    () =>
      state.status === 'ready'
        ? sortByWhatNeedsDoing(buildRegisterRows(state.data, clock, settings.timeZone))
        : [],
    [state, clock, settings.timeZone],
  );
  const shown = useMemo(() => filterRegisterRows(rows, filter), [rows, filter]);
  const options = useMemo(() => registerFilterOptions(rows), [rows]);
  const counts = useMemo(() => countRegister(rows), [rows]);

  if (state.status === 'loading') return <PageSkeleton label={`Loading the ${wording.register}`} />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage
          error={state.error}
          title={`The ${wording.register} could not be loaded`}
          onRetry={reload}
          page
        />
      </div>
    );
  }

  return (
    <section className={page.root} aria-labelledby="register-title">
      <Title2 as="h1" id="register-title">
        {capitalise(wording.register)}
      </Title2>
      <Body1 className={styles.summary}>{summaryLine(counts, wording)}</Body1>
      <div className={styles.actions}>
        <Link href={routeHash({ name: 'register-add' })}>Add a pupil</Link>
        <Link href={routeHash({ name: 'register-import' })}>Import from the school's MIS</Link>
        <Link href={routeHash({ name: 'register-rollover' })}>Start the new school year</Link>
        <Link href={routeHash({ name: 'register-off' })}>Pupils no longer on the register</Link>
        <Link href={routeHash({ name: 'register-staff' })}>Staff access</Link>
        <Link href={routeHash({ name: 'provisions' })}>Provisions</Link>
        <Link href={routeHash({ name: 'provision-map' })}>Provision map</Link>
        <ExportRegisterButton rows={shown} wording={wording} clock={clock} timeZone={settings.timeZone} />
        <Button appearance="subtle" onClick={reload}>
          Refresh
        </Button>
      </div>
      <ProblemsBar problems={state.data.problems} />
      {services.reviewReminders && rows.length > 0 ? (
        <ReviewReminders
          rows={rows}
          sender={services.reviewReminders}
          clock={clock}
          timeZone={settings.timeZone}
        />
      ) : null}
      {rows.length === 0 ? (
        <Body1>
          Nobody is on the {wording.register} yet. Add a pupil, import your MIS export, or add pupils from a
          class team's roster on its class page.
        </Body1>
      ) : (
        <>
          <RegisterFilters filter={filter} options={options} wording={wording} onChange={setFilter} />
          <Body1 className={styles.muted} role="status" aria-live="polite">
            {shown.length === rows.length
              ? `${rows.length} ${rows.length === 1 ? 'pupil' : 'pupils'}, what needs doing first at the top`
              : `Showing ${shown.length} of ${rows.length} pupils`}
          </Body1>
          <RegisterTable rows={shown} wording={wording} timeZone={settings.timeZone} />
        </>
      )}
    </section>
  );
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
