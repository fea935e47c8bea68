import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ProvisionMapFilters } from '../../../app/usecases/provisions/provisionMap';
import { termLabel } from '../../../app/usecases/provisions/mapLabels';
import { AREA_OF_NEED_LABELS, AreaOfNeedSchema, type AreaOfNeed, type StaffRole } from '../../../domain';
import { STAFF_ROLE_LABELS, StaffRoleSchema } from '../../../domain/provision';
import { formatUkDate } from '../../../domain/dates';
import type { SchoolTerm } from '../../../domain/termDates';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
});

export interface MapFiltersProps {
  readonly terms: readonly SchoolTerm[];
  readonly term: SchoolTerm;
  readonly filters: ProvisionMapFilters;
  onTermChange(term: SchoolTerm): void;
  onFiltersChange(filters: ProvisionMapFilters): void;
}

const option = (value: string, label: string): ReactNode => (
  <option key={value} value={value}>
    {label}
  </option>
);

const isArea = (value: string): value is AreaOfNeed => AreaOfNeedSchema.safeParse(value).success;
const isRole = (value: string): value is StaffRole => StaffRoleSchema.safeParse(value).success;

/** The term and the map's filters, as native selects so each works with the keyboard and a screen reader. */
export const MapFilters = ({ terms, term, filters, onTermChange, onFiltersChange }: MapFiltersProps) => {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label="Choose the term and filter the provision map">
      <Field label="Term">
        <Select
          value={term.start}
          onChange={(_, d) => {
            const chosen = terms.find((t) => t.start === d.value);
            if (chosen) onTermChange(chosen);
          }}
        >
          {terms.map((t) =>
            option(t.start, `${termLabel(t)} (${formatUkDate(t.start)} to ${formatUkDate(t.end)})`),
          )}
        </Select>
      </Field>
      <Field label="Area of need">
        <Select
          value={filters.areaOfNeed}
          onChange={(_, d) => onFiltersChange({ ...filters, areaOfNeed: isArea(d.value) ? d.value : 'all' })}
        >
          {option('all', 'Every area of need')}
          {AreaOfNeedSchema.options.map((area) => option(area, AREA_OF_NEED_LABELS[area]))}
        </Select>
      </Field>
      <Field label="Staff role">
        <Select
          value={filters.staffRole}
          onChange={(_, d) => onFiltersChange({ ...filters, staffRole: isRole(d.value) ? d.value : 'all' })}
        >
          {option('all', 'Every staff role')}
          {StaffRoleSchema.options.map((role) => option(role, STAFF_ROLE_LABELS[role]))}
        </Select>
      </Field>
      <Field label="Columns">
        <Select
          value={filters.columns}
          onChange={(_, d) =>
            onFiltersChange({ ...filters, columns: d.value === 'class' ? 'class' : 'year-group' })
          }
        >
          {option('year-group', 'By year group')}
          {option('class', 'By class')}
        </Select>
      </Field>
    </div>
  );
};
