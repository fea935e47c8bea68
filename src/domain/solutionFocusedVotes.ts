import {
  ballotIssues,
  tally,
  tieAtCutoff,
  VOTES_PER_MEMBER,
  votesCast,
  type Ballot,
} from './solutionFocused';
import type { FlipChartItem } from './solutionFocusedMeeting';

/**
 * The votes of a meeting as the facilitator records them on a shared screen: one ballot per member,
 * checked as it is typed, and the rule for a tie at the cut (the guidance leaves it to discussion, so
 * the facilitator decides and the screen says so).
 */

/** The ballots with one member's votes for one item set; a member without a ballot gets one. */
export const withVote = (
  ballots: readonly Ballot[],
  member: string,
  itemId: string,
  count: number,
): Ballot[] => {
  const has = ballots.some((b) => b.member === member);
  const all = has ? ballots : [...ballots, { member, votes: {} }];
  return all.map((ballot) => {
    if (ballot.member !== member) return ballot;
    const { [itemId]: _old, ...rest } = ballot.votes;
    return { member, votes: count === 0 ? rest : { ...rest, [itemId]: count } };
  });
};

export const votesOf = (ballots: readonly Ballot[], member: string, itemId: string): number =>
  ballots.find((b) => b.member === member)?.votes[itemId] ?? 0;

const ballotOf = (ballots: readonly Ballot[], member: string): Ballot =>
  ballots.find((b) => b.member === member) ?? { member, votes: {} };

/**
 * What to say at one member's votes: an error when the ballot breaks a rule, otherwise how many of
 * their 5 votes are still to place (null once all are placed).
 */
export const ballotMessage = (
  ballots: readonly Ballot[],
  member: string,
  items: readonly FlipChartItem[],
): { readonly kind: 'error' | 'remaining'; readonly text: string } | null => {
  const ballot = ballotOf(ballots, member);
  const [issue] = ballotIssues(ballot, items);
  if (issue) return { kind: 'error', text: issue.message };
  const left = VOTES_PER_MEMBER - votesCast(ballot);
  if (left === 0) return null;
  return { kind: 'remaining', text: `${member} has ${left} of ${VOTES_PER_MEMBER} votes still to place.` };
};

/** Every member has placed all 5 votes, and no ballot breaks a rule: the count can be shown. */
export const votingComplete = (
  ballots: readonly Ballot[],
  members: readonly string[],
  items: readonly FlipChartItem[],
): boolean => members.length > 0 && members.every((m) => ballotMessage(ballots, m, items) === null);

export interface VoteCount {
  readonly item: FlipChartItem;
  readonly votes: number;
  readonly rank: number;
}

/** The count of the members' ballots (members' ballots only: a removed member's votes no longer count). */
export const countVotes = (
  items: readonly FlipChartItem[],
  ballots: readonly Ballot[],
  members: readonly string[],
): VoteCount[] =>
  tally(
    items,
    members.map((m) => ballotOf(ballots, m)),
  );

/** The `n` most-voted items' ids: what the screen proposes before the facilitator confirms. */
export const proposedChoice = (counts: readonly VoteCount[], n: number): string[] =>
  counts.slice(0, Math.max(0, n)).map((c) => c.item.id);

/**
 * When the cut after `n` items splits equal votes, the words the screen shows. The rule: the
 * facilitator decides, after the group has discussed it; until then the item written first is proposed.
 */
export const tieMessage = (counts: readonly VoteCount[], n: number): string | null => {
  if (!tieAtCutoff(counts, n)) return null;
  const votes = counts[n - 1]?.votes ?? 0;
  const tied = counts.filter((c) => c.votes === votes).map((c) => `“${c.item.text}”`);
  return (
    `${tied.join(', ')} have ${votes} votes each. The group discusses them and the facilitator decides ` +
    'which to take; until then the one written first is ticked.'
  );
};
