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

/** What a store is built from: the IEP store's and the provision store's deps. */
export interface StoreContextDeps {
  readonly siteId: string;
  readonly clock: Clock;
  readonly currentUser: () => Promise<CurrentUser>;
  readonly newId?: () => string;
  /** From `checkIepLists`/`provisionIepLists`; when absent they are looked up once, on first use. */
  readonly listIds?: IepListIds;
  /**
   * The configured SEN site, when `siteId` and `listIds` were carried in from outside (a tab's URL):
   * the class dashboard then checks in the same `$batch` that `siteId` is that site.
   */
  readonly confirmSite?: string;
  /** Retries of throttled sub-requests inside `$batch` (attempts, injectable sleep). */
  readonly batch?: BatchOptions;
  /** Items per page; a class of up to this many pupils loads in one request. */
  readonly pageSize?: number;
  /**
   * Where creates with an unknown outcome are remembered (default: for the life of this store). Give
   * one that outlives the page where unsaved edits do, so "Save again" after a reload looks them up too.
   */
  readonly unsettledCreates?: UnsettledCreates;
  /**
   * Care teams (docs/ACCESS.md), loaded on first use: new items go into their pupil's folder, and pupils
   * added or moved get their class's access. Absent: items are created at the lists' root, as before.
   */
  readonly careTeams?: () => Promise<StoreCareTeams>;
  /**
   * The school's record label for closed versions (`records.closedVersionLabel`, docs/RECORDS.md); used only
   * with care teams, whose chunk carries the SharePoint REST call that applies it.
   */
  readonly closedVersionLabel?: string;
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
          withdrawPupil: async (pupilId, classTeamId) =>
            (await load()).withdrawPupil(pupilId, classTeamId, await listIds()),
          restorePupil: async (pupilId, classTeamId) =>
            (await load()).restorePupil(pupilId, classTeamId, await listIds()),
        },
      };

const recordsOf = (
  load: (() => Promise<StoreCareTeams>) | undefined,
  label: string | undefined,
): Pick<StoreContext, 'records'> =>
  load === undefined || label === undefined
    ? {}
    : {
        records: {
          label,
          labelItems: async (listId, itemIds) => (await load()).labelRecords(listId, itemIds, label),
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
    ...recordsOf(deps.careTeams, deps.closedVersionLabel),
  };
};
