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
}

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
  /** Users who may read the site and its lists. */
  readonly readerIds: readonly string[];
  readonly groupId?: string;
}

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
