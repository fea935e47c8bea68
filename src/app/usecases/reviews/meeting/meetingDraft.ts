import { SolutionFocusedMeetingSchema, type SolutionFocusedMeeting } from '../../../../domain';
import { sessionDraftSlot } from '../../editing/sessionDraftSlot';

/** A solution-focused meeting's unsaved work, kept for this tab's session (see sessionDraftSlot). */
export interface MeetingDraft {
  readonly meeting: SolutionFocusedMeeting;
  /** The review's eTag when the work started; absent for a review never saved. */
  readonly baseEtag: string | null;
}

const slot = sessionDraftSlot('meeting', SolutionFocusedMeetingSchema);

export const meetingDraftKey = (userEmail: string, reviewId: string): string => slot.key(userEmail, reviewId);

export const saveMeetingDraft = (userEmail: string, reviewId: string, draft: MeetingDraft): boolean =>
  slot.save(userEmail, reviewId, { value: draft.meeting, baseEtag: draft.baseEtag });

export const loadMeetingDraft = (userEmail: string, reviewId: string): MeetingDraft | null => {
  const draft = slot.load(userEmail, reviewId);
  return draft === null ? null : { meeting: draft.value, baseEtag: draft.baseEtag };
};

export const clearMeetingDraft = (userEmail: string, reviewId: string): void =>
  slot.clear(userEmail, reviewId);
