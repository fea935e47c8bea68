import {
  AREA_OF_NEED_LABELS,
  AreaOfNeedSchema,
  byRegisterName,
  pupilDisplayName,
  type AreaOfNeed,
  type IsoDate,
  type Placement,
  type Provision,
  type ProvisionId,
  type ProvisionMapData,
  type Pupil,
  type PupilId,
  type StaffRole,
} from '../../../domain';
import { costProvisionTerm, staffHoursByPerson, type PupilCost } from '../../../domain/provisionCost';
import { provisionImpact, type ProvisionImpact } from '../../../domain/provisionImpact';
import type { SchoolTerm } from '../../../domain/termDates';
import { compareYearGroups } from '../register/registerRows';

/**
 * The provision map of one term: provisions (rows, grouped by area of need) by year group or class
 * (columns), with pupils, staff hours and cost, and each pupil's cost statement. Every figure comes
 * from the pupils' shares of their groups' costs (provisionCost.ts), so the columns, the areas and
 * the pupils' statements all add up to the same school total, to the penny.
 */

export type MapColumnsBy = 'year-group' | 'class';

export interface ProvisionMapFilters {
  readonly columns: MapColumnsBy;
  readonly areaOfNeed: AreaOfNeed | 'all';
  readonly staffRole: StaffRole | 'all';
}

export const WHOLE_PROVISION_MAP: ProvisionMapFilters = {
  columns: 'year-group',
  areaOfNeed: 'all',
  staffRole: 'all',
};

export const NOT_ON_REGISTER_NAME = 'Pupil no longer on the register';
const NOT_ON_REGISTER_COLUMN = { key: '\u0000left', label: 'No longer on the register' };
const NO_YEAR_GROUP_COLUMN = { key: '\u0000none', label: 'No year group' };

export interface MapColumn {
  readonly key: string;
  readonly label: string;
}

export interface MapFigures {
  /** Distinct pupils. */
  readonly pupils: number;
  readonly placements: number;
  readonly groups: number;
  readonly staffHours: number;
  readonly costPence: number;
}

export interface MapRow extends MapFigures {
  readonly provision: Provision;
  /** Pupils of this provision in each column, in the order of `ProvisionMap.columns`. */
  readonly cells: readonly number[];
  readonly impact: ProvisionImpact;
}

export interface MapArea {
  readonly areaOfNeed: AreaOfNeed;
  readonly label: string;
  readonly rows: readonly MapRow[];
  /** The area's subtotal: distinct pupils per column and its figures. */
  readonly totals: MapFigures & { readonly cells: readonly number[] };
}

export interface ColumnTotal {
  readonly pupils: number;
  /** The sum of the column's pupils' shares. */
  readonly costPence: number;
}

export interface PupilCostLine {
  readonly provisionId: ProvisionId;
  readonly provisionName: string;
  readonly areaOfNeed: AreaOfNeed;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Hours of provision the pupil receives this term. */
  readonly hours: number;
  readonly costPence: number;
}

export interface PupilCostStatement {
  readonly pupilId: PupilId;
  /** Their name, or "Pupil no longer on the register" for one who has left. */
  readonly name: string;
  readonly onRegister: boolean;
  /** The register's pupil reference (UPN), for a statement sent with an EHC plan or funding bid. */
  readonly pupilRef: string;
  readonly yearGroup: string;
  readonly className: string;
  readonly lines: readonly PupilCostLine[];
  readonly hours: number;
  readonly costPence: number;
}

export interface StaffTime {
  readonly name: string;
  readonly hours: number;
}

