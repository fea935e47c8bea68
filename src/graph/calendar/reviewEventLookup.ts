import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event, SingleValueLegacyExtendedProperty } from '@microsoft/microsoft-graph-types';
import type { ReviewId } from '../../domain';
import { escapeODataString } from '../odata';

/**
 * A named MAPI property on each review meeting, holding the review's id, so the meeting can be found
 * again: `GET /me/events?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')`
 * (https://learn.microsoft.com/en-us/graph/api/singlevaluelegacyextendedproperty-get?view=graph-rest-1.0).
 * The GUID is IEP Planner's own property set; it must never change, or older meetings are lost.
 */
export const REVIEW_ID_PROPERTY = 'String {6f3c2b1a-4d5e-4f60-8a7b-9c0d1e2f3a4b} Name IepReviewId';

export const reviewIdProperty = (reviewId: ReviewId): SingleValueLegacyExtendedProperty => ({
  id: REVIEW_ID_PROPERTY,
  value: reviewId,
});

/**
 * Exchange refuses a POST whose transactionId this organiser already used with `ErrorDuplicateTransactionId`
 * (seen as 400; 409 is accepted too) instead of returning the first event: the meeting exists, and the
 * invitations went when it was made.
 */
export const isDuplicateTransaction = (status: number, code: string | null | undefined): boolean =>
  (status === 400 || status === 409) && code === 'ErrorDuplicateTransactionId';

/** What the adapter needs back from a meeting, whether just made or found again. */
export const SCHEDULED_EVENT_FIELDS = [
  'id',
  'iCalUId',
  'transactionId',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'onlineMeeting',
] as const;

/**
 * The meeting an earlier POST with this transactionId made for the review, or null if the organiser's
 * calendar has none (a meeting for an earlier, cancelled attempt has a different transactionId).
 */
export const findReviewEvent = async (
  client: Client,
  eventsCollection: string,
  reviewId: ReviewId,
  transactionId: string,
): Promise<Event | null> => {
  const filter =
    `singleValueExtendedProperties/Any(ep: ep/id eq ${escapeODataString(REVIEW_ID_PROPERTY)}` +
    ` and ep/value eq ${escapeODataString(reviewId)})`;
  const page = (await client
    .api(eventsCollection)
    .filter(filter)
    .select([...SCHEDULED_EVENT_FIELDS])
    .top(50)
    .get()) as { value?: Event[] };
  return (page.value ?? []).find((event) => event.transactionId === transactionId) ?? null;
};
