import type { Client } from '@microsoft/microsoft-graph-client';
import { ServiceError } from '../domain/errors';
import type { IepListIds } from '../graph/sharepoint/lists';
import {
  checkIepLists,
  provisionIepLists,
  type IepListsCheck,
  type ProvisioningProgress,
} from '../graph/sharepoint/provisioning';
import { IEP_LISTS, listSpec } from '../graph/sharepoint/schema';
import type { SiteInfo } from '../graph/sharepoint/site';
import { SEN_LIST_KEYS, type SenSiteLocation, type SenSiteStatus } from './senSiteStatus';

/**
 * The SEN site's check and setup (the configuration page's), in a chunk of their own: every column of
 * every list is described here, and only a SENCO setting the site up needs it.
 */
const locationOf = (site: SiteInfo, check: IepListsCheck): SenSiteLocation | null =>
  SEN_LIST_KEYS.every((key) => check.listIds[key])
    ? { siteId: site.id, listIds: check.listIds as IepListIds }
    : null;

const siteStatusOf = (site: SiteInfo, check: IepListsCheck): SenSiteStatus => ({
  siteId: site.id,
  location: locationOf(site, check),
  displayName: site.displayName || 'The SEN site',
  missing: [
    ...check.missingLists.map((key) => `the ${listSpec(key).displayName} list`),
    ...check.missingColumns.map(
      ({ list, column }) => `the ${column} column in ${listSpec(list).displayName}`,
    ),
    ...check.unindexedColumns.map(
      ({ list, column }) => `the index on ${column} in ${listSpec(list).displayName}`,
    ),
    ...check.relabelledColumns.map(
      ({ list, column, displayName }) =>
        `the new name "${displayName}" for ${column} in ${listSpec(list).displayName}`,
    ),
  ],
  conflicts: check.conflictingColumns.map(
    ({ list, column, found }) => `${column} in ${listSpec(list).displayName} is a ${found} column`,
  ),
});

export const checkSenSite = async (client: Client, site: SiteInfo): Promise<SenSiteStatus> =>
  siteStatusOf(site, await checkIepLists(client, site.id));

export const provisionSenSite = async (
  client: Client,
  site: SiteInfo,
  onProgress: ((progress: ProvisioningProgress) => void) | undefined,
  ensureCareTeams: (listIds: IepListIds) => Promise<void>,
): Promise<void> => {
  const after = await provisionIepLists(client, site.id, onProgress);
  // Levels, groups and the lists' own permissions: membership of the site alone opens no plan.
  if (IEP_LISTS.every((spec) => after.listIds[spec.key] !== undefined))
    await ensureCareTeams(after.listIds as IepListIds);
  const status = siteStatusOf(site, after);
  if (status.conflicts && status.conflicts.length > 0) {
    throw new ServiceError(
      409,
      `Some columns have the wrong type and need a person to fix them: ${status.conflicts.join('; ')}.`,
    );
  }
};
