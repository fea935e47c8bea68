import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../../../domain/clock';
import type { CurrentUser, ProvisionStore } from '../../../domain';
import type { BatchOptions } from '../../batch';
import type { IepListIds } from '../lists';
import type { UnsettledCreates } from '../shared/unsettledCreates';
import { storeContextOf } from '../storeContextOf';
import type { StoreCareTeams } from '../storeCareTeams';
import { addPlacements } from './addPlacements';
import {
  createGroupPlan,
  createProvision,
  removePlacement,
  saveGroupPlan,
  savePlacement,
  saveProvision,
} from './catalogueWrites';
import { listProvisions, loadProvisionMap, pupilProvisions } from './provisionReads';

export interface SharePointProvisionStoreDeps {
  readonly siteId: string;
  readonly clock: Clock;
  readonly currentUser: () => Promise<CurrentUser>;
  readonly newId?: () => string;
  readonly unsettledCreates?: UnsettledCreates;
  /** Care teams (docs/ACCESS.md): placements go into the pupil's folder, with their class's staff. */
  readonly careTeams?: () => Promise<StoreCareTeams>;
  /** From `checkIepLists`/`provisionIepLists`; when absent they are looked up once, on first use. */
  readonly listIds?: IepListIds;
  /** Retries of throttled sub-requests inside `$batch` (attempts, injectable sleep). */
  readonly batch?: BatchOptions;
}

/**
 * The provision map's store over the SEN site's lists (IEP Provisions, IEP Provision Pupils, IEP Group
 * Plans; SCHEMA.md), built as the IEP store is: the same request builders, paging, `$batch`, client keys
 * and If-Match saves.
 */
export const createSharePointProvisionStore = (
  client: Client,
  deps: SharePointProvisionStoreDeps,
): ProvisionStore => {
  const ctx = storeContextOf(client, deps);
  /** Pupils whose placements folder is known to be there, with their care team, for this store's life. */
  const readyFolders = new Set<string>();
  return {
    listProvisions: () => listProvisions(ctx),
    loadProvisionMap: (term) => loadProvisionMap(ctx, term),
    createProvision: (provision) => createProvision(ctx, provision),
    saveProvision: (edited, base) => saveProvision(ctx, edited, base),
    addPlacements: (placements, onProgress) => addPlacements(ctx, placements, onProgress, readyFolders),
    savePlacement: (edited, base) => savePlacement(ctx, edited, base),
    removePlacement: (placement) => removePlacement(ctx, placement),
    createGroupPlan: (plan) => createGroupPlan(ctx, plan),
    saveGroupPlan: (edited, base) => saveGroupPlan(ctx, edited, base),
    pupilProvisions: (pupilId) => pupilProvisions(ctx, pupilId),
  };
};
