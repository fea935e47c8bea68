import type { SPFI } from '@pnp/sp';
import { z } from 'zod';
import { ServiceError } from '../../../domain/errors';
import type { ReadAccess } from '../../../domain/staffAccess';
import { groupMembers, removeMember } from './principals';
import { spCall } from './spErrors';

export type { ReadAccess };

/**
 * A SharePoint group cannot hold another SharePoint group, but it can hold a Microsoft 365 group's
 * claim: `c:0o.c|federateddirectoryclaimprovider|<group id>` is the group's members (with `_o` after
 * the id, its owners), the claim SharePoint itself puts in a group-connected site's Members group.
 * Added like a user, by its login name (`POST sitegroups(<id>)/users` `{ LoginName }`, SP.UserCollection.Add).
 */
const MEMBERS_CLAIM_PREFIX = 'c:0o.c|federateddirectoryclaimprovider|';
export const membersClaimOf = (groupId: string): string => `${MEMBERS_CLAIM_PREFIX}${groupId.toLowerCase()}`;

const NO_GROUP = '00000000-0000-0000-0000-000000000000';

/**
 * The Microsoft 365 group behind the SEN site, from SP.Site's GroupId
 * (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/mt796392(v=office.15)),
 * the empty GUID on a site without one; null then.
 */
const siteGroupId = async (sp: SPFI): Promise<string | null> => {
  const raw = await spCall(() => sp.site.select('GroupId')());
  const id = z.object({ GroupId: z.string().nullish() }).parse(raw).GroupId ?? '';
  return id === '' || id === NO_GROUP ? null : id;
};

/**
 * Makes `IEP Read-only staff` hold the SEN site's members (all-staff) or not (care-team): 2 reads, then
 * 1 request when it changes, none when it is right already. Other members of the group are left alone.
 */
export const applyReadAccess = async (
  sp: SPFI,
  readOnlyGroupId: number,
  readAccess: ReadAccess,
): Promise<void> => {
  const groupId = await siteGroupId(sp);
  if (groupId === null) {
    if (readAccess === 'care-team') return;
    throw new ServiceError(
      409,
      'The SEN site has no Microsoft 365 group, so "all staff may read" cannot be given to its members. ' +
        'Make the SEN site a group-connected team site (docs/DEPLOY.md), or keep readAccess "care-team".',
    );
  }
  const claim = membersClaimOf(groupId);
  const present = (await groupMembers(sp, readOnlyGroupId)).find((m) => m.LoginName.toLowerCase() === claim);
  if (readAccess === 'all-staff' && !present)
    await spCall(() => sp.web.siteGroups.getById(readOnlyGroupId).users.add(claim));
  if (readAccess === 'care-team' && present) await removeMember(sp, readOnlyGroupId, present);
};
