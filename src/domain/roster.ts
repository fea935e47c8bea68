/**
 * A pupil in a class team's roster, as Microsoft 365 knows them: an account in the school's directory,
 * not yet a pupil on the SEN register. Only what the SENCO needs to recognise the child.
 */
export interface RosterStudent {
  /** The directory (Entra ID) user id. */
  readonly userId: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly familyName: string;
}

/**
 * A class's pupils: from the education roster where the team is an education class (students are its
 * members, teachers its owners), otherwise the team's members who are not its owners.
 */
export interface ClassRoster {
  readonly source: 'education-class' | 'team-members';
  readonly students: readonly RosterStudent[];
}
