import { Checkbox, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { AREA_OF_NEED_LABELS, AreaOfNeedSchema } from '../../../domain';
import {
  DELIVERY_LABELS,
  DeliverySchema,
  STAFF_ROLE_LABELS,
  StaffRoleSchema,
} from '../../../domain/provision';
import type {
  ProvisionFormErrors,
  ProvisionFormValues,
} from '../../../app/usecases/provisions/provisionForm';
import { SelectField, type SelectOption } from '../../../ui/SelectField';
import { StaffNamesField } from './StaffNamesField';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type TextKey =
  | 'name'
  | 'groupSize'
  | 'staffPerSession'
  | 'sessionsPerWeek'
  | 'minutesPerSession'
  | 'weeksPerTerm'
  | 'costPerHour'
  | 'resourcesCost'
  | 'measureName';

/** The form's labels, also used to name a colleague's changes after a conflict. */
export const PROVISION_FIELD_LABELS: Readonly<Record<keyof ProvisionFormValues, string>> = {
  name: 'Name',
  areaOfNeed: 'Area of need',
  delivery: 'Group or 1:1',
  groupSize: 'Group size',
  staffRole: 'Staff role',
  staffNames: 'Named staff',
  staffPerSession: 'Staff in each session',
  sessionsPerWeek: 'Sessions per week',
  minutesPerSession: 'Minutes per session',
  weeksPerTerm: 'Weeks per term',
  costPerHour: 'Cost per hour (£)',
  resourcesCost: 'Resources cost per term (£)',
  description: 'What happens in a session',
  measureName: 'Entry and exit measure',
  higherIsBetter: 'A higher score is better',
  retired: 'No longer offered',
};

const AREAS: SelectOption<ProvisionFormValues['areaOfNeed']>[] = [
  { value: '', label: 'Choose an area of need' },
  ...AreaOfNeedSchema.options.map((a) => ({ value: a, label: AREA_OF_NEED_LABELS[a] })),
];
const DELIVERIES = DeliverySchema.options.map((d) => ({ value: d, label: DELIVERY_LABELS[d] }));
const ROLES = StaffRoleSchema.options.map((r) => ({ value: r, label: STAFF_ROLE_LABELS[r] }));

export interface ProvisionFormProps {
  readonly values: ProvisionFormValues;
  readonly errors: ProvisionFormErrors;
  /** Editing a provision already in the catalogue: it can then be marked as no longer offered. */
  readonly existing: boolean;
  onChange(values: ProvisionFormValues): void;
}

/** Every field of a provision, each with its label, a hint where it helps and its own message. */
export const ProvisionForm = ({ values, errors, existing, onChange }: ProvisionFormProps) => {
  const styles = useStyles();
  const set = <K extends keyof ProvisionFormValues>(key: K, value: ProvisionFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (
    key: TextKey,
    hint?: string,
    options: { required?: boolean; inputMode?: 'numeric' | 'decimal' } = {},
  ) => (
    <Field
      label={PROVISION_FIELD_LABELS[key]}
      hint={hint}
      required={options.required ?? false}
      validationState={errors[key] ? 'error' : 'none'}
      validationMessage={errors[key]}
    >
      <Input
        value={values[key]}
        maxLength={255}
        inputMode={options.inputMode}
        onChange={(_, d) => set(key, d.value)}
      />
    </Field>
  );
  const whole = (key: TextKey, hint: string) => text(key, hint, { required: true, inputMode: 'numeric' });
  return (
    <div className={styles.column}>
      <div className={styles.grid}>
        {text('name', 'As staff know it, e.g. “Phonics catch-up group”.', { required: true })}
        <SelectField
          label={PROVISION_FIELD_LABELS.areaOfNeed}
          value={values.areaOfNeed}
          options={AREAS}
          onChange={(v) => set('areaOfNeed', v)}
          error={errors.areaOfNeed}
          required
        />
        <SelectField
          label={PROVISION_FIELD_LABELS.delivery}
          value={values.delivery}
          options={DELIVERIES}
          onChange={(v) => set('delivery', v)}
          error={errors.delivery}
        />
        {values.delivery === 'group'
          ? whole('groupSize', 'Most pupils in one group; more pupils in a term make another group.')
          : null}
        <SelectField
          label={PROVISION_FIELD_LABELS.staffRole}
          value={values.staffRole}
          options={ROLES}
          onChange={(v) => set('staffRole', v)}
          error={errors.staffRole}
          hint="Its cost per hour is the cost of one member of staff in this role."
        />
        {whole('staffPerSession', 'Adults running each session, usually 1.')}
        {whole('sessionsPerWeek', 'A whole number, e.g. 3.')}
        {whole('minutesPerSession', 'A whole number of minutes, e.g. 30.')}
        {whole('weeksPerTerm', 'Weeks it runs in a whole term; a pupil joining part way counts their share.')}
        {text('costPerHour', 'Pounds and pence for one hour of one member of staff, e.g. 18.50.', {
          required: true,
          inputMode: 'decimal',
        })}
        {text('resourcesCost', 'For one group for a whole term: books, licences, materials. 0 if none.', {
          inputMode: 'decimal',
        })}
      </div>
      <StaffNamesField
        names={values.staffNames}
        errors={errors}
        onChange={(names) => set('staffNames', names)}
      />
      <Field
        label={PROVISION_FIELD_LABELS.description}
        hint="A linked target's “Strategies and provision” is filled from this."
        validationState={errors.description ? 'error' : 'none'}
        validationMessage={errors.description}
      >
        <Textarea
          value={values.description}
          resize="vertical"
          onChange={(_, d) => set('description', d.value)}
        />
      </Field>
      <div className={styles.grid}>
        {text('measureName', 'How progress is measured at entry and exit, e.g. “Phonics screening score”.')}
        <Checkbox
          label={PROVISION_FIELD_LABELS.higherIsBetter}
          checked={values.higherIsBetter}
          onChange={(_, d) => set('higherIsBetter', d.checked === true)}
        />
        {existing ? (
          <Checkbox
            label="No longer offered (kept for past terms' maps)"
            checked={values.retired}
            onChange={(_, d) => set('retired', d.checked === true)}
          />
        ) : null}
      </div>
    </div>
  );
};
