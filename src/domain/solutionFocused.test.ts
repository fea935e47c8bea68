import { Invalid } from './errors';
import {
  ballotIssues,
  tally,
  tieAtCutoff,
  topItems,
  votesRemaining,
  type Ballot,
  type MeetingItem,
} from './solutionFocused';

const issues: MeetingItem[] = [
  { id: 'a', text: 'Help him develop more appropriate behaviours in class' },
  { id: 'b', text: 'Help him make friends at playtime' },
  { id: 'c', text: 'Help him read with confidence' },
  { id: 'd', text: 'Help him manage changes to routine' },
];

const ballot = (member: string, votes: Record<string, number>): Ballot => ({ member, votes });

const caught = (fn: () => unknown): Invalid => {
  try {
    fn();
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
  throw new Error('expected Invalid');
};

describe('tally', () => {
  it('ranks by votes, most first, with stacked votes counted', () => {
    const ranking = tally(issues, [
      ballot('Mrs Patel (SENCO)', { c: 5 }),
      ballot('Parent', { b: 3, c: 2 }),
      ballot('Educational psychologist', { a: 1, b: 2, d: 2 }),
    ]);
    expect(ranking.map((r) => [r.item.id, r.votes, r.rank])).toEqual([
      ['c', 7, 1],
      ['b', 5, 2],
      ['d', 2, 3],
      ['a', 1, 4],
    ]);
  });

  it('keeps equal votes in the order the items were written, and gives them the same rank', () => {
    const ranking = tally(issues, [ballot('A', { d: 2, b: 2, c: 1 }), ballot('B', { a: 4, c: 1 })]);
    expect(ranking.map((r) => [r.item.id, r.votes, r.rank])).toEqual([
      ['a', 4, 1],
      ['b', 2, 2],
      ['c', 2, 2],
      ['d', 2, 2],
    ]);
  });

  it('lists items nobody voted for at the end with no votes', () => {
    const ranking = tally(issues, [ballot('A', { d: 5 })]);
    expect(ranking.map((r) => r.votes)).toEqual([5, 0, 0, 0]);
    expect(ranking.slice(1).map((r) => r.item.id)).toEqual(['a', 'b', 'c']);
  });

  it('allows a member to leave votes unused', () => {
    const partial = ballot('A', { a: 2 });
    expect(votesRemaining(partial)).toBe(3);
    expect(tally(issues, [partial])[0]?.votes).toBe(2);
  });

  it('refuses more than 5 votes from one member, saying how many to take away', () => {
    const error = caught(() => tally(issues, [ballot('Mr Jones', { a: 4, b: 3 })]));
    expect(error.issues).toEqual([
      {
        path: 'ballots.0.votes',
        message: 'Mr Jones has placed 7 votes but each member has exactly 5; take 2 away.',
      },
    ]);
  });

  it('refuses negative and fractional votes', () => {
    const error = caught(() => tally(issues, [ballot('Mr Jones', { a: -1, b: 1.5 })]));
    expect(error.issues.map((i) => i.message)).toEqual([
      'Mr Jones cannot place a negative number of votes; use 0 to remove votes.',
      "Mr Jones's votes must be whole numbers.",
    ]);
  });

  it('refuses votes for items not on the list, and a member voting twice', () => {
    const error = caught(() => tally(issues, [ballot('Ann', { z: 1 }), ballot('Ann', { a: 1 })]));
    expect(error.issues.map((i) => i.path)).toEqual(['ballots.0.votes.z', 'ballots.1.member']);
    expect(error.issues[1]?.message).toBe('Ann has voted twice; each member votes once.');
  });

  it('names an unnamed member by position', () => {
    expect(ballotIssues(ballot(' ', { a: 6 }), issues, 2)[0]?.message).toMatch(
      /^Member 3 has placed 6 votes/,
    );
  });
});

describe('topItems and tieAtCutoff', () => {
  const ranking = tally(issues, [ballot('A', { c: 3, a: 2 }), ballot('B', { b: 2, a: 1, d: 2 })]);

  it('takes the top n items, the future long-term targets', () => {
    expect(topItems(ranking, 2).map((i) => i.id)).toEqual(['a', 'c']);
    expect(topItems(ranking, 0)).toEqual([]);
    expect(topItems(ranking, 10)).toHaveLength(4);
  });

  it('says when the cut splits a tie, so the group decides by discussion', () => {
    // a 3, c 3, b 2, d 2
    expect(tieAtCutoff(ranking, 1)).toBe(true);
    expect(tieAtCutoff(ranking, 2)).toBe(false);
    expect(tieAtCutoff(ranking, 3)).toBe(true);
    expect(tieAtCutoff(ranking, 4)).toBe(false);
  });

  it('refuses a count that is not a count', () => {
    expect(() => topItems(ranking, -1)).toThrow(RangeError);
  });
});
