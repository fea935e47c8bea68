import { lazy, Suspense, type ReactNode } from 'react';
import { PageSkeleton } from '../../ui/common/PageSkeleton';

/**
 * The SEN register's pages (the whole school, a pupil, adding, importing, the new school year) load on
 * demand, in one chunk of their own: most staff never open them, and the tab's first load keeps its budget.
 */
const registerChunk = () => import(/* webpackChunkName: "register" */ '../register/pages');

export const LazyRegisterPage = lazy(() => registerChunk().then((m) => ({ default: m.RegisterPage })));
export const LazyAddPupilPage = lazy(() => registerChunk().then((m) => ({ default: m.AddPupilPage })));
export const LazyImportPage = lazy(() => registerChunk().then((m) => ({ default: m.ImportPage })));
export const LazyRolloverPage = lazy(() => registerChunk().then((m) => ({ default: m.RolloverPage })));
export const LazyOffRegisterPage = lazy(() => registerChunk().then((m) => ({ default: m.OffRegisterPage })));
export const LazyStaffAccessPage = lazy(() => registerChunk().then((m) => ({ default: m.StaffAccessPage })));
export const LazyPupilPage = lazy(() => registerChunk().then((m) => ({ default: m.PupilPage })));

/** The provision map's pages: SEN leads only, in a chunk of their own. */
const provisionChunk = () => import(/* webpackChunkName: "provisions" */ '../provisions/pages');
export const LazyProvisionsPage = lazy(() => provisionChunk().then((m) => ({ default: m.ProvisionsPage })));
export const LazyNewProvisionPage = lazy(() =>
  provisionChunk().then((m) => ({ default: m.NewProvisionPage })),
);
export const LazyProvisionPage = lazy(() => provisionChunk().then((m) => ({ default: m.ProvisionPage })));
export const LazyProvisionMapPage = lazy(() =>
  provisionChunk().then((m) => ({ default: m.ProvisionMapPage })),
);

export const RegisterSuspense = ({ children }: { readonly children: ReactNode }) => (
  <Suspense fallback={<PageSkeleton label="Opening the register" rows={6} />}>{children}</Suspense>
);