export interface ProvisionMap {
  readonly term: SchoolTerm;
  readonly filters: ProvisionMapFilters;
  readonly columns: readonly MapColumn[];
  readonly areas: readonly MapArea[];
  readonly columnTotals: readonly ColumnTotal[];
  readonly totals: MapFigures;
  /** Pupils on the rows shown, named pupils in register order, then those who have left. */
  readonly pupils: readonly PupilCostStatement[];
  /** Hours of each named member of staff on the rows shown, by name (staffHoursByPerson's rule). */
  readonly staff: readonly StaffTime[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const columnOf = (pupil: Pupil | undefined, by: MapColumnsBy): MapColumn => {
  if (!pupil) return NOT_ON_REGISTER_COLUMN;
  if (by === 'class') return { key: pupil.classTeamId, label: pupil.className };
  const yearGroup = pupil.yearGroup.trim();
  return yearGroup === '' ? NO_YEAR_GROUP_COLUMN : { key: yearGroup, label: yearGroup };
};

/** Columns in school order; the "no year group" and "left" columns come last. */
const orderColumns = (columns: Iterable<MapColumn>, by: MapColumnsBy): MapColumn[] => {
  const rank = (c: MapColumn) => (c === NOT_ON_REGISTER_COLUMN ? 2 : c === NO_YEAR_GROUP_COLUMN ? 1 : 0);
  const compare = by === 'year-group' ? compareYearGroups : collator.compare;
  return [...columns].sort((a, b) => rank(a) - rank(b) || compare(a.label, b.label));
};

const shown = (provision: Provision, filters: ProvisionMapFilters): boolean =>
  (filters.areaOfNeed === 'all' || provision.areaOfNeed === filters.areaOfNeed) &&
  (filters.staffRole === 'all' || provision.staffRole === filters.staffRole);

interface CostedRow {
  readonly provision: Provision;
  readonly pupils: readonly PupilCost[];
  readonly groups: number;
  readonly staffHours: number;
  readonly impact: ProvisionImpact;
}

const costRows = (data: ProvisionMapData, term: SchoolTerm, filters: ProvisionMapFilters): CostedRow[] => {
  const byProvision = new Map<ProvisionId, Placement[]>();
  for (const placement of data.placements) {
    if (placement.term !== term.start) continue;
    const list = byProvision.get(placement.provisionId) ?? [];
    list.push(placement);
    byProvision.set(placement.provisionId, list);
  }
  return data.provisions.flatMap((provision) => {
    const placements = byProvision.get(provision.id);
    if (!placements || !shown(provision, filters)) return [];
    const cost = costProvisionTerm(provision, placements, term);
    return [
      {
        provision,
        pupils: cost.pupils,
        groups: cost.groups.length,
        staffHours: cost.groups.reduce((sum, g) => sum + g.staffHours, 0),
        impact: provisionImpact(provision, placements),
      },
    ];
  });
};

const countPerColumn = (sets: ReadonlyMap<string, ReadonlySet<PupilId>>, columns: readonly MapColumn[]) =>
  columns.map((c) => sets.get(c.key)?.size ?? 0);

const addTo = (sets: Map<string, Set<PupilId>>, key: string, pupilId: PupilId): void => {
  const set = sets.get(key) ?? new Set<PupilId>();
  set.add(pupilId);
  sets.set(key, set);
};

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const statementOf = (
  pupilId: PupilId,
  pupil: Pupil | undefined,
  lines: PupilCostLine[],
): PupilCostStatement => ({
  pupilId,
  name: pupil ? pupilDisplayName(pupil) : NOT_ON_REGISTER_NAME,
  onRegister: pupil !== undefined,
  pupilRef: pupil?.pupilRef ?? '',
  yearGroup: pupil?.yearGroup ?? '',
  className: pupil?.className ?? '',
  lines: lines.sort((a, b) => collator.compare(a.provisionName, b.provisionName)),
  hours: sum(lines.map((l) => l.hours)),
  costPence: sum(lines.map((l) => l.costPence)),
});

export const buildProvisionMap = (
  data: ProvisionMapData,
  term: SchoolTerm,
  filters: ProvisionMapFilters = WHOLE_PROVISION_MAP,
): ProvisionMap => {
  const register = new Map(data.pupils.map((p) => [p.id, p]));
  const placementsById = new Map(data.placements.map((p) => [p.id, p]));
  const rows = costRows(data, term, filters);

  const columnsByKey = new Map<string, MapColumn>();
  const columnOfPupil = new Map<PupilId, MapColumn>();
  for (const row of rows) {
    for (const cost of row.pupils) {
      if (columnOfPupil.has(cost.pupilId)) continue;
      const column = columnOf(register.get(cost.pupilId), filters.columns);
      columnOfPupil.set(cost.pupilId, column);
      columnsByKey.set(column.key, column);
    }
  }
  const columns = orderColumns(columnsByKey.values(), filters.columns);
  const keyOf = (pupilId: PupilId): string => columnOfPupil.get(pupilId)?.key ?? NOT_ON_REGISTER_COLUMN.key;

  const schoolColumns = new Map<string, Set<PupilId>>();
  const columnCost = new Map<string, number>();
  const lines = new Map<PupilId, PupilCostLine[]>();
  const areas: MapArea[] = [];
  for (const areaOfNeed of AreaOfNeedSchema.options) {
    const areaRows = rows
      .filter((r) => r.provision.areaOfNeed === areaOfNeed)
      .sort((a, b) => collator.compare(a.provision.name, b.provision.name));
    if (areaRows.length === 0) continue;
    const areaColumns = new Map<string, Set<PupilId>>();
    const mapRows = areaRows.map((row): MapRow => {
      const rowColumns = new Map<string, Set<PupilId>>();
      for (const cost of row.pupils) {
        const key = keyOf(cost.pupilId);
        for (const sets of [rowColumns, areaColumns, schoolColumns]) addTo(sets, key, cost.pupilId);
        columnCost.set(key, (columnCost.get(key) ?? 0) + cost.costPence);
        const pupilLines = lines.get(cost.pupilId) ?? [];
        const placement = placementsById.get(cost.placementId);
        pupilLines.push({
          provisionId: row.provision.id,
          provisionName: row.provision.name,
          areaOfNeed,
          start: placement?.start ?? term.start,
          end: placement?.end ?? term.end,
          hours: cost.hours,
          costPence: cost.costPence,
        });
        lines.set(cost.pupilId, pupilLines);
      }
      return {
        provision: row.provision,
        cells: countPerColumn(rowColumns, columns),
        pupils: new Set(row.pupils.map((p) => p.pupilId)).size,
        placements: row.pupils.length,
        groups: row.groups,
        staffHours: row.staffHours,
        costPence: sum(row.pupils.map((p) => p.costPence)),
        impact: row.impact,
      };
    });
    areas.push({
      areaOfNeed,
      label: AREA_OF_NEED_LABELS[areaOfNeed],
      rows: mapRows,
      totals: {
        cells: countPerColumn(areaColumns, columns),
        pupils: new Set(areaRows.flatMap((r) => r.pupils.map((p) => p.pupilId))).size,
        ...figuresOf(mapRows),
      },
    });
  }

  const allRows = areas.flatMap((a) => a.rows);
  const pupils = [...lines].map(([pupilId, pupilLines]) =>
    statementOf(pupilId, register.get(pupilId), pupilLines),
  );
  return {
    term,
    filters,
    columns,
    areas,
    columnTotals: columns.map((c) => ({
      pupils: schoolColumns.get(c.key)?.size ?? 0,
      costPence: columnCost.get(c.key) ?? 0,
    })),
    totals: { pupils: lines.size, ...figuresOf(allRows) },
    pupils: sortStatements(pupils, register),
    staff: [
      ...staffHoursByPerson(
        allRows.map((r) => r.provision),
        data.placements.filter((p) => p.term === term.start),
        term,
      ),
    ]
      .map(([name, hours]) => ({ name, hours }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
};

const figuresOf = (rows: readonly MapRow[]): Omit<MapFigures, 'pupils'> => ({
  placements: sum(rows.map((r) => r.placements)),
  groups: sum(rows.map((r) => r.groups)),
  staffHours: sum(rows.map((r) => r.staffHours)),
  costPence: sum(rows.map((r) => r.costPence)),
});

const sortStatements = (
  statements: PupilCostStatement[],
  register: ReadonlyMap<PupilId, Pupil>,
): PupilCostStatement[] => {
  const known = statements.filter((s) => s.onRegister);
  const left = statements.filter((s) => !s.onRegister);
  known.sort((a, b) => byRegisterName(register.get(a.pupilId) as Pupil, register.get(b.pupilId) as Pupil));
  left.sort((a, b) => (a.pupilId < b.pupilId ? -1 : a.pupilId > b.pupilId ? 1 : 0));
  return [...known, ...left];
};

/** One pupil's provisions this term, hours and cost, as the map counted them; null when they have none. */
export const pupilCostStatement = (map: ProvisionMap, pupilId: PupilId): PupilCostStatement | null =>
  map.pupils.find((p) => p.pupilId === pupilId) ?? null;
