import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import type { FieldIssue } from '../../../domain/errors';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { SelectField } from '../../../ui/SelectField';
import { issueAt } from '../validation/fieldIssues';

export interface PersonFieldSpec<T> {
  readonly key: keyof T & string;
  readonly label: string;
  readonly type?: 'text' | 'email';
  readonly required?: boolean;
  /** Offered as a list (with the current value kept if it is not in it). */
  readonly choices?: readonly string[];
}

export interface PeopleListProps<T> {
  /** "Teaching assistant": numbered in legends and button names. */
  readonly noun: string;
  readonly items: readonly T[];
  readonly fields: readonly PersonFieldSpec<T>[];
  readonly fieldPath: string;
  readonly issues: readonly FieldIssue[];
  readonly readOnly: boolean;
  readonly onChange: (items: T[]) => void;
  readonly newItem: () => T;
}

const useStyles = makeStyles({
  group: {
    borderTopWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorNeutralStroke2,
    marginLeft: 0,
    marginRight: 0,
    paddingLeft: tokens.spacingHorizontalM,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingLeft: 0 },
});

/** A list of people (teaching assistants, parents and carers, professionals): add, edit, remove. */
export const PeopleList = <T extends Record<string, unknown>>(props: PeopleListProps<T>) => {
  const styles = useStyles();
  const set = (index: number, key: keyof T & string, value: string) =>
    props.onChange(props.items.map((item, i) => (i === index ? { ...item, [key]: value } : item)));
  return (
    <>
      {props.items.map((item, index) => {
        const name = `${props.noun} ${index + 1}`;
        return (
          <fieldset key={index} className={styles.group}>
            <legend className={styles.legend}>{name}</legend>
            {props.fields.map((field) => {
              const path = `${props.fieldPath}.${index}.${field.key}`;
              const value = String(item[field.key] ?? '');
              const common = {
                label: field.label,
                value,
                fieldPath: path,
                error: issueAt(props.issues, path),
                readOnly: props.readOnly,
                required: field.required,
              };
              if (field.choices) {
                const choices =
                  field.choices.includes(value) || value === '' ? field.choices : [...field.choices, value];
                return (
                  <SelectField
                    key={field.key}
                    {...common}
                    options={[
                      { value: '', label: 'Choose…' },
                      ...choices.map((c) => ({ value: c, label: c })),
                    ]}
                    onChange={(v) => set(index, field.key, v)}
                  />
                );
              }
              return (
                <LimitedTextField
                  key={field.key}
                  {...common}
                  type={field.type}
                  onChange={(v) => set(index, field.key, v)}
                />
              );
            })}
            {!props.readOnly && (
              <div>
                <Button
                  icon={<Delete16Regular />}
                  aria-label={`Remove ${name.toLowerCase()}`}
                  onClick={() => props.onChange(props.items.filter((_, i) => i !== index))}
                >
                  Remove
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {!props.readOnly && (
        <div>
          <Button icon={<Add16Regular />} onClick={() => props.onChange([...props.items, props.newItem()])}>
            Add {props.noun.toLowerCase()}
          </Button>
        </div>
      )}
    </>
  );
};
