import { useCallback, useEffect, useState } from 'react';
import type { AppServices } from '../../../app/services';
import {
  clearMeetingDraft,
  loadMeetingDraft,
  saveMeetingDraft,
} from '../../../app/usecases/reviews/meeting/meetingDraft';
import { EditConflict, emptyMeeting, type Review, type SolutionFocusedMeeting } from '../../../domain';

export type MeetingSave =
  | { readonly status: 'idle' | 'saving' | 'saved' }
  | { readonly status: 'failed'; readonly error: unknown }
  /** Someone saved the review since it was read: `theirs` is their copy, to put this meeting on. */
  | { readonly status: 'conflict'; readonly theirs: Review | null };

export interface MeetingState {
  readonly review: Review;
  readonly meeting: SolutionFocusedMeeting;
  /** The meeting came back from this tab's session, not from SharePoint. */
  readonly restored: boolean;
  readonly save: MeetingSave;
  edit(next: SolutionFocusedMeeting): void;
  saveMeeting(): Promise<void>;
  /** After a conflict: this meeting onto their copy of the review, saved under their eTag. */
  saveOntoTheirs(): Promise<void>;
}

/**
 * The meeting on screen: each change is kept in sessionStorage at once (a reload mid-meeting loses
 * nothing) and saved with the review under If-Match, so a colleague's save is never overwritten unseen.
 */
export const useMeeting = (services: AppServices, loaded: Review): MeetingState => {
  const email = services.currentUser.email;
  const [initial] = useState(() => loadMeetingDraft(email, loaded.id));
  const [review, setReview] = useState<Review>(() =>
    initial ? { ...loaded, ...(initial.baseEtag === null ? {} : { etag: initial.baseEtag }) } : loaded,
  );
  const [meeting, setMeeting] = useState<SolutionFocusedMeeting>(
    () => initial?.meeting ?? loaded.meeting ?? emptyMeeting(),
  );
  const [dirty, setDirty] = useState(initial !== null);
  const [save, setSave] = useState<MeetingSave>({ status: 'idle' });

  useEffect(() => {
    if (dirty) saveMeetingDraft(email, loaded.id, { meeting, baseEtag: review.etag ?? null });
  }, [dirty, email, loaded.id, meeting, review.etag]);

  const edit = useCallback((next: SolutionFocusedMeeting) => {
    setMeeting(next);
    setDirty(true);
    setSave((s) => (s.status === 'saved' ? { status: 'idle' } : s));
  }, []);

  const write = useCallback(
    async (onto: Review) => {
      setSave({ status: 'saving' });
      try {
        const saved = await services.store.saveReview({ ...onto, meeting });
        setReview(saved);
        setDirty(false);
        clearMeetingDraft(email, loaded.id);
        setSave({ status: 'saved' });
      } catch (error) {
        if (error instanceof EditConflict) {
          setSave({ status: 'conflict', theirs: (error.theirs as Review | null) ?? null });
        } else setSave({ status: 'failed', error });
      }
    },
    [services.store, meeting, email, loaded.id],
  );

  const saveOntoTheirs = useCallback(async () => {
    if (save.status !== 'conflict' || save.theirs === null) return;
    setReview(save.theirs);
    await write(save.theirs);
  }, [save, write]);

  return {
    review,
    meeting,
    restored: initial !== null,
    save,
    edit,
    saveMeeting: () => write(review),
    saveOntoTheirs,
  };
};
