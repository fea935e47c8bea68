import { Field, makeStyles, SearchBox, Select, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PRIMARY_NEED_LABELS, SEN_STATUS_CODES, type PrimaryNeed, type SenStatus } from '../../domain';
import type {
  RegisterFilter,
  RegisterReviewStatus,
  registerFilterOptions,
} from '../../app/usecases/register/registerRows';
import type { RegisterWording } from '../../app/usecases/register/registerWording';
import { REVIEW_STATUS_LABELS, senStatusLabel } from './registerLabels';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  search: { minWidth: '14rem' },
});

export interface RegisterFiltersProps {
  readonly filter: RegisterFilter;
  readonly options: ReturnType<typeof registerFilterOptions>;
  readonly wording: RegisterWording;
  onChange(filter: RegisterFilter): void;
}

const option = (value: string, label: string): ReactNode => (
  <option key={value} value={value}>
    {label}
  </option>
);

/** Native selects (through Fluent's Select), so each filter works with the keyboard and a screen reader. */
export const RegisterFilters = ({ filter, options, wording, onChange }: RegisterFiltersProps) => {
  const styles = useStyles();
  return (
    <div className={styles.root} role="search" aria-label="Filter the register">
      <Field label="Search pupils" className={styles.search}>
        <SearchBox
          value={filter.text}
          placeholder="Name or pupil reference"
          onChange={(_, data) => onChange({ ...filter, text: data.value })}
        />
      </Field>
      <Field label="Year group">
        <Select value={filter.yearGroup} onChange={(_, d) => onChange({ ...filter, yearGroup: d.value })}>
          {option('all', 'All year groups')}
          {options.yearGroups.map((year) => option(year, year))}
        </Select>
      </Field>
      <Field label="Class">
        <Select value={filter.classTeamId} onChange={(_, d) => onChange({ ...filter, classTeamId: d.value })}>
          {option('all', 'All classes')}
          {options.classes.map((c) => option(c.id, c.name))}
        </Select>
      </Field>
      <Field label="Stage">
        <Select
          value={filter.senStatus}
          onChange={(_, d) => onChange({ ...filter, senStatus: d.value as SenStatus | 'all' })}
        >
          {option('all', 'Every stage')}
          {SEN_STATUS_CODES.filter((code) => code !== 'N').map((code) =>
            option(code, senStatusLabel(code, wording)),
          )}
        </Select>
      </Field>
      <Field label="Primary need">
        <Select
          value={filter.primaryNeed}
          onChange={(_, d) => onChange({ ...filter, primaryNeed: d.value as PrimaryNeed | 'all' })}
        >
          {option('all', 'Any need')}
          {options.primaryNeeds.map((need) => option(need, PRIMARY_NEED_LABELS[need]))}
        </Select>
      </Field>
      <Field label="Review">
        <Select
          value={filter.review}
          onChange={(_, d) => onChange({ ...filter, review: d.value as RegisterReviewStatus | 'all' })}
        >
          {option('all', 'Any review')}
          {(Object.entries(REVIEW_STATUS_LABELS) as [RegisterReviewStatus, string][]).map(([value, label]) =>
            option(value, label),
          )}
        </Select>
      </Field>
    </div>
  );
};
