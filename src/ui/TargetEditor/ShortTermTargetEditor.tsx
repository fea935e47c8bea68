import { useId } from '@fluentui/react-components';
import type { LongTermTargetId } from '../../domain/ids';
import { DateField } from '../DateField';
import { EvidenceEditor } from './EvidenceEditor';
import { LimitedTextField } from '../LimitedTextField';
import { SelectField } from '../SelectField';
import { SmartHints } from '../SmartHints';
import type { ShortTermTargetEditorProps } from './ShortTermTargetEditor.types';
import { AREA_OPTIONS, linkOptions, NOT_LINKED, OUTCOME_OPTIONS } from './targetOptions';
import { useTargetEditorStyles } from './useTargetEditorStyles.styles';

/** Filled from a linked provision: labelled so, and still editable for this plan alone. */
const FROM_PROVISION: ReadonlySet<string> = new Set(['strategies', 'deliveredBy', 'frequency']);

/**
 * One SMART short-term target: what, how we will know, how it is taught, by whom, how often, by
 * when, and how it went, with the SMART hints beside it and its progress evidence underneath.
 */
export const ShortTermTargetEditor = (props: ShortTermTargetEditorProps) => {
  const { target, fieldPathPrefix: prefix, readOnly, onChange } = props;
  const styles = useTargetEditorStyles();
  const headingId = useId('short-term-target-');
  const name = `short-term target ${props.position}`;
  const error = (field: string) => props.errors?.[field];
  const linked = props.provisionLink?.linked ?? false;
  const text = (
    field: 'successCriteria' | 'strategies' | 'deliveredBy' | 'frequency' | 'outcomeComment',
  ) => ({
    value: target[field],
    onChange: (value: string) => onChange({ [field]: value }),
    fieldPath: `${prefix}.${field}`,
    error: error(field),
    readOnly,
    ...(linked && FROM_PROVISION.has(field) ? { hint: 'From the school provision' } : {}),
  });

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h3 id={headingId} className={styles.heading}>
          Short-term target {props.position}
        </h3>
        {props.actions && <div className={styles.actions}>{props.actions}</div>}
      </div>
      <div className={styles.body}>
        <div className={styles.fields}>
          <div className={styles.pair}>
            <SelectField
              label="Area"
              value={target.area}
              options={AREA_OPTIONS}
              onChange={(area) => onChange({ area })}
              fieldPath={`${prefix}.area`}
              error={error('area')}
              readOnly={readOnly}
            />
            <SelectField
              label="Linked long-term target"
              value={target.longTermTargetId ?? NOT_LINKED}
              options={linkOptions(props.longTermTargets, target.longTermTargetId)}
              onChange={(id) =>
                onChange({ longTermTargetId: id === NOT_LINKED ? null : (id as LongTermTargetId) })
              }
              fieldPath={`${prefix}.longTermTargetId`}
              error={error('longTermTargetId')}
              readOnly={readOnly}
            />
          </div>
          <LimitedTextField
            label="Target"
            hint="Written so the pupil can understand it, e.g. “By the end of term Sam will …”"
            value={target.text}
            onChange={(value) => onChange({ text: value })}
            fieldPath={`${prefix}.text`}
            error={error('text')}
            required
            readOnly={readOnly}
          />
          <LimitedTextField
            label="Success criteria (how we will know)"
            multiline
            {...text('successCriteria')}
          />
          {props.provisionLink?.field}
          <LimitedTextField label="Strategies and provision" multiline {...text('strategies')} />
          <div className={styles.pair}>
            <LimitedTextField label="Who delivers it" {...text('deliveredBy')} />
            <LimitedTextField label="How often and for how long" {...text('frequency')} />
          </div>
          <div className={styles.pair}>
            <DateField
              label="Target date"
              value={target.targetDate}
              onChange={(targetDate) => onChange({ targetDate })}
              fieldPath={`${prefix}.targetDate`}
              error={error('targetDate')}
              readOnly={readOnly}
            />
            <SelectField
              label="Outcome"
              value={target.outcome}
              options={OUTCOME_OPTIONS}
              onChange={(outcome) => onChange({ outcome })}
              fieldPath={`${prefix}.outcome`}
              error={error('outcome')}
              readOnly={readOnly}
            />
          </div>
          <LimitedTextField label="Outcome comment" multiline rows={2} {...text('outcomeComment')} />
        </div>
        {!readOnly && (
          <div className={styles.hints}>
            <SmartHints
              target={target}
              context={props.smartContext}
              targetName={name}
              delayMs={props.smartDelayMs}
            />
          </div>
        )}
      </div>
      <EvidenceEditor
        evidence={target.evidence}
        targetName={name}
        readOnly={props.evidence.readOnly ?? readOnly}
        today={props.evidence.today}
        recordedBy={props.evidence.recordedBy}
        newEvidenceId={props.evidence.newEvidenceId}
        onAdd={props.evidence.onAdd}
        onRemove={props.evidence.onRemove}
      />
    </section>
  );
};
