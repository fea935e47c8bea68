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
  type Plan,
  type Review,
  type ShortTermTarget,
  type Terminology,
} from '../../domain';
import { ukDate, ukDateTime } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, headerRow, table, tableRow, textParagraph, valueCell } from '../ooxml';
import {
  academicYearText,
  blankRows,
  DETAILS_WIDTHS,
  detailsPair,
  LINE_HEIGHT,
  labelValueTable,
  titleBlock,
  writeInBox,
  type TemplateContext,
  type TemplateOutput,
} from './common';
import { myViewsSection } from './myViewsSection';
import { planStatusText } from './planStatus';
import { reviewDecisionSection } from './reviewDecision';
import { signatureTable, type Signer } from './signatures';
import { solutionFocusedSection } from './solutionFocusedSection';
import { targetTable, type TargetColumn } from './targetTable';

/** The nation's own title for the co-ordinator (SENCO, ALNCo, ...) replaces the generic label. */
const roleLabel = (role: InviteeRole, terms: Terminology): string =>
  role === 'senco' ? terms.coordinatorTitle : INVITEE_ROLE_LABELS[role];

/** Attendance not yet recorded is left blank, to tick at the meeting. */
const attendedLabel = (attended: boolean | null): string =>
  attended === null ? '' : attended ? 'Yes' : 'No';

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
  const blank = blankRows(widths, 3, { height: LINE_HEIGHT });
  return table({
    caption: 'Invited and attended',
    widths,
    rows: [headerRow(['Name', 'Role', 'Attended'], widths), ...(rows.length === 0 ? blank : rows)],
  });
};

/** Which child and which plan the meeting reviewed, each value in its own cell. */
const reviewedPlanTable = (ctx: TemplateContext): string => {
  const { plan } = ctx;
  return table({
    caption: 'The plan reviewed',
    widths: DETAILS_WIDTHS,
    rows: [
      detailsPair('Name', plan.pupil.name, 'Date of birth', ukDate(ctx.dateOfBirth)),
      detailsPair('Class', plan.pupil.className, 'Year group', plan.pupil.yearGroup),
      detailsPair(
        'Plan reviewed',
        planStatusText(plan, ctx.nextVersion),
        'Academic year',
        academicYearText(plan.startDate),
      ),
    ],
  });
};

/** Those who came sign; with nobody recorded as there, lines for the co-ordinator and a parent or carer. */
const meetingSigners = (review: Review, plan: Plan, terms: Terminology): Signer[] => {
  const present = review.invitees
    .filter((invitee) => invitee.attended === true)
    .map((invitee) => ({ role: roleLabel(invitee.role, terms), name: invitee.name }));
  if (present.length > 0) return [...present, { role: '', name: '' }];
  return [
    { role: terms.coordinatorTitle, name: plan.people.senco?.name ?? '' },
    { role: 'Parent/carer', name: '' },
    { role: '', name: '' },
  ];
};

/** A note under an agenda heading, or a box to write it in. */
const agendaNote = (label: string, note: string): string =>
  heading(2, label) + (note.trim() === '' ? writeInBox(label) : textParagraph(note));

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
  const agenda = AGENDA_HEADINGS.map(([key, label]) => agendaNote(label, review.agenda[key])).join('');
  const xml = [
    titleBlock(ctx, documentTitle('review-record', plan)),
    reviewedPlanTable(ctx),
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
    labelValueTable('Views', [
      ["Parents' and carers' views", plan.parentViews],
      // Reviews recorded before the views were kept with the plan have comments of their own.
      ...olderComments(review),
    ]),
    myViewsSection(plan.myViews, 2),
    heading(1, 'Target outcomes'),
    outcomes.xml,
    // The reviewed plan's own review date is the day of this meeting: the next one is the agreed version's.
    reviewDecisionSection(plan, ctx.nextVersion),
    heading(1, 'Signed by those at the meeting'),
    signatureTable(meetingSigners(review, plan, terms)),
    emptyParagraph(),
  ].join('');
  return { xml, targets: outcomes.targets };
};
