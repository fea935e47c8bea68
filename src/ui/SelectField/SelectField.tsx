import { Field, Input, Select } from '@fluentui/react-components';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface SelectFieldProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly SelectOption<V>[];
  readonly onChange: (value: V) => void;
  readonly fieldPath?: string;
  readonly error?: string;
  readonly hint?: string;
  readonly readOnly?: boolean;
  readonly required?: boolean;
}

/**
 * A native select (keyboard and screen-reader behaviour come from the browser). Read-only, it turns
 * into a read-only text box: still focusable and labelled, unlike a disabled select.
 */
export const SelectField = <V extends string>(props: SelectFieldProps<V>) => {
  const current = props.options.find((o) => o.value === props.value);
  return (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required && !props.readOnly}
      validationState={props.error ? 'error' : 'none'}
      validationMessage={props.error}
    >
      {props.readOnly ? (
        <Input readOnly value={current?.label ?? props.value} data-field-path={props.fieldPath} />
      ) : (
        <Select
          value={props.value}
          data-field-path={props.fieldPath}
          onChange={(_, data) => {
            const chosen = props.options.find((o) => o.value === data.value);
            if (chosen) props.onChange(chosen.value);
          }}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
};
