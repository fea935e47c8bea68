import { Checkbox, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ErrorCircle12Filled } from '@fluentui/react-icons';

export interface CheckboxGroupProps<V extends string> {
  /** Read out as the group's name before each option. */
  readonly legend: string;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly selected: readonly V[];
  readonly onChange: (selected: V[]) => void;
  readonly fieldPath?: string;
  readonly error?: string;
  readonly hint?: string;
  readonly readOnly?: boolean;
}

const useStyles = makeStyles({
  fieldset: {
    borderTopWidth: 0,
    borderRightWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
    marginLeft: 0,
    marginRight: 0,
    paddingLeft: 0,
    paddingRight: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: 0,
    paddingRight: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** Read-only, the chosen options are plain text: readable, and not greyed out like disabled boxes. */
const ReadOnlyChoices = ({ labels }: { labels: readonly string[] }) =>
  labels.length === 0 ? (
    <p>None chosen</p>
  ) : (
    <ul>
      {labels.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  );

/** Several choices under one legend (Fluent has no checkbox group; a fieldset gives the same semantics). */
export const CheckboxGroup = <V extends string>(props: CheckboxGroupProps<V>) => {
  const styles = useStyles();
  const hintId = useId('group-hint-');
  const errorId = useId('group-error-');
  const describedBy =
    [props.error ? errorId : undefined, props.hint ? hintId : undefined].filter(Boolean).join(' ') ||
    undefined;
  const toggle = (value: V, checked: boolean) => {
    const next = props.options
      .map((o) => o.value)
      .filter((v) => (v === value ? checked : props.selected.includes(v)));
    props.onChange(next);
  };
  return (
    <fieldset
      className={styles.fieldset}
      aria-describedby={describedBy}
      aria-invalid={props.error ? true : undefined}
    >
      <legend className={styles.legend}>{props.legend}</legend>
      {props.readOnly ? (
        <ReadOnlyChoices
          labels={props.options.filter((o) => props.selected.includes(o.value)).map((o) => o.label)}
        />
      ) : (
        props.options.map((option, index) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={props.selected.includes(option.value)}
            data-field-path={index === 0 ? props.fieldPath : undefined}
            onChange={(_, data) => toggle(option.value, data.checked === true)}
          />
        ))
      )}
      {props.hint && (
        <div id={hintId} className={styles.hint}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <div id={errorId} role="alert" className={styles.error}>
          <ErrorCircle12Filled aria-hidden /> {props.error}
        </div>
      )}
    </fieldset>
  );
};
