import { SolutionFocusedMeetingSchema, type SolutionFocusedMeeting } from '../../../../domain';
import { hash53 } from '../../../../domain/textHash';
import { DRAFT_KEY_PREFIX, draftSessionStorage } from '../../editing/draftStorage';

/**
 * A meeting's unsaved work, kept in sessionStorage as the plan editor keeps its drafts (never
 * localStorage: it names the child's needs and the people round the table). The key carries a hash of
 * the user's email and the review id, and the editor's prefix, so signing out clears it too. The eTag
 * the work started from goes with it: saving restored work still refuses to overwrite someone else's.
 */
export interface MeetingDraft {
  readonly meeting: SolutionFocusedMeeting;
  /** The review's eTag when the work started; absent for a review never saved. */
  readonly baseEtag: string | null;
}

export const meetingDraftKey = (userEmail: string, reviewId: string): string =>
  `${DRAFT_KEY_PREFIX}meeting:${hash53(userEmail.trim().toLowerCase())}:${reviewId}`;

export const saveMeetingDraft = (userEmail: string, reviewId: string, draft: MeetingDraft): boolean => {
  const store = draftSessionStorage();
  if (!store) return false;
  try {
    store.setItem(meetingDraftKey(userEmail, reviewId), JSON.stringify(draft));
    return true;
  } catch {
    // Quota exceeded: the work is still on screen and Save still works.
    return false;
  }
};

/** The draft, or null when there is none or it no longer reads as a meeting (an older format). */
export const loadMeetingDraft = (userEmail: string, reviewId: string): MeetingDraft | null => {
  const raw = draftSessionStorage()?.getItem(meetingDraftKey(userEmail, reviewId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { meeting?: unknown; baseEtag?: unknown };
    const meeting = SolutionFocusedMeetingSchema.safeParse(parsed.meeting);
    if (!meeting.success) return null;
    return { meeting: meeting.data, baseEtag: typeof parsed.baseEtag === 'string' ? parsed.baseEtag : null };
  } catch {
    return null;
  }
};

export const clearMeetingDraft = (userEmail: string, reviewId: string): void => {
  draftSessionStorage()?.removeItem(meetingDraftKey(userEmail, reviewId));
};
