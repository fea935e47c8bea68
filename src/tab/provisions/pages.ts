/** The provision map's pages, loaded together on demand (routing/RegisterRoutes.tsx). */
export { ProvisionsPage } from './ProvisionsPage';
export { NewProvisionPage } from './NewProvisionPage';
export { ProvisionPage } from './ProvisionPage';
export { ProvisionMapPage } from './ProvisionMapPage';
