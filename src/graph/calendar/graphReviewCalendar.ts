import { GraphError, ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { BatchScheduleResult, ReviewCalendar, ScheduledEvent, ScheduleRequest } from '../../domain';
import { domainErrorOfResponse, toDomainError } from '../httpErrors';
import { createEventsInBatches } from './eventBatch';
import { buildRescheduleEvent, buildReviewEvent } from './eventPayload';
import { getBusyTimes, suggestMeetingTimes } from './freeBusy';
import { isDuplicateTransaction } from './reviewEventLookup';
import { adoptEarlierEvent, eventRef, scheduledEventOf } from './scheduledEvent';
import { preferTimeZoneHeader } from './timeZones';

export interface GraphReviewCalendarOptions {
  /**
   * The school's shared SEN calendar mailbox (e.g. `sen-reviews@school.example`) when it keeps
   * review meetings there; otherwise they go in the signed-in user's own calendar.
   */
  readonly sharedCalendarMailbox?: string | null;
}

/** The organiser's events collection: the user's own, or the shared SEN calendar. */
export const eventsPath = (options: GraphReviewCalendarOptions): string => {
  const mailbox = options.sharedCalendarMailbox?.trim();
  return mailbox ? `/users/${encodeURIComponent(mailbox)}/events` : '/me/events';
};

/**
 * POST to an action that answers 202 with no body (`cancel`). Read raw, because the SDK would try to
 * parse the empty body as JSON; a failure is mapped like any other, with Graph's own message.
 */
const postAction = async (
  client: Client,
  path: string,
  body: unknown,
  item: { kind: 'event'; id: string },
): Promise<void> => {
  let response: Response;
  try {
    response = (await client.api(path).responseType(ResponseType.RAW).post(body)) as Response;
  } catch (error) {
    throw toDomainError(error, item);
  }
  if (response.ok) return;
  throw await domainErrorOfResponse(response, item);
};

/**
 * Review meetings in Outlook through Microsoft Graph. Outlook sends the invitations, updates and
 * cancellations to attendees; this adapter only creates, moves and cancels the organiser's event.
 * Every failure leaves as a domain error (Throttled, AccessDenied, NotFound...).
 */
export const createGraphReviewCalendar = (
  client: Client,
  options: GraphReviewCalendarOptions = {},
): ReviewCalendar => {
  const events = eventsPath(options);

  return {
    suggestTimes: (request) => suggestMeetingTimes(client, request),

    getBusy: (emails, from, to, timeZone) => getBusyTimes(client, emails, from, to, timeZone),

    async createReviewEvent(request: ScheduleRequest): Promise<ScheduledEvent> {
      const payload = buildReviewEvent(request);
      let created: Event;
      try {
        created = (await client
          .api(events)
          .header('Prefer', preferTimeZoneHeader(request.review.timeZone))
          .post(payload)) as Event;
      } catch (error) {
        if (error instanceof GraphError && isDuplicateTransaction(error.statusCode, error.code))
          return adoptEarlierEvent(client, events, request, payload);
        throw toDomainError(error, eventRef(request.review.id));
      }
      return scheduledEventOf(created, payload);
    },

    createReviewEvents: (requests: readonly ScheduleRequest[]): Promise<readonly BatchScheduleResult[]> =>
      createEventsInBatches(client, events, requests),

    async rescheduleReviewEvent(eventId, start, end, timeZone) {
      const payload = buildRescheduleEvent(start, end, timeZone);
      try {
        await client
          .api(`${events}/${encodeURIComponent(eventId)}`)
          .header('Prefer', preferTimeZoneHeader(timeZone))
          .patch(payload);
      } catch (error) {
        throw toDomainError(error, eventRef(eventId));
      }
    },

    // The action's parameter is `Comment` in Graph's schema (CSDL); the service answers 202 Accepted.
    cancelReviewEvent: (eventId, message) =>
      postAction(
        client,
        `${events}/${encodeURIComponent(eventId)}/cancel`,
        { Comment: message },
        eventRef(eventId),
      ),
  };
};
