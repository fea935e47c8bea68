/**
 * The review record's section for a review held as a solution-focused meeting (Highland guidance,
 * seed 004): the roles, what was shared and for how long, and each flip chart as it was written, with
 * every member's votes and the total in the box beside each line, and which lines the group chose.
 * Kept in a file of its own so the review record template only places it.
 */
import type { Ballot, FlipChartItem, SolutionFocusedMeeting } from '../../domain';
import { columnWidths } from '../layout';
import { heading, headerRow, table, tableRow, textParagraph, valueCell } from '../ooxml';
import { ENGLISH, type Wording } from '../wording';
import { blankRows, labelValueTable, LINE_HEIGHT } from './common';

const minutesAndSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const sharingTable = (meeting: SolutionFocusedMeeting, { meeting: words }: Wording): string => {
  const widths = columnWidths([25, 12, 63]);
  const rows = meeting.sharing.map((turn) =>
    tableRow(
      [valueCell(turn.speaker), valueCell(minutesAndSeconds(turn.seconds)), valueCell(turn.notes)],
      widths,
    ),
  );
  return table({
    caption: words.sharingCaption,
    widths,
    rows: [
      headerRow([words.speaker, words.time, words.whatWasShared], widths),
      ...(rows.length ? rows : blankRows(widths, 3)),
    ],
  });
};

/** One flip chart: each line, each member's votes for it, the total, and whether it was chosen. */
const flipChartTable = (
  caption: string,
  items: readonly FlipChartItem[],
  ballots: readonly Ballot[],
  members: readonly string[],
  chosen: readonly string[],
  chosenLabel: string,
  { meeting: words }: Wording,
): string => {
  const widths = columnWidths([42, 34, 10, 14]);
  const rows = items.map((item) => {
    const byMember = members.map((member) => ({
      member,
      votes: ballots.find((b) => b.member === member)?.votes[item.id] ?? 0,
    }));
    const total = byMember.reduce((sum, m) => sum + m.votes, 0);
    const placed = byMember
      .filter((m) => m.votes > 0)
      .map((m) => `${m.member} ${m.votes}`)
      .join(', ');
    return tableRow(
      [
        valueCell(item.text),
        valueCell(placed),
        valueCell(String(total)),
        valueCell(chosen.includes(item.id) ? chosenLabel : ''),
      ],
      widths,
      { cantSplit: true },
    );
  });
  return table({
    caption,
    widths,
    rows: [
      headerRow([words.writtenOnFlipChart, words.votesPlaced, words.total, words.chosen], widths),
      ...(rows.length ? rows : blankRows(widths, 4, { height: LINE_HEIGHT })),
    ],
  });
};

export const solutionFocusedSection = (
  meeting: SolutionFocusedMeeting,
  wording: Wording = ENGLISH,
): string => {
  const { common, meeting: words } = wording;
  const issueText = (id: string) => meeting.issues.find((i) => i.id === id)?.text ?? '';
  const sheets = meeting.chosenIssues.map((issueId) => {
    const sheet = meeting.actionSheets.find((s) => s.issueId === issueId);
    const title = words.inHowManyWays(issueText(issueId));
    return (
      heading(2, title) +
      flipChartTable(
        title,
        sheet?.actions ?? [],
        sheet?.ballots ?? [],
        meeting.members,
        sheet?.chosen ?? [],
        common.shortTermTarget,
        wording,
      )
    );
  });
  return [
    heading(1, words.heading),
    labelValueTable(words.roles, [
      [words.chair, meeting.roles.chair],
      [words.facilitator, meeting.roles.facilitator],
      [words.keyProfessional, meeting.roles.keyProfessional],
      [words.membersWhoVoted, meeting.members.join(', ')],
    ]),
    textParagraph(words.votingRule),
    heading(2, words.sharingInformation),
    sharingTable(meeting, wording),
    heading(2, words.issuesQuestion),
    flipChartTable(
      words.issuesCaption,
      meeting.issues,
      meeting.issueBallots,
      meeting.members,
      meeting.chosenIssues,
      common.longTermTarget,
      wording,
    ),
    ...sheets,
  ].join('');
};
