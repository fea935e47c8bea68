export { DocumentLanguageField } from './DocumentLanguageField';
export type { DocumentLanguageCode, DocumentLanguageFieldProps } from './DocumentLanguageField';
