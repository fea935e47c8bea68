/** @jest-environment jsdom */
import { buildMeeting } from '../../../../../test/support/meetingBuilder';
import { clearAllDrafts } from '../../editing/draftStorage';
import { clearMeetingDraft, loadMeetingDraft, meetingDraftKey, saveMeetingDraft } from './meetingDraft';

const EMAIL = 'senco@oakfield.example';

beforeEach(() => sessionStorage.clear());

describe('a meeting’s unsaved work', () => {
  it('is kept in this tab’s session with the eTag it started from, under a key that names no one', () => {
    saveMeetingDraft(EMAIL, 'r-1', { meeting: buildMeeting(), baseEtag: '"{r},4"' });
    expect(loadMeetingDraft(EMAIL, 'r-1')).toEqual({ meeting: buildMeeting(), baseEtag: '"{r},4"' });
    expect(meetingDraftKey(EMAIL, 'r-1')).not.toContain('senco');
    expect(localStorage.length).toBe(0);
    clearMeetingDraft(EMAIL, 'r-1');
    expect(loadMeetingDraft(EMAIL, 'r-1')).toBeNull();
  });

  it('belongs to one user and one review', () => {
    saveMeetingDraft(EMAIL, 'r-1', { meeting: buildMeeting(), baseEtag: null });
    expect(loadMeetingDraft('someone@oakfield.example', 'r-1')).toBeNull();
    expect(loadMeetingDraft(EMAIL, 'r-2')).toBeNull();
  });

  it('goes on sign-out with the editor’s drafts', () => {
    saveMeetingDraft(EMAIL, 'r-1', { meeting: buildMeeting(), baseEtag: null });
    clearAllDrafts();
    expect(loadMeetingDraft(EMAIL, 'r-1')).toBeNull();
  });

  it('is dropped when it no longer reads as a meeting', () => {
    sessionStorage.setItem(meetingDraftKey(EMAIL, 'r-1'), JSON.stringify({ value: { stage: 9 } }));
    expect(loadMeetingDraft(EMAIL, 'r-1')).toBeNull();
    sessionStorage.setItem(meetingDraftKey(EMAIL, 'r-1'), '{not json');
    expect(loadMeetingDraft(EMAIL, 'r-1')).toBeNull();
  });
});
