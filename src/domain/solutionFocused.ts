import { Invalid, type FieldIssue } from './errors';

/**
 * The Highland solution-focused planning meeting: the group brainstorms issues (stage 2) or
 * actions (stage 4), then each member places 5 votes, as many as they like on one item (stages 3
 * and 5). The most-voted issues become long-term targets; the most-voted actions short-term ones.
 */
export const VOTES_PER_MEMBER = 5;

export interface MeetingItem {
  readonly id: string;
  /** Written positively: "help him develop more appropriate behaviours in class". */
  readonly text: string;
}

export interface Ballot {
  /** Shown in messages, so the facilitator knows whose votes to fix. */
  readonly member: string;
  /** Votes per item id; items left out have none. */
  readonly votes: Readonly<Record<string, number>>;
}

export interface RankedItem<T extends MeetingItem = MeetingItem> {
  readonly item: T;
  readonly votes: number;
  /** 1 for the most votes; items with equal votes share a rank (1, 1, 3). */
  readonly rank: number;
}

export const votesCast = (ballot: Ballot): number =>
  Object.values(ballot.votes).reduce((sum, n) => sum + n, 0);

/** Votes a member still has to place (a member may leave some unused). */
export const votesRemaining = (ballot: Ballot): number => VOTES_PER_MEMBER - votesCast(ballot);

/** Everything wrong with one member's ballot, each message saying what to change. */
export const ballotIssues = (ballot: Ballot, items: readonly MeetingItem[], index = 0): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const who = ballot.member.trim() || `Member ${index + 1}`;
  const known = new Set(items.map((i) => i.id));
  for (const [itemId, count] of Object.entries(ballot.votes)) {
    const path = `ballots.${index}.votes.${itemId}`;
    if (!known.has(itemId)) {
      issues.push({ path, message: `${who} voted for an item that is not on the list; remove that vote.` });
    } else if (!Number.isInteger(count)) {
      issues.push({ path, message: `${who}'s votes must be whole numbers.` });
    } else if (count < 0) {
      issues.push({
        path,
        message: `${who} cannot place a negative number of votes; use 0 to remove votes.`,
      });
    }
  }
  const cast = Object.values(ballot.votes).reduce((sum, n) => sum + Math.max(0, n), 0);
  if (cast > VOTES_PER_MEMBER) {
    issues.push({
      path: `ballots.${index}.votes`,
      message: `${who} has placed ${cast} votes but each member has exactly ${VOTES_PER_MEMBER}; take ${cast - VOTES_PER_MEMBER} away.`,
    });
  }
  return issues;
};

const ballotsIssues = (items: readonly MeetingItem[], ballots: readonly Ballot[]): FieldIssue[] => {
  const issues = ballots.flatMap((ballot, index) => ballotIssues(ballot, items, index));
  const seen = new Set<string>();
  ballots.forEach((ballot, index) => {
    const key = ballot.member.trim().toLocaleLowerCase('en-GB');
    if (key !== '' && seen.has(key)) {
      issues.push({
        path: `ballots.${index}.member`,
        message: `${ballot.member.trim()} has voted twice; each member votes once.`,
      });
    }
    seen.add(key);
  });
  return issues;
};

/**
 * Counts the votes. Most votes first; equal votes keep the order the items were written in, so
 * the same meeting always gives the same list. Throws `Invalid` if any ballot breaks the rules.
 */
export const tally = <T extends MeetingItem>(
  items: readonly T[],
  ballots: readonly Ballot[],
): RankedItem<T>[] => {
  const issues = ballotsIssues(items, ballots);
  if (issues.length > 0) throw new Invalid(issues);

  const totals = items.map((item, order) => ({
    item,
    order,
    votes: ballots.reduce((sum, ballot) => sum + (ballot.votes[item.id] ?? 0), 0),
  }));
  // Array.prototype.sort is stable (ES2019), and the order tiebreak makes it explicit.
  totals.sort((a, b) => b.votes - a.votes || a.order - b.order);
  return totals.map(({ item, votes }) => ({
    item,
    votes,
    rank: 1 + totals.filter((other) => other.votes > votes).length,
  }));
};

/** The top `n` items of a ranking: the group agrees how many (the top 2, 3, 4 ...). */
export const topItems = <T extends MeetingItem>(ranking: readonly RankedItem<T>[], n: number): T[] => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`topItems: not a count: ${n}`);
  return ranking.slice(0, n).map((r) => r.item);
};

/**
 * Whether the cut after `n` items splits a tie, so the group should decide by discussion (the
 * guidance: the top items "may be apparent from discussion").
 */
export const tieAtCutoff = (ranking: readonly RankedItem[], n: number): boolean => {
  const last = ranking[n - 1];
  const next = ranking[n];
  return last !== undefined && next !== undefined && last.votes === next.votes;
};
