import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { useRef } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', listStyleType: 'none' },
  name: { flexGrow: 1 },
});

export interface StaffNamesFieldProps {
  readonly names: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
  onChange(names: string[]): void;
}

/** The staff who deliver a provision, by name: one box each, added and removed with buttons. */
export const StaffNamesField = ({ names, errors, onChange }: StaffNamesFieldProps) => {
  const styles = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const focusRow = (index: number) =>
    // After React has drawn the new row.
    setTimeout(() => listRef.current?.querySelectorAll('input')[index]?.focus(), 0);
  return (
    <fieldset>
      <legend>Named staff</legend>
      <ul ref={listRef} className={styles.list}>
        {names.map((name, index) => (
          <li key={index} className={styles.row}>
            <Field
              className={styles.name}
              label={`Member of staff ${index + 1}`}
              validationState={errors[`staffNames.${index}`] ? 'error' : 'none'}
              validationMessage={errors[`staffNames.${index}`]}
            >
              <Input
                value={name}
                maxLength={255}
                onChange={(_, d) => onChange(names.map((n, i) => (i === index ? d.value : n)))}
              />
            </Field>
            <Button
              icon={<Delete16Regular />}
              aria-label={`Remove member of staff ${index + 1}`}
              onClick={() => {
                onChange(names.filter((_, i) => i !== index));
                focusRow(Math.max(0, index - 1));
              }}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Button
        icon={<Add16Regular />}
        disabled={names.length >= 20}
        onClick={() => {
          onChange([...names, '']);
          focusRow(names.length);
        }}
      >
        Add a member of staff
      </Button>
    </fieldset>
  );
};
