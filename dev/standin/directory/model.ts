/** Stored shapes of the demo tenant's directory: users, class teams (Microsoft 365 groups) and SharePoint sites. */
export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string;
  /** SharePoint's site-local user id, shown as `AuthorLookupId` / `EditorLookupId` in list item fields. */
  readonly lookupId: number;
  /**
   * Exchange's addresses for the mailbox, `SMTP:` (capital) for the primary one and `smtp:` for aliases.
   * Absent in data written before the field existed: the mail address alone then.
   */
  readonly proxyAddresses?: readonly string[];
  /**
   * The default calendar's `allowedOnlineMeetingProviders`; absent means Teams is allowed. A school that
   * has not licensed or has turned off Teams meetings for someone leaves `teamsForBusiness` out.
   */
  readonly allowedOnlineMeetingProviders?: readonly OnlineMeetingProvider[];
  /**
   * The education role School Data Sync gives the account (`educationUser.primaryRole`); absent for
   * accounts written before rosters existed, which count as staff.
   */
  readonly primaryRole?: EducationRole;
}

export type EducationRole = 'student' | 'teacher' | 'none';

export const primaryRoleOf = (user: DirectoryUser): EducationRole => user.primaryRole ?? 'teacher';

export type OnlineMeetingProvider = 'unknown' | 'skypeForBusiness' | 'skypeForConsumer' | 'teamsForBusiness';

export const allowedOnlineMeetingProviders = (user: DirectoryUser): readonly OnlineMeetingProvider[] =>
  user.allowedOnlineMeetingProviders ?? ['teamsForBusiness'];

export const proxyAddressesOf = (user: DirectoryUser): readonly string[] =>
  user.proxyAddresses ?? [`SMTP:${user.mail}`];

export interface DirectoryTeam {
  /** The team's id is its Microsoft 365 group id. */
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly ownerIds: readonly string[];
  readonly memberIds: readonly string[];
  readonly siteId: string;
  /**
   * True for a class team made as an education class (School Data Sync or Teams' Class template), which
   * `/education/classes/{id}` knows; an ordinary team is only a group there. Absent: an ordinary team.
   */
  readonly isEducationClass?: boolean;
}

export interface DirectorySite {
  /** `hostname,siteCollectionId,webId`, as Graph spells site ids. */
  readonly id: string;
  readonly hostname: string;
  /** Server-relative path such as `/sites/SEN`. */
  readonly serverRelativePath: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly createdDateTime: string;
  /** Each user's own permission level on the site; anyone not named has none. */
  readonly userRoles: Readonly<Record<string, SiteRole>>;
  /** What IEP Planner itself was granted on the site under Sites.Selected. */
  readonly appGrant: AppGrant;
  readonly groupId?: string;
}

/**
 * A user's own permission level on a site, as SharePoint's default groups give it: visitors read,
 * members edit (items), owners have full control.
 */
export type SiteRole = 'read' | 'edit' | 'fullControl';

/**
 * The role an administrator granted the app on one site with Sites.Selected (`POST /sites/{id}/permissions`,
 * roles read, write, manage or fullcontrol), or none: https://learn.microsoft.com/en-us/graph/permissions-selected-overview
 */
export type AppGrant = 'none' | 'read' | 'write' | 'manage' | 'fullcontrol';

/** What a request needs: reading lists and items, writing items, or managing lists and columns. */
export type SiteAccess = 'read' | 'write' | 'manage';

const GRANT_LEVEL: Readonly<Record<AppGrant, number>> = {
  none: 0,
  read: 1,
  write: 2,
  manage: 3,
  fullcontrol: 4,
};
/** SharePoint's Edit level covers items here; setting up lists and columns is left to owners. */
const ROLE_LEVEL: Readonly<Record<SiteRole, number>> = { read: 1, edit: 2, fullControl: 4 };
const NEEDED_LEVEL: Readonly<Record<SiteAccess, number>> = { read: 1, write: 2, manage: 3 };

/**
 * With delegated Sites.Selected the app acts with the lesser of its grant on the site and the signed-in
 * user's own permissions ("the minimal intersection of application and user permissions is used":
 * https://devblogs.microsoft.com/microsoft365dev/?p=18597, "SharePoint now supports delegated
 * Sites.Selected authentication"): a write grant cannot set up lists however senior the user, and an
 * owner's full control cannot lift a read grant.
 */
export const siteAllows = (site: DirectorySite, userId: string, need: SiteAccess): boolean => {
  const role = site.userRoles[userId];
  const level = Math.min(GRANT_LEVEL[site.appGrant], role ? ROLE_LEVEL[role] : 0);
  return level >= NEEDED_LEVEL[need];
};

export interface DirectoryTenant {
  readonly tenantId: string;
  readonly organisationName: string;
  readonly hostname: string;
}

export const identityOf = (
  user: DirectoryUser,
): { user: { email: string; id: string; displayName: string } } => ({
  user: { email: user.mail, id: user.id, displayName: user.displayName },
});

/** Graph's default `user` projection (`proxyAddresses` is outside it: see `selectedUser`). */
export const toGraphUser = (user: DirectoryUser): Record<string, unknown> => ({
  businessPhones: [],
  displayName: user.displayName,
  givenName: user.givenName,
  jobTitle: user.jobTitle,
  mail: user.mail,
  mobilePhone: null,
  officeLocation: null,
  preferredLanguage: 'en-GB',
  surname: user.surname,
  userPrincipalName: user.userPrincipalName,
  id: user.id,
});

export const siteWebUrl = (site: DirectorySite): string =>
  `https://${site.hostname}${site.serverRelativePath}`;
