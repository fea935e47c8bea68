import { Body1, Link, Title2 } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { AppServices } from '../../app/services';
import { currentOrNextTerm } from '../../app/usecases/provisions/currentTerm';
import { WHOLE_PROVISION_MAP, type ProvisionMapFilters } from '../../app/usecases/provisions/provisionMap';
import { todayIn } from '../../domain/dates';
import { wholeTerms, type SchoolTerm } from '../../domain/termDates';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { PageSkeleton } from '../../ui/common/PageSkeleton';
import { useLoad } from '../../ui/common/useLoad';
import { routeHash } from '../routing/routes';
import { usePageStyles } from '../shared/usePageStyles';
import { MapContent } from './map/MapContent';
import { MapFilters } from './map/MapFilters';

export interface ProvisionMapPageProps {
  readonly services: AppServices;
}

/** The school's additional provision in one term: who is on what, staff hours and cost, and what works. */
export const ProvisionMapPage = ({ services }: ProvisionMapPageProps) => {
  const page = usePageStyles();
  const { provisions, settings, clock } = services;
  const terms = useMemo(() => wholeTerms(settings.terms), [settings.terms]);
  const [term, setTerm] = useState<SchoolTerm | null>(() =>
    currentOrNextTerm(terms, todayIn(clock, settings.timeZone)),
  );
  const [filters, setFilters] = useState<ProvisionMapFilters>(WHOLE_PROVISION_MAP);
  const termStart = term?.start ?? null;
  const load = useMemo(
    () => (termStart === null ? null : () => provisions.loadProvisionMap(termStart)),
    [provisions, termStart],
  );
  const { state, reload } = useLoad(load);
  const retry = useCallback(() => reload(), [reload]);

  return (
    <section className={page.root} aria-labelledby="provision-map-title">
      <Link href={routeHash({ name: 'provisions' })}>Provisions</Link>
      <Title2 as="h1" id="provision-map-title">
        Provision map
      </Title2>
      {term === null ? (
        <Body1>
          No school terms are set up, so there is no term to map. Ask whoever set up IEP Planner for the
          school to add the term dates.
        </Body1>
      ) : (
        <>
          <MapFilters
            terms={terms}
            term={term}
            filters={filters}
            onTermChange={setTerm}
            onFiltersChange={setFilters}
          />
          {state.status === 'ready' ? (
            <MapContent services={services} data={state.data} term={term} filters={filters} />
          ) : state.status === 'error' ? (
            <ErrorMessage
              error={state.error}
              title="The provision map could not be loaded"
              onRetry={retry}
              page
            />
          ) : (
            <PageSkeleton label="Loading the provision map" />
          )}
        </>
      )}
    </section>
  );
};
