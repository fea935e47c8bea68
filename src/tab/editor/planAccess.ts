import {
  canAddEvidence,
  canDeleteDraft,
  canEditPlan,
  canScheduleReview,
  type ClassTeamId,
  type StaffAccess,
} from '../../domain';

/** What the editor offers one person on one plan, and, where it offers less, why in words. */
export interface PlanAccess {
  readonly edit: boolean;
  readonly addEvidence: boolean;
  readonly scheduleReview: boolean;
  readonly deleteDraft: boolean;
  /** Shown above the form when the person may not change the plan; null when they may. */
  readonly note: string | null;
}

export const planAccessOf = (access: StaffAccess, classTeamId: ClassTeamId): PlanAccess => {
  const edit = canEditPlan(access, classTeamId);
  const addEvidence = canAddEvidence(access, classTeamId);
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
