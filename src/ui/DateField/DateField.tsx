import { Field, Input } from '@fluentui/react-components';
import { formatUkDate, isIsoDate } from '../../domain/dates';

export interface DateFieldProps {
  readonly label: string;
  /** ISO `YYYY-MM-DD`, or null when no date is set. */
  readonly value: string | null;
  readonly onChange: (value: string | null) => void;
  readonly fieldPath?: string;
  readonly error?: string;
  readonly readOnly?: boolean;
  readonly required?: boolean;
}

/**
 * DD/MM/YYYY for a date or a date-time (placed on its London calendar day); anything that is not a
 * date is shown as it is rather than hidden, so a bad value can still be seen and corrected.
 */
export const ukDateOrRaw = (value: string): string => {
  if (isIsoDate(value)) return formatUkDate(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return formatUkDate(value);
  return value;
};

/**
 * A native date input (the browser's picker is keyboard and screen-reader friendly; its value is
 * ISO), with the chosen date repeated as DD/MM/YYYY so nobody has to guess the browser's order.
 */
export const DateField = (props: DateFieldProps) => {
  const hint = props.value
    ? `Day/month/year: ${ukDateOrRaw(props.value)}`
    : 'No date set. Enter day, month and year.';
  return (
    <Field
      label={props.label}
      required={props.required && !props.readOnly}
      hint={hint}
      validationState={props.error ? 'error' : 'none'}
      validationMessage={props.error}
    >
      <Input
        type="date"
        value={props.value ?? ''}
        readOnly={props.readOnly}
        data-field-path={props.fieldPath}
        onChange={(_, data) => props.onChange(data.value === '' ? null : data.value)}
      />
    </Field>
  );
};
