export { LimitedTextField } from './LimitedTextField';
export type { LimitedTextFieldProps } from './LimitedTextField.types';
export { useLimitedTextField } from './useLimitedTextField';
