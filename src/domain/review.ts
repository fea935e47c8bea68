import { z } from 'zod';
import { PlanIdSchema, PlanSeriesIdSchema, ReviewIdSchema, TargetIdSchema } from './ids';
import { email, isoDate, isoDateTime, multiLine, requiredSingleLine, singleLine } from './limits';
import { SolutionFocusedMeetingSchema } from './solutionFocusedMeeting';
import { TargetOutcomeSchema } from './target';

export const ReviewTypeSchema = z.enum(['termly', 'annual', 'interim']);
export type ReviewType = z.infer<typeof ReviewTypeSchema>;

/** Highland review record: the type of meeting. */
export const MeetingFormatSchema = z.enum(['in-person', 'online', 'parents-evening', 'private-meeting']);
export type MeetingFormat = z.infer<typeof MeetingFormatSchema>;

export const ReviewStatusSchema = z.enum(['planned', 'scheduled', 'completed', 'cancelled']);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const InviteeRoleSchema = z.enum([
  'parent-carer',
  'pupil',
  'senco',
  'class-teacher',
  'teaching-assistant',
  'professional',
  'other',
]);
export type InviteeRole = z.infer<typeof InviteeRoleSchema>;

export const InviteeSchema = z.object({
  name: requiredSingleLine('Invitee name'),
  email: email('Invitee email').default(''),
  role: InviteeRoleSchema,
  /** Inside the school tenant, so free/busy can be asked; parents and outside professionals are not. */
  internal: z.boolean().default(false),
  attended: z.boolean().nullable().default(null),
});
export type Invitee = z.infer<typeof InviteeSchema>;

/** The agenda of an IEP review (National Autistic Society list in the seeds), in meeting order. */
export const AGENDA_HEADINGS = [
  ['progress', "The child's progress"],
  ['parentViews', "The parents' views"],
  ['childViews', "The child's views"],
  ['effectiveness', 'How effective the IEP has been'],
  ['affectingProgress', 'Anything affecting progress'],
  ['updatedAdvice', 'Updated information and advice'],
  ['futureAction', 'Future action, including changes to targets or strategies'],
] as const;
export type AgendaKey = (typeof AGENDA_HEADINGS)[number][0];

export const AgendaNotesSchema = z.object({
  progress: multiLine("The child's progress").default(''),
  parentViews: multiLine("The parents' views").default(''),
  childViews: multiLine("The child's views").default(''),
  effectiveness: multiLine('How effective the IEP has been').default(''),
  affectingProgress: multiLine('Anything affecting progress').default(''),
  updatedAdvice: multiLine('Updated information and advice').default(''),
  futureAction: multiLine('Future action').default(''),
});
export type AgendaNotes = z.infer<typeof AgendaNotesSchema>;

export const TargetReviewOutcomeSchema = z.object({
  targetId: TargetIdSchema,
  outcome: TargetOutcomeSchema,
  comment: multiLine('Outcome comment').default(''),
});
export type TargetReviewOutcome = z.infer<typeof TargetReviewOutcomeSchema>;

/**
 * One copy of the plan and minutes emailed to the family after the review: when, by whom and to whom.
 * `unconfirmed` means Outlook's answer was lost, so the message may or may not have gone: the person
 * checks their Sent Items before sending again (the app never resends on its own).
 */
export const CopySentHomeSchema = z.object({
  sentAt: isoDateTime('Sent at'),
  sentBy: singleLine('Sent by'),
  to: z
    .array(z.object({ name: requiredSingleLine('Recipient name'), email: email('Recipient email') }))
    .min(1),
  attachments: z.array(singleLine('Attachment name')).default([]),
  outcome: z.enum(['sent', 'unconfirmed']).default('sent'),
});
export type CopySentHome = z.infer<typeof CopySentHomeSchema>;

export const ReviewSchema = z.object({
  id: ReviewIdSchema,
  seriesId: PlanSeriesIdSchema,
  /** The version of the plan under review. */
  planId: PlanIdSchema,
  type: ReviewTypeSchema,
  format: MeetingFormatSchema.default('in-person'),
  status: ReviewStatusSchema.default('planned'),
  start: isoDateTime('Start').nullable().default(null),
  end: isoDateTime('End').nullable().default(null),
  /** IANA zone the meeting was arranged in; Europe/London unless the school says otherwise. */
  timeZone: singleLine('Time zone').default('Europe/London'),
  location: singleLine('Location').default(''),
  online: z.boolean().default(false),
  invitees: z.array(InviteeSchema).default([]),
  agenda: AgendaNotesSchema.default(AgendaNotesSchema.parse({})),
  pupilComments: multiLine("Pupil's comments").default(''),
  parentComments: multiLine("Parents' and carers' comments").default(''),
  targetOutcomes: z.array(TargetReviewOutcomeSchema).default([]),
  /** The solution-focused planning meeting held at this review, if it was held that way. */
  meeting: SolutionFocusedMeetingSchema.nullable().default(null),
  invitationsSentOn: isoDate('Invitations sent').nullable().default(null),
  minutesSentOn: isoDate('Minutes sent').nullable().default(null),
  /** Copies of the plan and minutes sent home after the review, oldest first. */
  copiesSentHome: z.array(CopySentHomeSchema).default([]),
  completedOn: isoDate('Completed on').nullable().default(null),
  /** Outlook event id and iCalUId once the invitation exists. */
  eventId: singleLine('Event id').nullable().default(null),
  iCalUId: singleLine('iCalendar UID').nullable().default(null),
  etag: z.string().optional(),
});
export type Review = z.infer<typeof ReviewSchema>;
