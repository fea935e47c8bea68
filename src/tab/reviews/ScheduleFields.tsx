import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { REVIEW_TYPE_LABELS, ReviewTypeSchema, type ReviewType } from '../../domain';
import { LimitedTextField } from '../../ui/LimitedTextField';
import { SelectField } from '../../ui/SelectField';
import { MeetingTimeFields } from './MeetingTimeFields';
import {
  REMINDER_OPTIONS,
  defaultDuration,
  type FormProblem,
  type ScheduleForm,
} from '../../app/usecases/reviews/scheduleForm';

export interface ScheduleFieldsProps {
  readonly form: ScheduleForm;
  readonly problems: readonly FormProblem[];
  readonly disabled: boolean;
  onChange(change: Partial<ScheduleForm>): void;
}

const TYPE_OPTIONS = ReviewTypeSchema.options.map((value) => ({ value, label: REVIEW_TYPE_LABELS[value] }));

const problemFor = (problems: readonly FormProblem[], field: FormProblem['field']): string | undefined =>
  problems.find((p) => p.field === field)?.message;

/** What kind of review, when, how long, where, the reminder and a note for the invitation. */
export const ScheduleFields = ({ form, problems, disabled, onChange }: ScheduleFieldsProps) => (
  <>
    <SelectField<ReviewType>
      label="Review type"
      value={form.type}
      options={TYPE_OPTIONS}
      readOnly={disabled}
      onChange={(type) => onChange({ type, durationMinutes: defaultDuration(type) })}
    />
    <MeetingTimeFields
      value={form}
      dateError={problemFor(problems, 'date')}
      timeError={problemFor(problems, 'time')}
      disabled={disabled}
      onChange={onChange}
    />
    <Field label="Where">
      <RadioGroup
        value={form.online ? 'online' : 'in-person'}
        disabled={disabled}
        onChange={(_, data) => onChange({ online: data.value === 'online' })}
      >
        <Radio value="in-person" label="In person" />
        <Radio value="online" label="Teams meeting" />
      </RadioGroup>
    </Field>
    {form.online ? null : (
      <LimitedTextField
        label="Location"
        value={form.location}
        readOnly={disabled}
        required
        placeholder="e.g. SENCO office"
        error={problemFor(problems, 'location')}
        onChange={(location) => onChange({ location })}
      />
    )}
    <SelectField
      label="Reminder"
      value={String(form.reminderMinutes)}
      options={REMINDER_OPTIONS}
      readOnly={disabled}
      onChange={(value) => onChange({ reminderMinutes: Number(value) })}
    />
    <LimitedTextField
      label="Note for the invitation"
      value={form.note}
      multiline
      rows={3}
      readOnly={disabled}
      hint="Shown to everyone invited, including parents and carers."
      onChange={(note) => onChange({ note })}
    />
  </>
);
