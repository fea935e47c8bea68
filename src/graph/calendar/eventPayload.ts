import type { Attendee, Event } from '@microsoft/microsoft-graph-types';
import {
  DEFAULT_INVITATION_WORDING,
  invitationSubject,
  type Invitee,
  type ScheduleRequest,
} from '../../domain';
import { reviewInvitationBody } from './invitationBody';
import { reviewIdProperty } from './reviewEventLookup';
import { toDateTimeTimeZone } from './timeZones';
import { reviewTransactionId } from './transactionId';

/** What the adapter sends to create a review meeting; typed against Graph's own `event` type. */
export type ReviewEventPayload = Event;

const attendeeOf = (invitee: Invitee): Attendee => ({
  type: 'required',
  emailAddress: { address: invitee.email.trim(), name: invitee.name.trim() },
});

/** Invitees who can be sent an invitation: those with an email address, each address once. */
export const invitedAttendees = (invitees: readonly Invitee[]): Attendee[] => {
  const seen = new Set<string>();
  const attendees: Attendee[] = [];
  for (const invitee of invitees) {
    const key = invitee.email.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    attendees.push(attendeeOf(invitee));
  }
  return attendees;
};

/** The school's neutral subject: it shows on lock screens and family calendars before anyone opens it. */
export const reviewEventSubject = (request: Pick<ScheduleRequest, 'plan' | 'wording'>): string =>
  invitationSubject(request.wording ?? DEFAULT_INVITATION_WORDING, request.plan.pupil.name);

export const buildReviewEvent = (request: ScheduleRequest): ReviewEventPayload => {
  const { review, plan } = request;
  if (!review.start || !review.end)
    throw new RangeError('Choose a date and time for the review before sending invitations.');
  if (Date.parse(review.end) <= Date.parse(review.start))
    throw new RangeError('The review must end after it starts.');
  const reminder = Math.max(0, Math.round(request.reminderMinutes));
  const event: ReviewEventPayload = {
    subject: reviewEventSubject(request),
    body: {
      contentType: 'html',
      content: reviewInvitationBody(plan, review, {
        note: request.note ?? '',
        includeTargets: request.includeTargets === true,
        ...(request.wording ? { wording: request.wording } : {}),
      }),
    },
    start: toDateTimeTimeZone(review.start, review.timeZone),
    end: toDateTimeTimeZone(review.end, review.timeZone),
    attendees: invitedAttendees(review.invitees),
    // One meeting for everyone, each seeing only themselves: separated parents, and families and
    // outside professionals, never learn one another's addresses. One event (not one per household)
    // keeps a move or a cancellation to a single change that Outlook sends to all.
    // https://learn.microsoft.com/en-us/graph/api/resources/event (hideAttendees)
    hideAttendees: true,
    // Private: colleagues who can see the organiser's calendar see "busy", not a child's name.
    sensitivity: 'private',
    showAs: 'busy',
    responseRequested: true,
    allowNewTimeProposals: true,
    isReminderOn: reminder > 0,
    reminderMinutesBeforeStart: reminder,
    transactionId: reviewTransactionId(review.id, request.attempt ?? 1),
    // Lets a retry refused as a duplicate transaction find the meeting the first POST made.
    singleValueExtendedProperties: [reviewIdProperty(review.id)],
  };
  if (review.online) {
    event.isOnlineMeeting = true;
    event.onlineMeetingProvider = 'teamsForBusiness';
  }
  if (review.location.trim()) {
    event.location = { displayName: review.location.trim(), locationType: 'default' };
  }
  return event;
};

/** The PATCH for a new time. Outlook sends the attendees an update itself. */
export const buildRescheduleEvent = (start: string, end: string, timeZone: string): ReviewEventPayload => {
  if (Date.parse(end) <= Date.parse(start)) throw new RangeError('The review must end after it starts.');
  return { start: toDateTimeTimeZone(start, timeZone), end: toDateTimeTimeZone(end, timeZone) };
};
