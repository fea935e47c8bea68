/**
 * The record of one review meeting (Highland review record + the National Autistic Society agenda):
 * when and how it met, who was invited and came, notes under each agenda heading, views, and the
 * outcome agreed for every target.
 */
import {
  AGENDA_HEADINGS,
  Invalid,
  type InviteeRole,
  type Plan,
  type Review,
  type ShortTermTarget,
  type Terminology,
} from '../../domain';
import { ukDate, ukDateTime } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, headerRow, table, tableRow, textParagraph, valueCell } from '../ooxml';
import type { Wording } from '../wording';
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
const roleLabel = (role: InviteeRole, terms: Terminology, wording: Wording): string =>
  role === 'senco' ? wording.coordinator(terms) : wording.labels.inviteeRoles[role];

/** Attendance not yet recorded is left blank, to tick at the meeting. */
const attendedLabel = (attended: boolean | null, { reviewRecord: words }: Wording): string =>
  attended === null ? '' : attended ? words.yes : words.no;

const meetingTime = (review: Review, wording: Wording): string => {
  const start = ukDateTime(review.start, review.timeZone);
  const end = ukDateTime(review.end, review.timeZone);
  if (start === '') return '';
  // Same day: show the end as a time only ("31/03/2026 15:30 to 16:15").
  const until = end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end;
  return end === '' ? start : `${start} ${wording.reviewRecord.timeTo} ${until}`;
};

const attendanceTable = (review: Review, terms: Terminology, wording: Wording): string => {
  const { common, reviewRecord: words } = wording;
  const widths = columnWidths([45, 35, 20]);
  const rows = review.invitees.map((invitee) =>
    tableRow(
      [
        valueCell(invitee.name),
        valueCell(roleLabel(invitee.role, terms, wording)),
        valueCell(attendedLabel(invitee.attended, wording)),
      ],
      widths,
      { cantSplit: true },
    ),
  );
  const blank = blankRows(widths, 3, { height: LINE_HEIGHT });
  return table({
    caption: words.invitedAndAttended,
    widths,
    rows: [
      headerRow([common.name, common.role, words.attended], widths),
      ...(rows.length === 0 ? blank : rows),
    ],
  });
};

/** Which child and which plan the meeting reviewed, each value in its own cell. */
const reviewedPlanTable = (ctx: TemplateContext): string => {
  const { plan, wording } = ctx;
  const { common, reviewRecord: words } = wording;
  return table({
    caption: words.planReviewedCaption,
    widths: DETAILS_WIDTHS,
    rows: [
      detailsPair(common.name, plan.pupil.name, common.dateOfBirth, ukDate(ctx.dateOfBirth)),
      detailsPair(common.className, plan.pupil.className, common.yearGroup, plan.pupil.yearGroup),
      detailsPair(
        words.planReviewed,
        planStatusText(plan, ctx.nextVersion, wording),
        common.academicYear,
        academicYearText(plan.startDate),
      ),
    ],
  });
};

/** Those who came sign; with nobody recorded as there, lines for the co-ordinator and a parent or carer. */
const meetingSigners = (review: Review, plan: Plan, terms: Terminology, wording: Wording): Signer[] => {
  const present = review.invitees
    .filter((invitee) => invitee.attended === true)
    .map((invitee) => ({ role: roleLabel(invitee.role, terms, wording), name: invitee.name }));
  if (present.length > 0) return [...present, { role: '', name: '' }];
  return [
    { role: wording.coordinator(terms), name: plan.people.senco?.name ?? '' },
    { role: wording.common.parentCarer, name: '' },
    { role: '', name: '' },
  ];
};

/** A note under an agenda heading, or a box to write it in. */
const agendaNote = (label: string, note: string): string =>
  heading(2, label) + (note.trim() === '' ? writeInBox(label) : textParagraph(note));

/** The review's own outcome for a target wins; a target the review did not record keeps the plan's. */
const outcomeColumns = (review: Review, { common, labels, reviewRecord: words }: Wording): TargetColumn[] => {
  const recorded = new Map(review.targetOutcomes.map((o) => [o.targetId as string, o]));
  const outcomeOf = (t: ShortTermTarget) => recorded.get(t.id);
  return [
    // Weights in dxa: the area column fits "Communication" on one line, as in the full plan.
    { header: common.area, weight: 1420, value: (t) => labels.targetAreas[t.area] },
    { header: common.target, weight: 3700, value: (t) => t.text },
    {
      header: words.outcome,
      weight: 1400,
      value: (t) => labels.targetOutcomes[outcomeOf(t)?.outcome ?? t.outcome],
    },
    { header: words.comment, weight: 3118, value: (t) => outcomeOf(t)?.comment ?? t.outcomeComment },
  ];
};

const olderComments = (review: Review, { reviewRecord: words }: Wording): (readonly [string, string])[] =>
  (
    [
      [words.pupilComments, review.pupilComments],
      [words.parentComments, review.parentComments],
    ] as const
  ).filter(([, text]) => text.trim() !== '');

export const renderReviewRecord = (ctx: TemplateContext): TemplateOutput => {
  const { plan, review, terms, wording } = ctx;
  const { common, labels, reviewRecord: words } = wording;
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
    caption: words.targetOutcomes,
    columns: outcomeColumns(review, wording),
    targets: plan.shortTermTargets,
    emptyText: words.noTargetsToReview,
    wording,
  });
  // The domain keeps the agenda's order; the wording only names each heading.
  const agenda = AGENDA_HEADINGS.map(([key]) => agendaNote(labels.agenda[key], review.agenda[key])).join('');
  const xml = [
    titleBlock(ctx, wording.documentTitle('review-record', plan)),
    reviewedPlanTable(ctx),
    heading(1, words.meeting),
    labelValueTable(words.meeting, [
      [words.reviewType, labels.reviewTypes[review.type]],
      [words.meetingType, labels.meetingFormats[review.format]],
      [words.dateAndTime, meetingTime(review, wording)],
      [words.location, review.online && review.location === '' ? words.online : review.location],
      [words.status, labels.reviewStatuses[review.status]],
      [words.invitationsSentOn, ukDate(review.invitationsSentOn)],
      [words.minutesSentOn, ukDate(review.minutesSentOn)],
    ]),
    heading(1, words.invitedAndAttended),
    attendanceTable(review, terms, wording),
    heading(1, words.agenda),
    agenda,
    review.meeting === null ? '' : solutionFocusedSection(review.meeting, wording),
    heading(1, common.views),
    labelValueTable(common.views, [
      [common.parentViews, plan.parentViews],
      // Reviews recorded before the views were kept with the plan have comments of their own.
      ...olderComments(review, wording),
    ]),
    myViewsSection(plan.myViews, 2, wording),
    heading(1, words.targetOutcomes),
    outcomes.xml,
    // The reviewed plan's own review date is the day of this meeting: the next one is the agreed version's.
    reviewDecisionSection(plan, ctx.nextVersion, wording),
    heading(1, words.signedBy),
    signatureTable(meetingSigners(review, plan, terms, wording), wording),
    emptyParagraph(),
  ].join('');
  return { xml, targets: outcomes.targets };
};
