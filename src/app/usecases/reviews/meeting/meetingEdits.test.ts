import { countVotes, emptyMeeting } from '../../../../domain';
import { buildMeeting } from '../../../../../test/support/meetingBuilder';
import {
  addItem,
  addMember,
  removeItem,
  removeMember,
  setChosen,
  setVotes,
  sheetOf,
  takeTop,
} from './meetingEdits';

const issues = { kind: 'issues' } as const;

describe('the facilitator’s edits', () => {
  it('adds a line to the flip chart, trimmed, with an id of its own', () => {
    const once = addItem(emptyMeeting(), issues, '  Support her reading ');
    const twice = addItem(once, issues, 'Help her make friends');
    expect(twice.issues.map((i) => i.text)).toEqual(['Support her reading', 'Help her make friends']);
    expect(new Set(twice.issues.map((i) => i.id)).size).toBe(2);
  });

  it('takes a line’s votes, choice and actions sheet with it when it is removed', () => {
    const meeting = removeItem(buildMeeting(), issues, 'read');
    expect(meeting.issues.map((i) => i.id)).toEqual(['friends', 'motor', 'stress']);
    expect(meeting.issueBallots.every((b) => !('read' in b.votes))).toBe(true);
    expect(meeting.chosenIssues).toEqual(['friends']);
    expect(meeting.actionSheets.map((s) => s.issueId)).toEqual(['friends']);
  });

  it('records votes on an actions sheet without touching the issues', () => {
    const sheet = { kind: 'actions', issueId: 'read' } as const;
    const meeting = setVotes(buildMeeting(), sheet, 'Mrs Patel', 'r2', 1);
    expect(sheetOf(meeting, sheet).ballots.find((b) => b.member === 'Mrs Patel')?.votes).toEqual({
      r1: 3,
      r3: 2,
      r2: 1,
    });
    expect(meeting.issueBallots).toEqual(buildMeeting().issueBallots);
  });

  it('ticks the top n, and keeps a facilitator’s choice in ranked order', () => {
    const meeting = buildMeeting({ chosenIssues: [] });
    const counts = countVotes(meeting.issues, meeting.issueBallots, meeting.members);
    expect(takeTop(meeting, issues, counts, 2).chosenIssues).toEqual(['read', 'friends']);
    const picked = setChosen(setChosen(meeting, issues, counts, 'motor', true), issues, counts, 'read', true);
    expect(picked.chosenIssues).toEqual(['read', 'motor']);
    expect(setChosen(picked, issues, counts, 'read', false).chosenIssues).toEqual(['motor']);
  });

  it('adds a member once, whatever the case, and removes them', () => {
    const meeting = addMember(addMember(emptyMeeting(), 'Ann Lee'), ' ann lee ');
    expect(meeting.members).toEqual(['Ann Lee']);
    expect(addMember(meeting, '   ').members).toEqual(['Ann Lee']);
    expect(removeMember(meeting, 'Ann Lee').members).toEqual([]);
  });
});
