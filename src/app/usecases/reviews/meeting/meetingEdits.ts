import {
  proposedChoice,
  withVote,
  type ActionSheet,
  type Ballot,
  type FlipChartItem,
  type SolutionFocusedMeeting,
  type VoteCount,
} from '../../../../domain';
import { newLocalId } from '../../localIds';

/**
 * The facilitator's edits to a meeting on the shared screen, apart from React. A flip chart is either
 * the issues (stages 2 and 3) or the actions sheet of one chosen issue (stages 4 and 5); `sheet` names it.
 */
export type Sheet = { readonly kind: 'issues' } | { readonly kind: 'actions'; readonly issueId: string };

/** The short id a flip-chart item keeps in the note: the tail of a local id is unique enough. */
const newItemId = (): string => newLocalId('item').replace(/^new-item-/, '');

interface SheetView {
  readonly items: readonly FlipChartItem[];
  readonly ballots: readonly Ballot[];
  readonly chosen: readonly string[];
}

const emptySheet = (issueId: string): ActionSheet => ({ issueId, actions: [], ballots: [], chosen: [] });

export const sheetOf = (meeting: SolutionFocusedMeeting, sheet: Sheet): SheetView => {
  if (sheet.kind === 'issues')
    return { items: meeting.issues, ballots: meeting.issueBallots, chosen: meeting.chosenIssues };
  const found = meeting.actionSheets.find((s) => s.issueId === sheet.issueId) ?? emptySheet(sheet.issueId);
  return { items: found.actions, ballots: found.ballots, chosen: found.chosen };
};

const withSheet = (
  meeting: SolutionFocusedMeeting,
  sheet: Sheet,
  change: (view: SheetView) => Partial<SheetView>,
): SolutionFocusedMeeting => {
  const next = { ...sheetOf(meeting, sheet), ...change(sheetOf(meeting, sheet)) };
  if (sheet.kind === 'issues') {
    const ids = new Set(next.items.map((i) => i.id));
    return {
      ...meeting,
      issues: [...next.items],
      issueBallots: [...next.ballots],
      chosenIssues: next.chosen.filter((id) => ids.has(id)),
      // A sheet goes with the issue it was for.
      actionSheets: meeting.actionSheets.filter((s) => ids.has(s.issueId)),
    };
  }
  const updated: ActionSheet = {
    issueId: sheet.issueId,
    actions: [...next.items],
    ballots: [...next.ballots],
    chosen: next.chosen.filter((id) => next.items.some((i) => i.id === id)),
  };
  const others = meeting.actionSheets.filter((s) => s.issueId !== sheet.issueId);
  return { ...meeting, actionSheets: [...others, updated] };
};

export const addItem = (meeting: SolutionFocusedMeeting, sheet: Sheet, text: string) =>
  withSheet(meeting, sheet, ({ items }) => ({ items: [...items, { id: newItemId(), text: text.trim() }] }));

export const editItem = (meeting: SolutionFocusedMeeting, sheet: Sheet, id: string, text: string) =>
  withSheet(meeting, sheet, ({ items }) => ({ items: items.map((i) => (i.id === id ? { id, text } : i)) }));

/** Taking a line off the flip chart takes its votes with it. */
export const removeItem = (meeting: SolutionFocusedMeeting, sheet: Sheet, id: string) =>
  withSheet(meeting, sheet, ({ items, ballots, chosen }) => ({
    items: items.filter((i) => i.id !== id),
    ballots: ballots.map((b) => ({
      member: b.member,
      votes: Object.fromEntries(Object.entries(b.votes).filter(([k]) => k !== id)),
    })),
    chosen: chosen.filter((c) => c !== id),
  }));

export const setVotes = (
  meeting: SolutionFocusedMeeting,
  sheet: Sheet,
  member: string,
  itemId: string,
  count: number,
) => withSheet(meeting, sheet, ({ ballots }) => ({ ballots: withVote(ballots, member, itemId, count) }));

/** The group agrees how many to take; the most-voted are ticked, for the facilitator to confirm. */
export const takeTop = (
  meeting: SolutionFocusedMeeting,
  sheet: Sheet,
  counts: readonly VoteCount[],
  n: number,
) => withSheet(meeting, sheet, () => ({ chosen: proposedChoice(counts, n) }));

/** The facilitator ticks or unticks one line (a tie at the cut is theirs to decide). */
export const setChosen = (
  meeting: SolutionFocusedMeeting,
  sheet: Sheet,
  counts: readonly VoteCount[],
  id: string,
  chosen: boolean,
) =>
  withSheet(meeting, sheet, ({ chosen: before }) => {
    const ticked = new Set(before);
    if (chosen) ticked.add(id);
    else ticked.delete(id);
    // Kept in ranked order, so the targets come out most-voted first.
    return { chosen: counts.map((c) => c.item.id).filter((itemId) => ticked.has(itemId)) };
  });

export const addMember = (meeting: SolutionFocusedMeeting, name: string): SolutionFocusedMeeting => {
  const trimmed = name.trim();
  const known = meeting.members.some(
    (m) => m.toLocaleLowerCase('en-GB') === trimmed.toLocaleLowerCase('en-GB'),
  );
  return trimmed === '' || known ? meeting : { ...meeting, members: [...meeting.members, trimmed] };
};

export const removeMember = (meeting: SolutionFocusedMeeting, name: string): SolutionFocusedMeeting => ({
  ...meeting,
  members: meeting.members.filter((m) => m !== name),
});
