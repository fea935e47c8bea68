import { useId } from '@fluentui/react-components';
import { CheckboxGroup } from '../CheckboxGroup';
import { LimitedTextField } from '../LimitedTextField';
import { SelectField } from '../SelectField';
import type { LongTermTargetEditorProps } from './ShortTermTargetEditor.types';
import { AREA_OPTIONS, WELLBEING_OPTIONS } from './targetOptions';
import { useTargetEditorStyles } from './useTargetEditorStyles.styles';

/** A long-term target (usually for the school year), with Scotland's wellbeing indicators where used. */
export const LongTermTargetEditor = (props: LongTermTargetEditorProps) => {
  const { target, fieldPathPrefix: prefix, readOnly, onChange } = props;
  const styles = useTargetEditorStyles();
  const headingId = useId('long-term-target-');
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h3 id={headingId} className={styles.heading}>
          Long-term target {props.position}
        </h3>
        {props.actions && <div className={styles.actions}>{props.actions}</div>}
      </div>
      <div className={styles.fields}>
        <SelectField
          label="Area"
          value={target.area}
          options={AREA_OPTIONS}
          onChange={(area) => onChange({ area })}
          fieldPath={`${prefix}.area`}
          error={props.errors?.area}
          readOnly={readOnly}
        />
        <LimitedTextField
          label="Long-term target"
          value={target.text}
          onChange={(text) => onChange({ text })}
          fieldPath={`${prefix}.text`}
          error={props.errors?.text}
          required
          readOnly={readOnly}
        />
        {props.showWellbeing && (
          <CheckboxGroup
            legend="Wellbeing indicators (SHANARRI)"
            options={WELLBEING_OPTIONS}
            selected={target.wellbeing}
            onChange={(wellbeing) => onChange({ wellbeing })}
            fieldPath={`${prefix}.wellbeing`}
            error={props.errors?.wellbeing}
            readOnly={readOnly}
          />
        )}
      </div>
    </section>
  );
};
