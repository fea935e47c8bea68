/**
 * Delegated Microsoft Graph permissions, asked for incrementally: the base set when the app opens,
 * the calendar set only the first time someone schedules a review, the roster set only when someone
 * imports pupils from a class team, the reminders set only when a SEN lead sends review reminders,
 * the mail set only when someone sends a copy of a plan home. docs/PERMISSIONS.md says which
 * call needs which scope and how each can be narrowed.
 *
 * The order of `base` matters: the Teams manifest's `webApplicationInfo.nestedAppAuthInfo` prefetches a
 * token for exactly these scopes, and its schema says the order must match the app's first NAA request.
 */
export const GRAPH_SCOPES = {
  /**
   * - User.Read: who is signed in (`GET /me`).
   * - Sites.Selected: read and write the IEP lists on the one SEN site an administrator granted the app
   *   (delegated, so never more than the signed-in user can do there).
   * - Team.ReadBasic.All: the user's class teams (`GET /me/joinedTeams`).
   */
  base: ['User.Read', 'Sites.Selected', 'Team.ReadBasic.All'],
  /**
   * - Calendars.ReadWrite: create, move and cancel review meetings in the user's own calendar; it also
   *   covers `getSchedule` (least privileged there: Calendars.ReadBasic).
   * - Calendars.Read.Shared: `findMeetingTimes` (its least privileged delegated permission).
   */
  calendar: ['Calendars.ReadWrite', 'Calendars.Read.Shared'],
  /**
   * - TeamMember.Read.All: the owners of a class team (`GET /teams/{id}/members`), to name the class
   *   teacher on a new plan; asked for only when a plan is started. Admin consent, like the rest.
   */
  teamMembers: ['TeamMember.Read.All'],
  /**
   * Asked for only when someone opens a class's roster import. Admin consent, like the rest.
   * - EduRoster.ReadBasic: the class's pupils (`GET /education/classes/{id}/members`), the least
   *   privileged delegated permission there; a delegated caller sees only classes they belong to.
   * - TeamMember.Read.All: the fallback for a team that is not an education class, its members
   *   (`GET /teams/{id}/members`), the same scope the plan's class teacher look-up uses.
   */
  roster: ['EduRoster.ReadBasic', 'TeamMember.Read.All'],
  /**
   * Asked for only when someone sends a copy of the plan home after a review.
   * - Mail.Send: `POST /me/sendMail`, from the person's own mailbox (its least privileged delegated
   *   permission). The stored copy and its PDF go through the SEN site's drive on Sites.Selected.
   */
  mail: ['Mail.Send'],
  /**
   * Optional: only when a school keeps review meetings in a shared SEN calendar mailbox
   * (`/users/{mailbox}/events`), which needs the user's delegate access to that mailbox as well.
   */
  sharedCalendar: ['Calendars.ReadWrite.Shared'],
  /**
   * Asked for only when a SEN lead sends review reminders. Admin consent, like the rest.
   * - TeamsActivity.Send: `POST /teams/{id}/sendActivityNotification`, a Teams activity-feed notice to
   *   each class teacher (its only delegated permission). The activity type is declared in the Teams
   *   manifest (`activities.activityTypes`).
   * - TeamMember.Read.All: the class team's owners (`GET /teams/{id}/members`), whose Entra user ids the
   *   notification needs; the scope a new plan's class teacher look-up already uses.
   */
  reminders: ['TeamsActivity.Send', 'TeamMember.Read.All'],
} as const satisfies Record<string, readonly string[]>;

export type GraphScope = (typeof GRAPH_SCOPES)[keyof typeof GRAPH_SCOPES][number];

/** Every scope a standard deployment asks for: what the Entra app registration must list. */
export const ALL_GRAPH_SCOPES: readonly GraphScope[] = [
  ...new Set<GraphScope>([
    ...GRAPH_SCOPES.base,
    ...GRAPH_SCOPES.calendar,
    ...GRAPH_SCOPES.teamMembers,
    ...GRAPH_SCOPES.roster,
    ...GRAPH_SCOPES.reminders,
    ...GRAPH_SCOPES.mail,
  ]),
];
