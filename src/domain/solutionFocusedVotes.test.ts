import {
  ballotMessage,
  countVotes,
  proposedChoice,
  tieMessage,
  votesOf,
  votingComplete,
  withVote,
} from './solutionFocusedVotes';
import type { Ballot } from './solutionFocused';

const items = [
  { id: 'a', text: 'Support his reading' },
  { id: 'b', text: 'Help him make friends' },
  { id: 'c', text: 'Help him manage change' },
];

describe('recording votes on a shared screen', () => {
  it('sets, changes and removes one member’s votes for one item', () => {
    let ballots: Ballot[] = withVote([], 'Ann', 'a', 3);
    ballots = withVote(ballots, 'Ann', 'b', 2);
    ballots = withVote(ballots, 'Ann', 'a', 0);
    expect(ballots).toEqual([{ member: 'Ann', votes: { b: 2 } }]);
    expect(votesOf(ballots, 'Ann', 'b')).toBe(2);
    expect(votesOf(ballots, 'Ben', 'b')).toBe(0);
  });

  it('says how many votes a member still has to place, and nothing once all 5 are placed', () => {
    const ballots = [{ member: 'Ann', votes: { a: 3 } }];
    expect(ballotMessage(ballots, 'Ann', items)).toEqual({
      kind: 'remaining',
      text: 'Ann has 2 of 5 votes still to place.',
    });
    expect(ballotMessage(withVote(ballots, 'Ann', 'c', 2), 'Ann', items)).toBeNull();
  });

  it('refuses a sixth vote at the member’s votes, saying how many to take away', () => {
    const ballots = [{ member: 'Ann', votes: { a: 4, b: 3 } }];
    expect(ballotMessage(ballots, 'Ann', items)).toEqual({
      kind: 'error',
      text: 'Ann has placed 7 votes but each member has exactly 5; take 2 away.',
    });
  });

  it('counts only when every member has placed all 5 votes', () => {
    const members = ['Ann', 'Ben'];
    const ann = [{ member: 'Ann', votes: { a: 5 } }];
    expect(votingComplete(ann, members, items)).toBe(false);
    expect(votingComplete([...ann, { member: 'Ben', votes: { b: 4, c: 1 } }], members, items)).toBe(true);
    expect(votingComplete([], [], items)).toBe(false);
  });

  it('leaves out the votes of someone no longer a member', () => {
    const counts = countVotes(
      items,
      [
        { member: 'Ann', votes: { a: 5 } },
        { member: 'Gone', votes: { c: 5 } },
      ],
      ['Ann'],
    );
    expect(counts.map((c) => [c.item.id, c.votes])).toEqual([
      ['a', 5],
      ['b', 0],
      ['c', 0],
    ]);
  });
});

describe('choosing the top items', () => {
  const counts = countVotes(
    items,
    [
      { member: 'Ann', votes: { a: 3, b: 2 } },
      { member: 'Ben', votes: { b: 1, c: 3, a: 1 } },
    ],
    ['Ann', 'Ben'],
  );
  // a 4, b 3, c 3

  it('proposes the most-voted items', () => {
    expect(proposedChoice(counts, 1)).toEqual(['a']);
    expect(proposedChoice(counts, 2)).toEqual(['a', 'b']);
  });

  it('names the tied items when the cut splits them, and says the facilitator decides', () => {
    expect(tieMessage(counts, 1)).toBeNull();
    expect(tieMessage(counts, 2)).toBe(
      '“Help him make friends”, “Help him manage change” have 3 votes each. The group discusses them and ' +
        'the facilitator decides which to take; until then the one written first is ticked.',
    );
  });
});
