import { formatUkDate } from '../../../domain/dates';
import type { SchoolTerm } from '../../../domain/termDates';
import { SelectField } from '../../../ui/SelectField';

export interface TermPickerProps {
  readonly terms: readonly SchoolTerm[];
  readonly value: string;
  onChange(term: string): void;
}

/** The school's whole terms, by name and dates; a term is known by its first day. */
export const TermPicker = ({ terms, value, onChange }: TermPickerProps) => (
  <SelectField
    label="Term"
    value={value}
    options={terms.map((t) => ({
      value: t.start,
      label: `${t.name} (${formatUkDate(t.start)} to ${formatUkDate(t.end)})`,
    }))}
    onChange={onChange}
  />
);
