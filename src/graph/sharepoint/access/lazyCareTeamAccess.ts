import type { CareTeamAccess, CareTeamAccessOptions } from './careTeamAccess';
import type { SharePointRestOptions } from './spFactory';

export type CareTeamAccessConfig = SharePointRestOptions & CareTeamAccessOptions;

/**
 * CareTeamAccess with PnPjs loaded on first use, as its own chunk: a teacher opening a class never
 * downloads it, and the tab's first load stays within its size budget. Only types are imported here.
 */
export const lazyCareTeamAccess = (config: CareTeamAccessConfig): CareTeamAccess => {
  let loading: Promise<CareTeamAccess> | null = null;
  const load = (): Promise<CareTeamAccess> => {
    if (!loading) {
      loading = Promise.all([
        import(/* webpackChunkName: "sharepoint-rest" */ './spFactory'),
        import(/* webpackChunkName: "sharepoint-rest" */ './careTeamAccess'),
      ]).then(([{ createSharePointRest }, { createCareTeamAccess }]) =>
        createCareTeamAccess(createSharePointRest(config), config),
      );
      // A chunk that failed to load (offline) is fetched again next time.
      void loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };
  return {
    ensureSetup: async (...args) => (await load()).ensureSetup(...args),
    ensureClassGroups: async (...args) => (await load()).ensureClassGroups(...args),
    securePupil: async (...args) => (await load()).securePupil(...args),
    movePupil: async (...args) => (await load()).movePupil(...args),
    createInFolder: async (...args) => (await load()).createInFolder(...args),
    folderUrlOf: async (...args) => (await load()).folderUrlOf(...args),
    myGroups: async () => (await load()).myGroups(),
    setClassStaff: async (...args) => (await load()).setClassStaff(...args),
    setSenLeads: async (...args) => (await load()).setSenLeads(...args),
  };
};
