import type { SPFI } from '@pnp/sp';
import { PermissionKind } from '@pnp/sp/security';
import { spCall } from '../spErrors';

/** What the signed-in person may do through IEP Planner on the SEN site's IEP lists. */
export interface GrantCheck {
  /** Securing a new pupil's records (breaking inheritance, adding their class's groups) needs this. */
  readonly mayManagePermissions: boolean;
  /** Saving plans needs this. */
  readonly mayEditItems: boolean;
}

/**
 * SharePoint's `EffectiveBasePermissions` on the list: with delegated Sites.Selected, the lesser of the app's
 * grant and the user's own rights there
 * (https://devblogs.microsoft.com/microsoft365dev/sharepoint-now-supports-delegated-sites-selected-authentication/).
 * Asked of an IEP list, not the site, because SEN leads hold their rights on the lists (docs/ACCESS.md), so
 * a deputy who is not a site owner is answered correctly too.
 */
export const checkGrant = async (sp: SPFI, listId: string): Promise<GrantCheck> => {
  const list = sp.web.lists.getById(listId);
  const rights = await spCall(() => list.getCurrentUserEffectivePermissions());
  return {
    mayManagePermissions: list.hasPermissions(rights, PermissionKind.ManagePermissions),
    mayEditItems: list.hasPermissions(rights, PermissionKind.EditListItems),
  };
};
