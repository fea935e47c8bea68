import type { Client } from '@microsoft/microsoft-graph-client';
import type { ProvisionStore } from '../../../domain';
import { storeContextOf, type StoreContextDeps } from '../storeContextOf';
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

/** As the IEP store's (storeContextOf.ts); no page size (the map reads in Graph's largest pages) or site check. */
export type SharePointProvisionStoreDeps = Omit<StoreContextDeps, 'confirmSite' | 'pageSize'>;

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
