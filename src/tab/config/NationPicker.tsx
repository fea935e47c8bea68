import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { Nation } from '../../domain/terminology';

const NATIONS: readonly { readonly value: Nation; readonly label: string }[] = [
  { value: 'england', label: 'England (SEN Code of Practice: SENCO, SEN support, EHC plans)' },
  { value: 'wales', label: 'Wales (ALN Code: ALNCo, individual development plans)' },
  { value: 'scotland', label: 'Scotland (Additional Support for Learning, GIRFEC wellbeing indicators)' },
];

export interface NationPickerProps {
  readonly value: Nation;
  onChange(nation: Nation): void;
}

/** The guidance the school follows: it names the stages, roles and sections of every new plan. */
export const NationPicker = ({ value, onChange }: NationPickerProps) => (
  <Field
    label="Which nation's guidance does the school follow?"
    hint="New plans use its terms. Plans already written keep the terms they were written with."
  >
    <RadioGroup
      value={value}
      onChange={(_, data) => {
        const picked = NATIONS.find((nation) => nation.value === data.value);
        if (picked) onChange(picked.value);
      }}
    >
      {NATIONS.map((nation) => (
        <Radio key={nation.value} value={nation.value} label={nation.label} />
      ))}
    </RadioGroup>
  </Field>
);
