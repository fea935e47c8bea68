import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../../domain/clock';
import { memoise } from '../../domain/memoise';
import type { CurrentUser } from '../../domain/ports';
import type { BatchOptions } from '../batch';
import { resolveIepListIds, type IepListIds } from './lists';
import { DEFAULT_PAGE_SIZE } from './shared/requests';
import { inMemoryUnsettledCreates, type UnsettledCreates } from './shared/unsettledCreates';
import { siteCheck } from './siteCheck';
import type { StoreCareTeams } from './storeCareTeams';
import type { StoreContext } from './storeContext';

/** What a store is built from (store.ts's SharePointStoreDeps says what each is for). */
export interface StoreContextDeps {
  readonly siteId: string;
  readonly clock: Clock;
  readonly currentUser: () => Promise<CurrentUser>;
  readonly newId?: () => string;
  readonly listIds?: IepListIds;
  readonly confirmSite?: string;
  readonly batch?: BatchOptions;
  readonly pageSize?: number;
  readonly unsettledCreates?: UnsettledCreates;
  readonly careTeams?: () => Promise<StoreCareTeams>;
}

/** The store's view of care teams: each call waits for the chunk that holds them. */
const careTeamsOf = (
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

/** The context every store operation is given: list ids looked up once, on first use, unless known. */
export const storeContextOf = (client: Client, deps: StoreContextDeps): StoreContext => {
  const batch = deps.batch ?? {};
  const known = deps.listIds;
  const listIds = known
    ? () => Promise.resolve(known)
    : memoise(() => resolveIepListIds(client, deps.siteId, batch));
  return {
    client,
    siteId: deps.siteId,
    listIds,
    ...(deps.confirmSite ? { siteCheck: siteCheck(deps.confirmSite, deps.siteId) } : {}),
    batch,
    pageSize: deps.pageSize ?? DEFAULT_PAGE_SIZE,
    clock: deps.clock,
    currentUser: deps.currentUser,
    newId: deps.newId ?? (() => globalThis.crypto.randomUUID()),
    unsettled: deps.unsettledCreates ?? inMemoryUnsettledCreates(),
    ...careTeamsOf(deps.careTeams, listIds),
  };
};
