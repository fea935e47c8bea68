/**
 * The provision map as a Word document: the map worked out here (provisionMap.ts) and worded as the
 * screen words it, laid out by the renderer in src/word.
 */
import { AREA_OF_NEED_LABELS, formatUkDate } from '../../../domain';
import { DELIVERY_LABELS, STAFF_ROLE_LABELS } from '../../../domain/provision';
import {
  exportProvisionMapDocx,
  type MapDocumentRow,
  type ProvisionMapDocument,
} from '../../../word/provisionMap/provisionMapDocx';
import type { SchoolBranding } from '../../../word/schoolLogo';
import { termLabel } from './mapLabels';
import { formatPounds } from '../../../domain/provisionCost';
import type { MapFigures, ProvisionMap, ProvisionMapFilters } from './provisionMap';

/** Hours to one decimal place at most, as the map's grid shows them: "12.5". */
const hoursText = (hours: number): string => hours.toLocaleString('en-GB', { maximumFractionDigits: 1 });

const figuresRow = (
  name: string,
  delivery: string,
  f: MapFigures,
  cells: readonly number[],
): MapDocumentRow => ({
  name,
  delivery,
  groups: f.groups,
  places: f.placements,
  pupils: f.pupils,
  staffHours: hoursText(f.staffHours),
  cost: formatPounds(f.costPence),
  cells,
});

const filtersText = (filters: ProvisionMapFilters): string | null => {
  const parts = [
    filters.areaOfNeed === 'all' ? null : `area of need: ${AREA_OF_NEED_LABELS[filters.areaOfNeed]}`,
    filters.staffRole === 'all' ? null : `staff role: ${STAFF_ROLE_LABELS[filters.staffRole]}`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join('; ');
};

/** The map as the document shows it. */
export const provisionMapDocument = (map: ProvisionMap): ProvisionMapDocument => ({
  title: `Provision map: ${termLabel(map.term)}`,
  period: `${formatUkDate(map.term.start)} to ${formatUkDate(map.term.end)}`,
  filters: filtersText(map.filters),
  columnsBy: map.filters.columns === 'class' ? 'Class' : 'Year group',
  columns: map.columns.map((c) => c.label),
  areas: map.areas.map((area) => ({
    label: area.label,
    rows: area.rows.map((row) =>
      figuresRow(row.provision.name, DELIVERY_LABELS[row.provision.delivery], row, row.cells),
    ),
    totals: figuresRow(`Total: ${area.label}`, '', area.totals, area.totals.cells),
  })),
  school: figuresRow(
    'Whole school',
    '',
    map.totals,
    map.columnTotals.map((c) => c.pupils),
  ),
  staff: map.staff.map((s) => ({ name: s.name, hours: hoursText(s.hours) })),
});

/** The .docx bytes of the map as shown (filters applied), with the school's name and logo when given. */
export const renderProvisionMapDocx = (map: ProvisionMap, school?: SchoolBranding): Uint8Array =>
  exportProvisionMapDocx(provisionMapDocument(map), school);
