import type { SiteRole } from '../../directory/model';

/** Stored shapes of SharePoint permissions: site groups, custom permission levels and unique scopes. */
export interface StoredSiteGroup {
  readonly siteId: string;
  /** Shares one integer space with the site's users (their lookup ids). */
  readonly id: number;
  readonly title: string;
  readonly description: string;
  /** The principal (user lookup id or group id) that owns the group and may change its members. */
  readonly ownerId: number;
  /** Directory user ids, and the login names of Microsoft 365 group claims (groupClaims.ts). */
  readonly memberIds: readonly string[];
}

export interface StoredRoleDefinition {
  readonly siteId: string;
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  readonly high: number;
  readonly low: number;
}

export interface RoleAssignment {
  readonly principalId: number;
  readonly roleDefinitionIds: readonly number[];
}

/** Unique role assignments on a list's root (`itemId` null) or on one item or folder of it. */
export interface StoredScope {
  readonly siteId: string;
  readonly listId: string;
  readonly itemId: number | null;
  readonly assignments: readonly RoleAssignment[];
}

export const SITE_GROUPS_COLLECTION = 'sharepoint.siteGroups';
export const ROLE_DEFINITIONS_COLLECTION = 'sharepoint.roleDefinitions';
export const SCOPES_COLLECTION = 'sharepoint.scopes';
/** Next group id and next custom role definition id per site. */
export const PRINCIPAL_COUNTERS_COLLECTION = 'sharepoint.principalCounters';

export const FIRST_GROUP_ID = 1000;
/** SharePoint numbers custom permission levels from here. */
export const FIRST_CUSTOM_ROLE_ID = 1073741924;

export const scopeKey = (listId: string, itemId: number | null): string =>
  itemId === null ? listId : `${listId}/${itemId}`;
export const siteKey = (siteId: string, id: number): string => `${siteId}|${id}`;

/**
 * A site's three associated groups, as every SharePoint team site has them. Their members are the
 * stand-in's site roles (`site.userRoles`), so they are not stored: adding someone sets their role.
 */
export interface DefaultGroup {
  readonly id: number;
  readonly suffix: 'Owners' | 'Visitors' | 'Members';
  readonly role: SiteRole;
}
export const DEFAULT_GROUPS: readonly DefaultGroup[] = [
  { id: 3, suffix: 'Owners', role: 'fullControl' },
  { id: 4, suffix: 'Visitors', role: 'read' },
  { id: 5, suffix: 'Members', role: 'edit' },
];
export const OWNERS_GROUP_ID = 3;
export const MEMBERS_GROUP_ID = 5;
