import type { Client } from '@microsoft/microsoft-graph-client';
import { asClassTeamId, type CurrentUser, type StaffAccess } from '../domain';
import type { ReadAccess } from '../domain/staffAccess';
import { rolesFromGroups } from '../graph/sharepoint/access/groupNames';

/** What a source of the signed-in person's roles may use to find them. */
export interface StaffAccessContext {
  /** The Graph client of the session, with the base scopes. */
  readonly client: Client;
  /** The SEN site's id, resolved on first use. */
  siteId(): Promise<string>;
  readonly currentUser: CurrentUser;
}

/**
 * Finds what the signed-in person may do: the SharePoint groups of docs/ACCESS.md (IEP SEN leads, IEP
 * class <team> teachers and assistants, IEP Read-only staff) and the school's `assistantsMayEdit` and `readAccess`.
 * Called once per session.
 */
export type StaffAccessSource = (context: StaffAccessContext) => Promise<StaffAccess>;

/**
 * What the titles of the signed-in person's SharePoint groups (`currentuser/groups`) let them do. Where
 * the school chose `all-staff`, everyone who reaches the SEN site reads as read-only staff do: they are in
 * `IEP Read-only staff` through the site's Microsoft 365 group, which their own groups do not list.
 */
export const staffAccessFromGroups = (
  titles: readonly string[],
  assistantsMayEdit: boolean,
  readAccess: ReadAccess = 'care-team',
): StaffAccess => {
  const roles = rolesFromGroups(titles);
  return {
    isSenLead: roles.isSenLead,
    isReadOnly: roles.isReadOnly || readAccess === 'all-staff',
    teacherOf: new Set([...roles.teacherOf].map(asClassTeamId)),
    assistantOf: new Set([...roles.assistantOf].map(asClassTeamId)),
    assistantsMayEdit,
  };
};
