import {
  canAddEvidence,
  canDeleteDraft,
  canEditPlan,
  canScheduleReview,
  type ClassTeamId,
  type StaffAccess,
} from '../../domain';
import type { ExtraStaffRole } from '../../domain/careTeamAdmin';

/** What the editor offers one person on one plan, and, where it offers less, why in words. */
export interface PlanAccess {
  readonly edit: boolean;
  readonly addEvidence: boolean;
  readonly scheduleReview: boolean;
  readonly deleteDraft: boolean;
  /** Shown above the form when the person may not change the plan; null when they may. */
  readonly note: string | null;
}

/**
 * `given`: the role a SEN lead gave the person on this pupil in person (staff from outside the class),
 * which their groups do not show: a teacher's changes the plan, an assistant's adds evidence (and changes
 * the plan where the school lets assistants). Reviews stay with the class's own teachers.
 */
export const planAccessOf = (
  access: StaffAccess,
  classTeamId: ClassTeamId,
  given: ExtraStaffRole | null = null,
): PlanAccess => {
  const edit =
    canEditPlan(access, classTeamId) ||
    given === 'teacher' ||
    (given === 'assistant' && access.assistantsMayEdit);
  const addEvidence = canAddEvidence(access, classTeamId) || given !== null;
  const ask = 'Ask the class teacher or the SENCO to change it.';
  return {
    edit,
    addEvidence,
    scheduleReview: canScheduleReview(access, classTeamId),
    deleteDraft: canDeleteDraft(access),
    note: edit
      ? null
      : addEvidence
        ? `You can read this plan and add evidence. ${ask}`
        : `You can read this plan. ${ask}`,
  };
};
