import type { Client } from '@microsoft/microsoft-graph-client';
import { FULL_ACCESS, type CurrentUser, type StaffAccess } from '../domain';

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
 * class <team> teachers and assistants, IEP Read-only staff) and the school's `access.assistantsMayEdit`.
 * Called once per session.
 */
export type StaffAccessSource = (context: StaffAccessContext) => Promise<StaffAccess>;

/**
 * Stands in until the groups are read from SharePoint: everyone is offered everything, as before roles
 * existed. Safe only because SharePoint itself refuses what a person may not do; replace it with the
 * groups' reading, passed to createServices as `ServiceDeps.staffAccess`.
 */
export const everyoneAsSenLead: StaffAccessSource = () => Promise.resolve(FULL_ACCESS);
