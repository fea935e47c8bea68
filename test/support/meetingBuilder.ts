import { SolutionFocusedMeetingSchema, type SolutionFocusedMeeting } from '../../src/domain';

/** Four members, as in the browser test: who they are does not matter, that they are four does. */
export const MEMBERS = ['Mrs Patel', 'Mr Jones', 'Alex Taylor', 'Dr Rees'] as const;

/**
 * A finished meeting: issues "read" (9 votes) and "friends" (7) chosen from four; two actions chosen
 * on each of their sheets.
 */
export const buildMeeting = (overrides: Partial<SolutionFocusedMeeting> = {}): SolutionFocusedMeeting =>
  SolutionFocusedMeetingSchema.parse({
    stage: 5,
    roles: { chair: 'Mr Head', facilitator: 'Mrs Patel', keyProfessional: 'Mr Jones' },
    members: [...MEMBERS],
    sharing: [{ speaker: 'Mr Jones', seconds: 540, notes: 'Reading has come on.' }],
    issues: [
      { id: 'read', text: 'Support his reading development' },
      { id: 'friends', text: 'Help him make friends at playtime' },
      { id: 'motor', text: 'Help him develop better motor skills' },
      { id: 'stress', text: 'Teach ways of coping with stress' },
    ],
    issueBallots: [
      { member: 'Mrs Patel', votes: { read: 3, friends: 2 } },
      { member: 'Mr Jones', votes: { read: 2, friends: 2, motor: 1 } },
      { member: 'Alex Taylor', votes: { read: 2, friends: 2, stress: 1 } },
      { member: 'Dr Rees', votes: { read: 2, friends: 1, motor: 2 } },
    ],
    chosenIssues: ['read', 'friends'],
    actionSheets: [
      {
        issueId: 'read',
        actions: [
          { id: 'r1', text: 'Read with an adult for 10 minutes each day' },
          { id: 'r2', text: 'Use a reading ruler' },
          { id: 'r3', text: 'Practise 5 new words each week' },
        ],
        ballots: MEMBERS.map((member) => ({ member, votes: { r1: 3, r3: 2 } })),
        chosen: ['r1', 'r3'],
      },
      {
        issueId: 'friends',
        actions: [
          { id: 'f1', text: 'Join the lunchtime games club' },
          { id: 'f2', text: 'Have a playtime buddy' },
        ],
        ballots: MEMBERS.map((member) => ({ member, votes: { f1: 2, f2: 3 } })),
        chosen: ['f2', 'f1'],
      },
    ],
    ...overrides,
  });
