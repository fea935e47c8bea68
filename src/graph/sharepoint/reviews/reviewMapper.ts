import { z } from 'zod';
import { formatUkDate } from '../../../domain/dates';
import { PlanIdSchema, PlanSeriesIdSchema } from '../../../domain/ids';
import { isoDate, isoDateTime, multiLine, singleLine } from '../../../domain/limits';
import {
  AgendaNotesSchema,
  CopySentHomeSchema,
  InviteeSchema,
  MeetingFormatSchema,
  ReviewSchema,
  ReviewStatusSchema,
  ReviewTypeSchema,
  TargetReviewOutcomeSchema,
  type Review,
} from '../../../domain/review';
import { SolutionFocusedMeetingSchema } from '../../../domain/solutionFocusedMeeting';
import {
  booleanColumn,
  decodeItem,
  etagOf,
  finish,
  jsonColumn,
  jsonNote,
  nullableColumn,
  textColumn,
  titleOf,
  type FieldValues,
  type ItemDecode,
} from '../shared/listItem';

const ReviewFieldsSchema = z.object({
  PlanSeriesId: textColumn(PlanSeriesIdSchema),
  PlanId: textColumn(PlanIdSchema),
  ReviewType: textColumn(ReviewTypeSchema),
  MeetingFormat: z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? 'in-person' : v),
    MeetingFormatSchema,
  ),
  ReviewStatus: z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? 'planned' : v),
    ReviewStatusSchema,
  ),
  StartDateTime: nullableColumn(isoDateTime('Start')),
  EndDateTime: nullableColumn(isoDateTime('End')),
  ReviewTimeZone: z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? 'Europe/London' : v),
    singleLine('Time zone'),
  ),
  ReviewLocation: textColumn(singleLine('Location')),
  IsOnline: booleanColumn,
  InviteesJson: jsonColumn(z.array(InviteeSchema), []),
  AgendaJson: jsonColumn(AgendaNotesSchema, {}),
  PupilComments: textColumn(multiLine("Pupil's comments")),
  ParentComments: textColumn(multiLine("Parents' and carers' comments")),
  TargetOutcomesJson: jsonColumn(z.array(TargetReviewOutcomeSchema), []),
  // Schema 7; empty on reviews held before it, and on those not held as a solution-focused meeting.
  SolutionFocusedJson: jsonColumn(SolutionFocusedMeetingSchema.nullable(), null),
  InvitationsSentOn: nullableColumn(isoDate('Invitations sent')),
  MinutesSentOn: nullableColumn(isoDate('Minutes sent')),
  // Schema 7; an item written before it has no value and reads as no copy sent.
  CopiesSentHomeJson: jsonColumn(z.array(CopySentHomeSchema), []),
  CompletedOn: nullableColumn(isoDate('Completed on')),
  EventId: nullableColumn(singleLine('Event id')),
  ICalUId: nullableColumn(singleLine('iCalendar UID')),
});

/**
 * A meeting note someone broke by hand in SharePoint must not hide the review: it is read as no meeting,
 * and the problem is reported with the review, naming the column and the field.
 */
const SOFT_COLUMNS: ReadonlySet<string> = new Set(['SolutionFocusedJson']);

export const reviewFromItem = (raw: unknown): ItemDecode<Review> =>
  finish('review', decodeItem('review', raw, ReviewFieldsSchema, SOFT_COLUMNS), ReviewSchema, (f, item) => {
    const etag = etagOf(item);
    return {
      id: item.id,
      seriesId: f.PlanSeriesId,
      planId: f.PlanId,
      type: f.ReviewType,
      format: f.MeetingFormat,
      status: f.ReviewStatus,
      start: f.StartDateTime,
      end: f.EndDateTime,
      timeZone: f.ReviewTimeZone,
      location: f.ReviewLocation,
      online: f.IsOnline,
      invitees: f.InviteesJson,
      agenda: f.AgendaJson,
      pupilComments: f.PupilComments,
      parentComments: f.ParentComments,
      targetOutcomes: f.TargetOutcomesJson,
      meeting: f.SolutionFocusedJson,
      invitationsSentOn: f.InvitationsSentOn,
      minutesSentOn: f.MinutesSentOn,
      copiesSentHome: f.CopiesSentHomeJson,
      completedOn: f.CompletedOn,
      eventId: f.EventId,
      iCalUId: f.ICalUId,
      ...(etag === undefined ? {} : { etag }),
    };
  });

const REVIEW_TYPE_TITLES: Readonly<Record<Review['type'], string>> = {
  termly: 'Termly review',
  annual: 'Annual review',
  interim: 'Interim review',
};

export const reviewToFields = (review: Review): FieldValues => ({
  Title: titleOf(
    `${REVIEW_TYPE_TITLES[review.type]}${review.start ? ` ${formatUkDate(review.start, review.timeZone)}` : ''}`,
  ),
  PlanSeriesId: review.seriesId,
  PlanId: review.planId,
  ReviewType: review.type,
  MeetingFormat: review.format,
  ReviewStatus: review.status,
  StartDateTime: review.start ?? '',
  EndDateTime: review.end ?? '',
  ReviewTimeZone: review.timeZone,
  ReviewLocation: review.location,
  IsOnline: review.online,
  InviteesJson: jsonNote(review.invitees, 'invitees', 'Invitees'),
  AgendaJson: jsonNote(review.agenda, 'agenda', 'Agenda notes'),
  PupilComments: review.pupilComments,
  ParentComments: review.parentComments,
  TargetOutcomesJson: jsonNote(review.targetOutcomes, 'targetOutcomes', 'Target outcomes'),
  SolutionFocusedJson:
    review.meeting === null ? '' : jsonNote(review.meeting, 'meeting', 'The solution-focused meeting'),
  InvitationsSentOn: review.invitationsSentOn ?? '',
  MinutesSentOn: review.minutesSentOn ?? '',
  CopiesSentHomeJson: jsonNote(review.copiesSentHome, 'copiesSentHome', 'Copies sent home'),
  CompletedOn: review.completedOn ?? '',
  EventId: review.eventId ?? '',
  ICalUId: review.iCalUId ?? '',
});
