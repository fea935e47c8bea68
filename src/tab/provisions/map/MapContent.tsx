import { Body1, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { AppServices } from '../../../app/services';
import {
  buildProvisionMap,
  WHOLE_PROVISION_MAP,
  type ProvisionMapFilters,
} from '../../../app/usecases/provisions/provisionMap';
import { termLabel } from '../../../app/usecases/provisions/mapLabels';
import type { ProvisionMapData } from '../../../domain';
import { formatHours, formatPounds } from '../../../domain/provisionCost';
import type { SchoolTerm } from '../../../domain/termDates';
import { routeHash } from '../../routing/routes';
import { ProblemsBar } from '../../shared/ProblemsBar';
import { ImpactSection } from './ImpactSection';
import { MapExportButtons } from './MapExportButtons';
import { MapGrid } from './MapGrid';
import { PupilCostStatementView } from './PupilCostStatementView';
import { StaffTimeTable } from './StaffTimeTable';

export interface MapContentProps {
  readonly services: AppServices;
  readonly data: ProvisionMapData;
  readonly term: SchoolTerm;
  readonly filters: ProvisionMapFilters;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The loaded map of one term: the grid, what each pupil costs and whether the provision works. */
export const MapContent = ({ services, data, term, filters }: MapContentProps) => {
  const name = termLabel(term);
  const map = useMemo(() => buildProvisionMap(data, term, filters), [data, term, filters]);
  // A pupil's statement is all of their provision this term, whatever the grid is filtered to.
  const filtered = filters.areaOfNeed !== 'all' || filters.staffRole !== 'all';
  const whole = useMemo(
    () =>
      filtered ? buildProvisionMap(data, term, { ...WHOLE_PROVISION_MAP, columns: filters.columns }) : map,
    [filtered, data, term, filters.columns, map],
  );

  if (whole.totals.placements === 0) {
    return (
      <>
        <ProblemsBar problems={data.problems} />
        {/* The id marks the empty map for the bench's render timing (scripts/bench/provisionMapRender.ts). */}
        <MessageBar id="provision-map-empty" intent="info" layout="multiline">
          <MessageBarBody>
            No pupils are on a provision this term. Open{' '}
            <Link href={routeHash({ name: 'provisions' })}>Provisions</Link> to add pupils.
          </MessageBarBody>
        </MessageBar>
      </>
    );
  }
  const { totals } = map;
  return (
    <>
      <ProblemsBar problems={data.problems} />
      {/* The export buttons (.xlsx and Word) export the map as shown, filters and all. */}
      <MapExportButtons services={services} map={map} term={term} />
      {totals.placements === 0 ? (
        <Body1>
          No provision this term matches these filters. Choose “Every area of need” and “Every staff role” to
          see the whole map.
        </Body1>
      ) : (
        <>
          <Body1>
            {plural(totals.pupils, 'pupil', 'pupils')} on{' '}
            {plural(totals.placements, 'placement', 'placements')} in{' '}
            {plural(totals.groups, 'group', 'groups')}: {formatHours(totals.staffHours)} of staff time costing{' '}
            {formatPounds(totals.costPence)} this term.
          </Body1>
          <MapGrid map={map} label={`Provision map for ${name}`} />
          <StaffTimeTable map={map} termName={name} />
          <ImpactSection map={map} termName={name} />
        </>
      )}
      <PupilCostStatementView map={whole} termName={name} />
    </>
  );
};
