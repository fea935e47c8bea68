import { DateField } from '../../ui/DateField';
import { SelectField } from '../../ui/SelectField';
import { DURATION_OPTIONS, TIME_OPTIONS } from '../../app/usecases/reviews/scheduleForm';

export interface MeetingTime {
  readonly date: string | null;
  readonly time: string;
  readonly durationMinutes: number;
}

export interface MeetingTimeFieldsProps {
  readonly value: MeetingTime;
  readonly dateError?: string;
  readonly timeError?: string;
  readonly disabled?: boolean;
  onChange(change: Partial<MeetingTime>): void;
}

/** Date, start time (UK) and length of a meeting. */
export const MeetingTimeFields = ({
  value,
  dateError,
  timeError,
  disabled,
  onChange,
}: MeetingTimeFieldsProps) => {
  const times = TIME_OPTIONS.some((o) => o.value === value.time)
    ? TIME_OPTIONS
    : [...TIME_OPTIONS, { value: value.time, label: value.time }];
  const lengths = DURATION_OPTIONS.some((o) => o.value === String(value.durationMinutes))
    ? DURATION_OPTIONS
    : [
        ...DURATION_OPTIONS,
        { value: String(value.durationMinutes), label: `${value.durationMinutes} minutes` },
      ];
  return (
    <>
      <DateField
        label="Date"
        value={value.date}
        required
        readOnly={disabled}
        error={dateError}
        onChange={(date) => onChange({ date })}
      />
      <SelectField
        label="Start time"
        hint="UK time"
        value={value.time}
        options={times}
        error={timeError}
        readOnly={disabled}
        onChange={(time) => onChange({ time })}
      />
      <SelectField
        label="Length"
        value={String(value.durationMinutes)}
        options={lengths}
        readOnly={disabled}
        onChange={(minutes) => onChange({ durationMinutes: Number(minutes) })}
      />
    </>
  );
};
