import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import { ServiceError, type ScheduledEvent, type ScheduleRequest } from '../../domain';
import { toDomainError } from '../httpErrors';
import type { ReviewEventPayload } from './eventPayload';
import { findReviewEvent } from './reviewEventLookup';

export const eventRef = (id: string) => ({ kind: 'event' as const, id });

/**
 * Graph creates the event even when it cannot add the Teams meeting asked for (Teams not in the
 * calendar's allowedOnlineMeetingProviders): it answers 201 with isOnlineMeeting false and no join link
 * (microsoftgraph/microsoft-graph-docs-contrib#1027), or with another provider's link.
 */
const teamsLinkMissing = (asked: ReviewEventPayload, created: Event): boolean =>
  asked.isOnlineMeeting === true &&
  !(
    created.isOnlineMeeting === true &&
    created.onlineMeetingProvider === 'teamsForBusiness' &&
    Boolean(created.onlineMeeting?.joinUrl)
  );

export const scheduledEventOf = (created: Event, asked: ReviewEventPayload): ScheduledEvent => {
  if (!created.id || !created.iCalUId)
    throw new Error('Microsoft 365 created the meeting but did not say its id.');
  return {
    eventId: created.id,
    iCalUId: created.iCalUId,
    ...(teamsLinkMissing(asked, created) ? { teamsLinkMissing: true } : {}),
  };
};

/**
 * The meeting an earlier POST of the same invitation made (its answer lost, or a double click), adopted
 * instead of creating, and inviting everyone, again.
 */
export const adoptEarlierEvent = async (
  client: Client,
  eventsCollection: string,
  request: ScheduleRequest,
  asked: ReviewEventPayload,
): Promise<ScheduledEvent> => {
  const earlier = await findReviewEvent(
    client,
    eventsCollection,
    request.review.id,
    asked.transactionId ?? '',
  ).catch((error: unknown) => {
    throw toDomainError(error, eventRef(request.review.id));
  });
  if (!earlier)
    throw new ServiceError(
      409,
      'Outlook says these invitations were sent before, but the meeting is not in the calendar. Check Outlook before sending again.',
    );
  return scheduledEventOf(earlier, asked);
};
