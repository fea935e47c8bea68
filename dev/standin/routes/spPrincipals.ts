import { spUserNotFound } from '../core/spErrors';
import type { Directory } from '../directory/directory';
import type { DirectoryUser } from '../directory/model';
import type { SiteGroupView } from '../sharepoint/permissions/sitePermissions';
import type { ClaimPrincipal } from '../sharepoint/permissions/groupClaims';

/** How SharePoint REST prints users and groups (SP.User, SP.Group), and how it finds a user by login name. */
const CLAIMS_PREFIX = 'i:0#.f|membership|';

export const loginNameOf = (user: DirectoryUser): string =>
  `${CLAIMS_PREFIX}${user.userPrincipalName.toLowerCase()}`;

export const toSpUser = (user: DirectoryUser): Record<string, unknown> => ({
  Id: user.lookupId,
  IsHiddenInUI: false,
  LoginName: loginNameOf(user),
  Title: user.displayName,
  PrincipalType: 1,
  Email: user.mail,
  Expiration: '',
  IsEmailAuthenticationGuestUser: false,
  IsShareByEmailGuestUser: false,
  // Site collection administrators bypass every permission check; the stand-in has none.
  IsSiteAdmin: false,
  UserId: null,
  UserPrincipalName: user.userPrincipalName,
});

/** A Microsoft 365 group's claim as SharePoint prints it among users: PrincipalType 4 (security group). */
export const toSpClaim = (claim: ClaimPrincipal): Record<string, unknown> => ({
  Id: claim.id,
  IsHiddenInUI: false,
  LoginName: claim.loginName,
  Title: `Microsoft 365 group ${claim.groupId} members`,
  PrincipalType: 4,
  Email: '',
  IsSiteAdmin: false,
  UserPrincipalName: null,
});

export const toSpGroup = (group: SiteGroupView, ownerTitle: string): Record<string, unknown> => ({
  Id: group.id,
  IsHiddenInUI: false,
  LoginName: group.title,
  Title: group.title,
  PrincipalType: 8,
  AllowMembersEditMembership: false,
  AllowRequestToJoinLeave: false,
  AutoAcceptRequestToJoinLeave: false,
  Description: group.description,
  OnlyAllowMembersViewMembership: false,
  OwnerTitle: ownerTitle,
  RequestToJoinLeaveEmailSetting: null,
});

/** `i:0#.f|membership|someone@school.example`, or the bare sign-in name; 404 if nobody signs in so. */
export function findByLoginName(directory: Directory, logonName: unknown): DirectoryUser {
  const text = typeof logonName === 'string' ? logonName.trim() : '';
  const name = text.toLowerCase().startsWith(CLAIMS_PREFIX) ? text.slice(CLAIMS_PREFIX.length) : text;
  const user = name === '' ? undefined : directory.findUser(name);
  if (!user) throw spUserNotFound(text);
  return user;
}

export const findByLookupId = (directory: Directory, id: number): DirectoryUser | undefined =>
  [...directory.users.values()].find((u) => u.lookupId === id);
