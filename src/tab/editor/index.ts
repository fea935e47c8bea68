/**
 * The IEP editor page, loaded on demand by the tab shell (`React.lazy(() => import('./editor'))`),
 * so the dashboard never downloads it.
 */
import { PlanEditorPage } from './PlanEditorPage';

export { PlanEditorPage };
export type { PlanEditorPageProps } from './PlanEditorPage';
export default PlanEditorPage;
