import { Field, Input, Textarea } from '@fluentui/react-components';
import type { LimitedTextFieldProps } from './LimitedTextField.types';
import { useLimitedTextField } from './useLimitedTextField';

/** A labelled text input or textarea with a live character count and field-level validation. */
export const LimitedTextField = (props: LimitedTextFieldProps) => {
  const state = useLimitedTextField(props);
  const hint = [props.hint, state.countText].filter(Boolean).join(' · ') || undefined;
  const controlProps = {
    value: props.value,
    readOnly: props.readOnly,
    placeholder: props.placeholder,
    'data-field-path': props.fieldPath,
  };
  return (
    <Field
      label={props.label}
      required={props.required && !props.readOnly}
      hint={hint}
      validationState={state.message ? 'error' : 'none'}
      validationMessage={state.message}
    >
      {props.multiline ? (
        <Textarea
          {...controlProps}
          resize="vertical"
          rows={props.rows ?? 3}
          onChange={(_, data) => props.onChange(data.value)}
        />
      ) : (
        <Input
          {...controlProps}
          type={props.type ?? 'text'}
          onChange={(_, data) => props.onChange(data.value)}
        />
      )}
    </Field>
  );
};
