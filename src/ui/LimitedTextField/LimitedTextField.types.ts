export interface LimitedTextFieldProps {
  /** The visible label; also names the field in the over-limit message. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Dotted path of the value in the plan (`shortTermTargets.0.text`): lets the editor find the field to focus. */
  readonly fieldPath?: string;
  /** A textarea instead of a one-line input. */
  readonly multiline?: boolean;
  /** Characters SharePoint will store; defaults to the single- or multi-line column limit. */
  readonly limit?: number;
  /** A validation message from the domain rules; shown in place of the field's own over-limit message. */
  readonly error?: string;
  readonly hint?: string;
  readonly required?: boolean;
  readonly readOnly?: boolean;
  readonly type?: 'text' | 'email';
  readonly rows?: number;
  readonly placeholder?: string;
}
