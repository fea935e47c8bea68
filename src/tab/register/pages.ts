/** The register's pages, loaded together on demand (src/tab/routing/RegisterRoutes.tsx). */
export { AddPupilPage } from './AddPupilPage';
export { ImportPage } from './ImportPage';
export { PupilPage } from './PupilPage';
export { RegisterPage } from './RegisterPage';
export { RolloverPage } from './RolloverPage';
export { OffRegisterPage } from './OffRegisterPage';
export { StaffAccessPage } from './staff/StaffAccessPage';
