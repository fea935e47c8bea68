export { PupilHeader } from './PupilHeader';
export type { PupilHeaderProps } from './PupilHeader.types';
