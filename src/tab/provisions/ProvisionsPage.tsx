import { Body1, Button, makeStyles, Title2, Title3, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { AppServices } from '../../app/services';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { ProblemsBar } from '../shared/ProblemsBar';
import { usePageStyles } from '../shared/usePageStyles';
import { ProvisionTable } from './catalogue/ProvisionTable';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export interface ProvisionsPageProps {
  readonly services: AppServices;
}

/** The school's catalogue of additional provision (SEN leads): what runs, for whom, at what cost. */
export const ProvisionsPage = ({ services }: ProvisionsPageProps) => {
  const page = usePageStyles();
  const styles = useStyles();
  const load = useCallback(() => services.provisions.listProvisions(), [services]);
  const { state, reload } = useLoad(load);

  if (state.status === 'loading') return <PageSkeleton label="Loading the school's provisions" />;
  if (state.status === 'error') {
    return (
      <div className={page.root}>
        <ErrorMessage error={state.error} title="The provisions could not be loaded" onRetry={reload} page />
      </div>
    );
  }
  const byName = [...state.data.provisions].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const offered = byName.filter((p) => !p.retired);
  const retired = byName.filter((p) => p.retired);
  return (
    <section className={page.root} aria-labelledby="provisions-title">
      <Title2 as="h1" id="provisions-title">
        Provisions
      </Title2>
      <Body1>
        The additional provision the school runs: interventions, who delivers them, how often and what they
        cost.
      </Body1>
      <div className={styles.actions}>
        <Button as="a" appearance="primary" href={routeHash({ name: 'provision-new' })}>
          New provision
        </Button>
        <Button as="a" href={routeHash({ name: 'provision-map' })}>
          Provision map
        </Button>
      </div>
      <ProblemsBar problems={state.data.problems} />
      {offered.length === 0 ? (
        <Body1>No provisions yet. Add the school's first one with New provision.</Body1>
      ) : (
        <ProvisionTable provisions={offered} caption="Provisions offered" />
      )}
      {retired.length > 0 ? (
        <section aria-labelledby="retired-title">
          <Title3 as="h2" id="retired-title">
            No longer offered
          </Title3>
          <ProvisionTable provisions={retired} caption="Provisions no longer offered (kept for past terms)" />
        </section>
      ) : null}
    </section>
  );
};
