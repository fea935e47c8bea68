import { Field, makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import {
  REVIEW_FILTER_LABELS,
  SORT_LABELS,
  STATUS_FILTER_LABELS,
  type ReviewFilter,
  type RowFilter,
  type SortKey,
  type StatusFilter,
} from '../../app/usecases/dashboardRows';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    alignItems: 'flex-end',
    marginBottom: tokens.spacingVerticalM,
  },
  search: { minWidth: '16rem' },
});

export interface DashboardFiltersProps {
  readonly filter: RowFilter;
  readonly sort: SortKey;
  onFilterChange(filter: RowFilter): void;
  onSortChange(sort: SortKey): void;
}

const options = <K extends string>(labels: Readonly<Record<K, string>>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

/** Native selects (through Fluent's Select) so every control works with the keyboard and screen readers. */
export const DashboardFilters = ({ filter, sort, onFilterChange, onSortChange }: DashboardFiltersProps) => {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label="Filter pupils">
      <Field label="Search pupils" className={styles.search}>
        <SearchBox
          value={filter.text}
          placeholder="Name or pupil reference"
          onChange={(_, data) => onFilterChange({ ...filter, text: data.value })}
        />
      </Field>
      <Field label="Plan status">
        <Select
          value={filter.status}
          onChange={(_, data) => onFilterChange({ ...filter, status: data.value as StatusFilter })}
        >
          {options(STATUS_FILTER_LABELS)}
        </Select>
      </Field>
      <Field label="Review">
        <Select
          value={filter.review}
          onChange={(_, data) => onFilterChange({ ...filter, review: data.value as ReviewFilter })}
        >
          {options(REVIEW_FILTER_LABELS)}
        </Select>
      </Field>
      <Field label="Sort by">
        <Select value={sort} onChange={(_, data) => onSortChange(data.value as SortKey)}>
          {options(SORT_LABELS)}
        </Select>
      </Field>
    </div>
  );
};
