/** Someone in one of the care-team groups, as SharePoint names them. */
export interface StaffMember {
  readonly name: string;
  readonly email: string;
}

/** The two groups of a class's care team (docs/ACCESS.md): teachers edit, assistants read and add evidence. */
export type CareTeamGroup = 'teachers' | 'assistants';

export interface ClassStaffAccess {
  readonly teachers: readonly StaffMember[];
  readonly assistants: readonly StaffMember[];
}

/** What someone given a pupil's records in person may do there: a teacher's or an assistant's levels. */
export type ExtraStaffRole = 'teacher' | 'assistant';

/** Staff from outside the pupil's class given their records in person (a TA who delivers a 1:1). */
export interface ExtraStaffMember extends StaffMember {
  readonly role: ExtraStaffRole;
}

/**
 * The SENCO's view of who is in which care-team group. Changing a group changes what SharePoint lets
 * that person read and write; no pupil's permissions are touched (one request per person).
 */
export interface CareTeamAdmin {
  readClassStaff(classTeamId: string): Promise<ClassStaffAccess>;
  addClassStaff(classTeamId: string, group: CareTeamGroup, email: string): Promise<StaffMember>;
  removeClassStaff(classTeamId: string, group: CareTeamGroup, email: string): Promise<void>;
  readSenLeads(): Promise<readonly StaffMember[]>;
  addSenLead(email: string): Promise<StaffMember>;
  removeSenLead(email: string): Promise<void>;
  /** Staff given this pupil's records in person, as SharePoint's assignments on the pupil's item say. */
  readExtraStaff(pupilId: string): Promise<readonly ExtraStaffMember[]>;
  /** NotFound when no one in the tenant has the address (SharePoint's ensureuser). */
  addExtraStaff(pupilId: string, role: ExtraStaffRole, email: string): Promise<ExtraStaffMember>;
  removeExtraStaff(pupilId: string, email: string): Promise<void>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why an address typed to add someone cannot be used, or null when it can. */
export const staffEmailProblem = (typed: string, already: readonly StaffMember[]): string | null => {
  const email = typed.trim();
  if (email === '') return 'Enter the school email address of the person to add.';
  if (!EMAIL.test(email)) return 'Enter an email address such as name@school.example.';
  if (already.some((member) => member.email.toLowerCase() === email.toLowerCase()))
    return 'This person is already in the group.';
  return null;
};
