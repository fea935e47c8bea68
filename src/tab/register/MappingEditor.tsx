import { Body1, Field, makeStyles, Select, Subtitle1, tokens } from '@fluentui/react-components';
import { REGISTER_FIELD_LABELS, REGISTER_FIELDS, type RegisterField } from '../../domain';
import type { ColumnMapping } from '../../app/usecases/register/misCsv/headers';
import { REQUIRED_COLUMNS } from '../../app/usecases/register/misCsv/preview';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

export interface MappingEditorProps {
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly sourceLabel: string;
  onChange(mapping: ColumnMapping): void;
}

/** Which column of the file feeds each register field: recognised ones filled in, the rest by hand. */
export const MappingEditor = ({ headers, mapping, sourceLabel, onChange }: MappingEditorProps) => {
  const styles = useStyles();
  const missing = REQUIRED_COLUMNS.filter((field) => mapping[field] === null);
  return (
    <section aria-labelledby="mapping-title">
      <Subtitle1 as="h2" id="mapping-title">
        Columns
      </Subtitle1>
      <Body1>
        {sourceLabel} Check each field reads from the right column
        {missing.length > 0
          ? `; choose a column for ${missing.map((f) => REGISTER_FIELD_LABELS[f]).join(', ')} before importing.`
          : '.'}
      </Body1>
      <div className={styles.grid}>
        {REGISTER_FIELDS.map((field: RegisterField) => {
          const required = REQUIRED_COLUMNS.includes(field);
          const unset = mapping[field] === null;
          return (
            <Field
              key={field}
              label={REGISTER_FIELD_LABELS[field]}
              required={required}
              validationState={required && unset ? 'error' : 'none'}
              validationMessage={required && unset ? 'Choose the column with this field.' : undefined}
            >
              <Select
                value={mapping[field] ?? ''}
                onChange={(_, d) => onChange({ ...mapping, [field]: d.value === '' ? null : d.value })}
              >
                <option value="">Not in this file</option>
                {headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </section>
  );
};
