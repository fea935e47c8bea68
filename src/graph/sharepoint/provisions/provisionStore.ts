import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../../../domain/clock';
import type { CurrentUser, ProvisionStore } from '../../../domain';
import type { StoreCareTeams } from '../storeCareTeams';
import type { UnsettledCreates } from '../shared/unsettledCreates';

export interface SharePointProvisionStoreDeps {
  readonly siteId: string;
  readonly clock: Clock;
  readonly currentUser: () => Promise<CurrentUser>;
  readonly newId?: () => string;
  readonly unsettledCreates?: UnsettledCreates;
  readonly careTeams?: () => Promise<StoreCareTeams>;
}

// PLACEHOLDER until the SharePoint provision store lands (issue 17): every call is refused.
export const createSharePointProvisionStore = (
  _client: Client,
  _deps: SharePointProvisionStoreDeps,
): ProvisionStore => {
  const notYet = () => Promise.reject(new Error('The provision map is not available yet.'));
  return {
    listProvisions: notYet,
    loadProvisionMap: notYet,
    createProvision: notYet,
    saveProvision: notYet,
    addPlacements: notYet,
    savePlacement: notYet,
    removePlacement: notYet,
    createGroupPlan: notYet,
    saveGroupPlan: notYet,
    pupilProvisions: notYet,
  };
};
