export { DateField, ukDateOrRaw } from './DateField';
export type { DateFieldProps } from './DateField';
