import type { IepListIds } from './lists';
import type { StoreCareTeams } from './storeCareTeams';
import type { StoreContext } from './storeContext';

/** The store's view of care teams: each call waits for the chunk that holds them. */
export const careTeamsOf = (
  load: (() => Promise<StoreCareTeams>) | undefined,
  listIds: () => Promise<IepListIds>,
): Pick<StoreContext, 'folders' | 'scopes'> =>
  load === undefined
    ? {}
    : {
        folders: {
          createInFolder: async (listId, pupilId, fields) =>
            (await load()).folders.createInFolder(listId, pupilId, fields),
        },
        scopes: {
          securePupil: async (pupilId, classTeamId) =>
            (await load()).securePupil(pupilId, classTeamId, await listIds()),
          movePupil: async (pupilId, from, to) =>
            (await load()).movePupil(pupilId, from, to, await listIds()),
          securePupilFolder: async (pupilId, classTeamId, list) =>
            (await load()).securePupilFolder(pupilId, classTeamId, list, await listIds()),
        },
      };
