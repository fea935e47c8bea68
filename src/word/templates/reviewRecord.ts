/**
 * The record of one review meeting (Highland review record + the National Autistic Society agenda):
 * when and how it met, who was invited and came, notes under each agenda heading, views, and the
 * outcome agreed for every target.
 */
import {
  AGENDA_HEADINGS,
  documentTitle,
  INVITEE_ROLE_LABELS,
  Invalid,
  MEETING_FORMAT_LABELS,
  REVIEW_STATUS_LABELS,
  REVIEW_TYPE_LABELS,
  TARGET_AREA_LABELS,
  TARGET_OUTCOME_LABELS,
  type InviteeRole,
  type Review,
  type ShortTermTarget,
  type Terminology,
} from '../../domain';
import { ukDate, ukDateTime } from '../format';
import { columnWidths } from '../layout';
import {
  emptyParagraph,
  heading,
  headerRow,
  table,
  tableRow,
  textParagraph,
  title,
  valueCell,
} from '../ooxml';
import { labelValueTable, subtitleParagraph, type TemplateContext, type TemplateOutput } from './common';
import { myViewsSection } from './myViewsSection';
import { solutionFocusedSection } from './solutionFocusedSection';
import { targetTable, type TargetColumn } from './targetTable';

/** The nation's own title for the co-ordinator (SENCO, ALNCo, ...) replaces the generic label. */
const roleLabel = (role: InviteeRole, terms: Terminology): string =>
  role === 'senco' ? terms.coordinatorTitle : INVITEE_ROLE_LABELS[role];

const attendedLabel = (attended: boolean | null): string =>
  attended === null ? 'Not recorded' : attended ? 'Yes' : 'No';

const meetingTime = (review: Review): string => {
  const start = ukDateTime(review.start, review.timeZone);
  const end = ukDateTime(review.end, review.timeZone);
  if (start === '') return '';
  // Same day: show the end as a time only ("31/03/2026 15:30 to 16:15").
  return end === '' ? start : `${start} to ${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`;
};

const attendanceTable = (review: Review, terms: Terminology): string => {
  const widths = columnWidths([45, 35, 20]);
  const rows = review.invitees.map((invitee) =>
    tableRow(
      [
        valueCell(invitee.name),
        valueCell(roleLabel(invitee.role, terms)),
        valueCell(attendedLabel(invitee.attended)),
      ],
      widths,
      { cantSplit: true },
    ),
  );
  const empty = tableRow([valueCell('No one has been invited yet.', 3)], widths, { cantSplit: true });
  return table({
    caption: 'Invited and attended',
    widths,
    rows: [headerRow(['Name', 'Role', 'Attended'], widths), ...(rows.length === 0 ? [empty] : rows)],
  });
};

/** The review's own outcome for a target wins; a target the review did not record keeps the plan's. */
const outcomeColumns = (review: Review): TargetColumn[] => {
  const recorded = new Map(review.targetOutcomes.map((o) => [o.targetId as string, o]));
  const outcomeOf = (t: ShortTermTarget) => recorded.get(t.id);
  return [
    // Weights in dxa: the area column fits "Communication" on one line, as in the full plan.
    { header: 'Area', weight: 1420, value: (t) => TARGET_AREA_LABELS[t.area] },
    { header: 'Target', weight: 3700, value: (t) => t.text },
    {
      header: 'Outcome',
      weight: 1400,
      value: (t) => TARGET_OUTCOME_LABELS[outcomeOf(t)?.outcome ?? t.outcome],
    },
    { header: 'Comment', weight: 3118, value: (t) => outcomeOf(t)?.comment ?? t.outcomeComment },
  ];
};

const olderComments = (review: Review): (readonly [string, string])[] =>
  (
    [
      ["Pupil's comments at this review", review.pupilComments],
      ["Parents' and carers' comments at this review", review.parentComments],
    ] as const
  ).filter(([, text]) => text.trim() !== '');

export const renderReviewRecord = (ctx: TemplateContext): TemplateOutput => {
  const { plan, review, terms } = ctx;
  if (review === null) {
    throw new Invalid([
      { path: 'review', message: 'Choose a review first: a review record needs the meeting it records.' },
    ]);
  }
  if (review.planId !== plan.id) {
    throw new Invalid([
      {
        path: 'review.planId',
        message: 'This review is of another version of the plan: open the version it reviewed and try again.',
      },
    ]);
  }
  const outcomes = targetTable({
    caption: 'Target outcomes',
    columns: outcomeColumns(review),
    targets: plan.shortTermTargets,
    emptyText: 'The plan had no short-term targets to review.',
  });
  const agenda = AGENDA_HEADINGS.map(
    ([key, label]) => heading(2, label) + textParagraph(review.agenda[key]),
  ).join('');
  const xml = [
    title(documentTitle('review-record', plan)),
    subtitleParagraph(plan),
    heading(1, 'The meeting'),
    labelValueTable('The meeting', [
      ['Type of review', REVIEW_TYPE_LABELS[review.type]],
      ['Type of meeting', MEETING_FORMAT_LABELS[review.format]],
      ['Date and time', meetingTime(review)],
      ['Location', review.online && review.location === '' ? 'Online' : review.location],
      ['Status', REVIEW_STATUS_LABELS[review.status]],
      ['Invitations sent on', ukDate(review.invitationsSentOn)],
      ['Minutes sent on', ukDate(review.minutesSentOn)],
    ]),
    heading(1, 'Invited and attended'),
    attendanceTable(review, terms),
    heading(1, 'Agenda'),
    agenda,
    review.meeting === null ? '' : solutionFocusedSection(review.meeting),
    heading(1, 'Views'),
    myViewsSection(plan.myViews, 2),
    labelValueTable('Views', [
      ["Parents' and carers' views", plan.parentViews],
      // Reviews recorded before the views were kept with the plan have comments of their own.
      ...olderComments(review),
    ]),
    heading(1, 'Target outcomes'),
    outcomes.xml,
    heading(1, 'Next review'),
    labelValueTable('Next review', [['Next review date', ukDate(plan.nextReviewDate)]]),
    emptyParagraph(),
  ].join('');
  return { xml, targets: outcomes.targets };
};
