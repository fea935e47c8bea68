import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { Delete16Regular } from '@fluentui/react-icons';
import { TARGET_AREA_LABELS, TargetAreaSchema, type GroupTarget } from '../../../domain';
import { DateField } from '../../../ui/DateField';
import { SelectField } from '../../../ui/SelectField';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
});

const AREAS = TargetAreaSchema.options.map((a) => ({ value: a, label: TARGET_AREA_LABELS[a] }));

export interface SharedTargetFieldsProps {
  readonly target: GroupTarget;
  readonly position: number;
  /** Messages keyed by the field inside the target (`text`, `targetDate`). */
  readonly errors: Readonly<Record<string, string>>;
  onChange(target: GroupTarget): void;
  onRemove(): void;
}

/** One shared target of a group plan: written once for the whole group. */
export const SharedTargetFields = ({
  target,
  position,
  errors,
  onChange,
  onRemove,
}: SharedTargetFieldsProps) => {
  const styles = useStyles();
  const set = (patch: Partial<GroupTarget>) => onChange({ ...target, ...patch });
  return (
    <fieldset className={styles.card}>
      <legend className={styles.heading}>Shared target {position}</legend>
      <div className={styles.pair}>
        <SelectField
          label="Area"
          value={target.area}
          options={AREAS}
          onChange={(area) => set({ area })}
          error={errors.area}
        />
        <DateField
          label="Target date"
          value={target.targetDate}
          onChange={(targetDate) => set({ targetDate })}
          error={errors.targetDate}
        />
      </div>
      <Field
        label="Target"
        required
        hint="Written so the children can understand it."
        validationState={errors.text ? 'error' : 'none'}
        validationMessage={errors.text}
      >
        <Input value={target.text} maxLength={255} onChange={(_, d) => set({ text: d.value })} />
      </Field>
      <Field
        label="Success criteria"
        validationState={errors.successCriteria ? 'error' : 'none'}
        validationMessage={errors.successCriteria}
      >
        <Textarea
          value={target.successCriteria}
          resize="vertical"
          onChange={(_, d) => set({ successCriteria: d.value })}
        />
      </Field>
      <div>
        <Button icon={<Delete16Regular />} onClick={onRemove} aria-label={`Remove shared target ${position}`}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
};
