import { buildMeeting } from '../../test/support/meetingBuilder';
import { emptyMeeting, MEETING_LIMITS, SolutionFocusedMeetingSchema } from './solutionFocusedMeeting';

const firstMessage = (value: unknown): string | undefined =>
  SolutionFocusedMeetingSchema.safeParse(value).error?.issues[0]?.message;

describe('a solution-focused meeting as kept with its review', () => {
  it('starts at stage 1 with nothing on the flip chart', () => {
    expect(emptyMeeting()).toMatchObject({ stage: 1, members: [], issues: [], chosenIssues: [] });
  });

  it('accepts a finished meeting', () => {
    expect(SolutionFocusedMeetingSchema.safeParse(buildMeeting()).success).toBe(true);
  });

  it('refuses what would not fit its column, saying what to change', () => {
    const issues = Array.from({ length: MEETING_LIMITS.issues + 1 }, (_, n) => ({ id: `i${n}`, text: 'x' }));
    expect(firstMessage({ ...buildMeeting(), issues })).toBe('The flip chart holds at most 30 issues.');
    expect(firstMessage({ ...buildMeeting(), issues: [{ id: 'a', text: 'y'.repeat(256) }] })).toBe(
      'Flip-chart item is too long: at most 255 characters.',
    );
  });

  it('refuses a count no member could place', () => {
    const ballots = [{ member: 'Ann', votes: { read: 6 } }];
    expect(firstMessage({ ...buildMeeting(), issueBallots: ballots })).toBe('A member has 5 votes in all.');
    expect(firstMessage({ ...buildMeeting(), issueBallots: [{ member: 'Ann', votes: { read: 1.5 } }] })).toBe(
      'Votes must be whole numbers.',
    );
  });
});
