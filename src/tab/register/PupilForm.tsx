import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import {
  PRIMARY_NEED_CODES,
  PRIMARY_NEED_LABELS,
  type ClassTeam,
  type PrimaryNeed,
  type SenStatus,
} from '../../domain';
import type { PupilFormErrors, PupilFormValues } from '../../app/usecases/register/pupilForm';
import type { RegisterWording } from '../../app/usecases/register/registerWording';
import { DateField } from '../../ui/DateField';
import { SelectField, type SelectOption } from '../../ui/SelectField';
import { senStatusLabel } from './registerLabels';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

export const YEAR_GROUPS: readonly string[] = [
  'Nursery',
  'Reception',
  ...Array.from({ length: 13 }, (_, i) => `Year ${i + 1}`),
];

export interface PupilFormProps {
  readonly values: PupilFormValues;
  readonly errors: PupilFormErrors;
  readonly classes: readonly ClassTeam[];
  readonly wording: RegisterWording;
  onChange(values: PupilFormValues): void;
}

/** The pupil's register entry: every field the census and the plan need, each with its own message. */
export const PupilForm = ({ values, errors, classes, wording, onChange }: PupilFormProps) => {
  const styles = useStyles();
  const set = <K extends keyof PupilFormValues>(key: K, value: PupilFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (
    key: 'givenName' | 'familyName' | 'preferredName' | 'pupilRef',
    label: string,
    hint?: string,
  ) => (
    <Field
      label={label}
      hint={hint}
      required={key !== 'preferredName'}
      validationState={errors[key] ? 'error' : 'none'}
      validationMessage={errors[key]}
    >
      <Input value={values[key]} maxLength={255} onChange={(_, d) => set(key, d.value)} />
    </Field>
  );
  const years: SelectOption<string>[] = [
    { value: '', label: 'Not recorded' },
    ...YEAR_GROUPS.map((y) => ({ value: y, label: y })),
    ...(values.yearGroup && !YEAR_GROUPS.includes(values.yearGroup)
      ? [{ value: values.yearGroup, label: values.yearGroup }]
      : []),
  ];
  const classOptions: SelectOption<string>[] = [
    { value: '', label: 'Choose a class' },
    ...classes.map((c) => ({ value: c.id, label: c.displayName })),
  ];
  const stages: SelectOption<SenStatus>[] = (['K', 'E'] as const).map((code) => ({
    value: code,
    label: senStatusLabel(code, wording),
  }));
  const needs: SelectOption<PrimaryNeed | ''>[] = [
    { value: '', label: 'Not recorded' },
    ...PRIMARY_NEED_CODES.map((code) => ({
      value: code,
      label: wording.censusCodes ? `${code}: ${PRIMARY_NEED_LABELS[code]}` : PRIMARY_NEED_LABELS[code],
    })),
  ];
  return (
    <div className={styles.grid}>
      {text('givenName', 'First name (legal)')}
      {text('familyName', 'Last name (legal)')}
      {text('preferredName', 'Preferred name')}
      <DateField
        label="Date of birth"
        required
        value={values.dateOfBirth || null}
        error={errors.dateOfBirth}
        onChange={(value) => set('dateOfBirth', value ?? '')}
      />
      {text('pupilRef', 'Pupil reference', 'The UPN, or the admission number the MIS uses')}
      <SelectField
        label="Year group"
        value={values.yearGroup}
        options={years}
        error={errors.yearGroup}
        onChange={(value) => set('yearGroup', value)}
      />
      <SelectField
        label="Class team"
        required
        value={values.classTeamId}
        options={classOptions}
        error={errors.classTeamId}
        onChange={(value) => set('classTeamId', value)}
      />
      <SelectField
        label="Stage"
        required
        value={values.senStatus}
        options={stages}
        error={errors.senStatus}
        onChange={(value) => set('senStatus', value)}
      />
      <SelectField
        label="Primary need"
        value={values.primaryNeed}
        options={needs}
        error={errors.primaryNeed}
        hint="Required for the census: NSA if it has not been assessed yet"
        onChange={(value) => set('primaryNeed', value)}
      />
    </div>
  );
};
