import { z } from 'zod';
import type { ClassTeamId } from './ids';

/**
 * The school's `readAccess` (docs/ACCESS.md): each pupil's plans read only by their care team, or by
 * every member of the SEN site, as read-only staff read them.
 */
export const ReadAccessSchema = z.enum(['care-team', 'all-staff'], {
  error: 'readAccess must be care-team or all-staff.',
});
export type ReadAccess = z.infer<typeof ReadAccessSchema>;

/**
 * What the signed-in member of staff may do, as the UI needs to know it. SharePoint enforces the same
 * rules (docs/ACCESS.md); this only keeps the UI from offering what SharePoint would refuse.
 */
export interface StaffAccess {
  /** SENCO and deputies: everything, every pupil, the register, setup. */
  readonly isSenLead: boolean;
  /** Read-only staff (e.g. head teacher, DSL): read every pupil, change nothing. */
  readonly isReadOnly: boolean;
  /** Class teams whose pupils' plans this person teaches. */
  readonly teacherOf: ReadonlySet<ClassTeamId>;
  /** Class teams this person is a teaching assistant in. */
  readonly assistantOf: ReadonlySet<ClassTeamId>;
  /** The school's setting `access.assistantsMayEdit`: assistants get the teachers' level on plans. */
  readonly assistantsMayEdit: boolean;
}

/** A SEN lead: what the UI assumes where no roles are known, since SharePoint still refuses what it must. */
export const FULL_ACCESS: StaffAccess = Object.freeze({
  isSenLead: true,
  isReadOnly: false,
  teacherOf: new Set<ClassTeamId>(),
  assistantOf: new Set<ClassTeamId>(),
  assistantsMayEdit: false,
});

/** Someone with no part in any pupil's care team: reads and changes nothing. */
export const NO_ACCESS: StaffAccess = Object.freeze({
  isSenLead: false,
  isReadOnly: false,
  teacherOf: new Set<ClassTeamId>(),
  assistantOf: new Set<ClassTeamId>(),
  assistantsMayEdit: false,
});

const teaches = (access: StaffAccess, classTeamId: ClassTeamId): boolean => access.teacherOf.has(classTeamId);

const assists = (access: StaffAccess, classTeamId: ClassTeamId): boolean =>
  access.assistantOf.has(classTeamId);

/** The pupil's care team: the SEN leads and their class's teachers and assistants. */
const inCareTeam = (access: StaffAccess, classTeamId: ClassTeamId): boolean =>
  access.isSenLead || teaches(access, classTeamId) || assists(access, classTeamId);

export const canReadPupil = (access: StaffAccess, classTeamId: ClassTeamId): boolean =>
  access.isReadOnly || inCareTeam(access, classTeamId);

export const canEditPlan = (access: StaffAccess, classTeamId: ClassTeamId): boolean =>
  access.isSenLead ||
  teaches(access, classTeamId) ||
  (access.assistantsMayEdit && assists(access, classTeamId));

/** Assistants keep evidence even where they may not change the plan: they deliver most interventions. */
export const canAddEvidence = (access: StaffAccess, classTeamId: ClassTeamId): boolean =>
  inCareTeam(access, classTeamId);

export const canScheduleReview = (access: StaffAccess, classTeamId: ClassTeamId): boolean =>
  access.isSenLead || teaches(access, classTeamId);

/** Only the SEN leads' permission level has Delete; everyone else's `IEP Edit` has none. */
export const canDeleteDraft = (access: StaffAccess): boolean => access.isSenLead;

export const canManageRegister = (access: StaffAccess): boolean => access.isSenLead;

export const canExportSubjectAccess = (access: StaffAccess): boolean => access.isSenLead;

/** Who arranges a review may send its copy home: the SEN leads and the pupil's class teachers. */
export const canSendCopyHome = (access: StaffAccess, classTeamId: ClassTeamId): boolean =>
  canScheduleReview(access, classTeamId);
