import { Field, Radio, RadioGroup } from '@fluentui/react-components';

/** The languages a plan in Wales can be printed in; every other plan prints in English only. */
export type DocumentLanguageCode = 'en' | 'cy';

const LANGUAGES: readonly { readonly language: DocumentLanguageCode; readonly label: string }[] = [
  { language: 'en', label: 'English' },
  { language: 'cy', label: 'Welsh (Cymraeg)' },
];

export interface DocumentLanguageFieldProps {
  readonly value: DocumentLanguageCode;
  onChange(language: DocumentLanguageCode): void;
}

/** English or Welsh for a plan's documents, the same choice in the tab's export and the Word pane. */
export const DocumentLanguageField = ({ value, onChange }: DocumentLanguageFieldProps) => (
  <Field label="Language of the documents">
    <RadioGroup
      layout="horizontal"
      value={value}
      onChange={(_, data) => onChange(data.value === 'cy' ? 'cy' : 'en')}
    >
      {LANGUAGES.map((option) => (
        <Radio key={option.language} value={option.language} label={option.label} />
      ))}
    </RadioGroup>
  </Field>
);
