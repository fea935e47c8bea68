import type { IepListIds } from '../graph/sharepoint/lists';
import { IEP_LISTS, type IepListKey } from '../graph/sharepoint/schema';

/**
 * Where the IEP lists are, as the configuration page found them. Ids only, nothing personal: the tab's
 * saved URL carries them so a cold start reads the class at once instead of looking the lists up first.
 */
export interface SenSiteLocation {
  readonly siteId: string;
  readonly listIds: IepListIds;
}

/** The IEP lists in a fixed order, for writing list ids into a URL and reading them back. */
export const SEN_LIST_KEYS: readonly IepListKey[] = IEP_LISTS.map((spec) => spec.key);

export interface SenSiteStatus {
  readonly siteId: string;
  /** Null until every IEP list exists. */
  readonly location?: SenSiteLocation | null;
  readonly displayName: string;
  /** Lists or columns the IEP lists still need; empty when ready. */
  readonly missing: readonly string[];
  /** Columns of the wrong type: provisioning will not change them, a person must. */
  readonly conflicts?: readonly string[];
}

/** What the signed-in person may do through IEP Planner on the IEP lists: the app's grant met with their rights. */
export interface SiteGrantCheck {
  /** Securing new pupils' records needs SharePoint's Manage permissions (docs/ACCESS.md, DEPLOY.md step 4). */
  readonly mayManagePermissions: boolean;
  readonly mayEditItems: boolean;
}
