import { Body1, Button, Link, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { AppServices } from '../../app/services';
import { provisionFormDraft } from '../../app/usecases/provisions/provisionFormDraft';
import { currentOrNextTerm } from '../../app/usecases/provisions/currentTerm';
import { NotFound, type Provision, type ProvisionId } from '../../domain';
import { todayIn } from '../../domain/dates';
import { wholeTerms } from '../../domain/termDates';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { ProblemsBar } from '../shared/ProblemsBar';
import { usePageStyles } from '../shared/usePageStyles';
import { ProvisionEditor } from './catalogue/ProvisionEditor';
import { ProvisionDetails } from './provision/ProvisionDetails';
import { PupilsOnProvision } from './provision/PupilsOnProvision';
import { TermPicker } from './provision/TermPicker';

const useStyles = makeStyles({
  links: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

export interface ProvisionPageProps {
  readonly services: AppServices;
  readonly provisionId: ProvisionId;
}

/** One provision: its details, its pupils in a term with their scores, and each group's plan. */
export const ProvisionPage = ({ services, provisionId }: ProvisionPageProps) => {
  const page = usePageStyles();
  const styles = useStyles();
  const terms = useMemo(() => wholeTerms(services.settings.terms), [services.settings.terms]);
  const [termKey, setTermKey] = useState(
    () => currentOrNextTerm(terms, todayIn(services.clock, services.settings.timeZone))?.start ?? '',
  );
  const term = terms.find((t) => t.start === termKey) ?? null;
  // Typing left unsaved before a reload reopens the form, so it is seen and not forgotten.
  const [editing, setEditing] = useState(
    () => provisionFormDraft.load(services.currentUser.email, provisionId) !== null,
  );
  const load = useCallback(() => services.provisions.loadProvisionMap(termKey), [services, termKey]);
  const { state, reload, replace } = useLoad(load);

  if (state.status === 'loading') return <PageSkeleton label="Loading the provision" />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage error={state.error} title="The provision could not be loaded" onRetry={reload} page />
      </div>
    );
  }
  const provision = state.data.provisions.find((p) => p.id === provisionId);
  if (!provision) {
    return (
      <div className={page.root}>
        <ErrorMessage
          error={new NotFound({ kind: 'provision', id: provisionId })}
          title="This provision is not in the school's catalogue"
        />
        <Link href={routeHash({ name: 'provisions' })}>Back to provisions</Link>
      </div>
    );
  }
  const provisionSaved = (saved: Provision) => {
    setEditing(false);
    replace({ ...state.data, provisions: state.data.provisions.map((p) => (p.id === saved.id ? saved : p)) });
  };

  return (
    <section className={page.root} aria-labelledby="provision-title">
      <div className={styles.links}>
        <Link href={routeHash({ name: 'provisions' })}>Back to provisions</Link>
        <Link href={routeHash({ name: 'provision-map' })}>Provision map</Link>
      </div>
      <Title2 as="h1" id="provision-title">
        {provision.name}
      </Title2>
      {editing ? (
        <ProvisionEditor
          services={services}
          provision={provision}
          onSaved={provisionSaved}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <ProvisionDetails provision={provision} />
          <div>
            <Button onClick={() => setEditing(true)}>Edit provision</Button>
          </div>
        </>
      )}
      <ProblemsBar problems={state.data.problems} />
      {term ? (
        <>
          <TermPicker terms={terms} value={term.start} onChange={setTermKey} />
          <PupilsOnProvision
            key={term.start}
            services={services}
            provision={provision}
            term={term}
            data={state.data}
            onChange={(data) => replace({ ...state.data, ...data })}
          />
        </>
      ) : (
        <Body1>
          The school's term dates are not set, so pupils cannot be put on provisions yet. Set them on the
          configuration page.
        </Body1>
      )}
    </section>
  );
};
