import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import { Invalid, ServiceError, type BatchScheduleResult, type ScheduleRequest } from '../../domain';
import { isSuccess, sendBatch, type BatchOptions, type BatchRequest } from '../batch';
import { domainErrorOf, errorBodyOf, toDomainError } from '../httpErrors';
import { buildReviewEvent, type ReviewEventPayload } from './eventPayload';
import { adoptEarlierEvent, scheduledEventOf } from './scheduledEvent';
import { isDuplicateTransaction } from './reviewEventLookup';
import { preferTimeZoneHeader } from './timeZones';

/** `/me/events` → `/me/events` relative to the version root, as `$batch` wants. */
const relative = (path: string): string => (path.startsWith('/') ? path : `/${path}`);

/**
 * A parents' evening: one invitation per pupil, sent as `$batch` requests of up to 20. Each POST keeps
 * its own transactionId, so the batch helper can resend throttled ones (and a whole retried batch)
 * without any family receiving two invitations. One pupil's failure does not stop the others.
 */
export const createEventsInBatches = async (
  client: Client,
  eventsCollection: string,
  requests: readonly ScheduleRequest[],
  options: BatchOptions = {},
): Promise<BatchScheduleResult[]> => {
  const results: (BatchScheduleResult | null)[] = requests.map(() => null);
  const batch: BatchRequest[] = [];
  const payloads: ReviewEventPayload[] = [];
  const positions: number[] = [];

  requests.forEach((request, index) => {
    try {
      const payload = buildReviewEvent(request);
      batch.push({
        method: 'POST',
        url: relative(eventsCollection),
        headers: { Prefer: preferTimeZoneHeader(request.review.timeZone) },
        body: payload,
      });
      payloads.push(payload);
      positions.push(index);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'This invitation could not be prepared.';
      results[index] = {
        reviewId: request.review.id,
        ok: false,
        error: new Invalid([{ path: 'start', message }]),
      };
    }
  });

  const answers = batch.length > 0 ? await sendBatch(client, batch, options) : [];
  // One at a time: a duplicate is rare (a resent batch whose first answer was lost).
  for (const [i, answer] of answers.entries()) {
    const index = positions[i] as number;
    const request = requests[index] as ScheduleRequest;
    const payload = payloads[i] as ReviewEventPayload;
    const created = answer.body as Event | null;
    const reviewId = request.review.id;
    if (isSuccess(answer) && created?.id && created.iCalUId) {
      results[index] = { reviewId, ok: true, event: scheduledEventOf(created, payload) };
      continue;
    }
    const { code } = errorBodyOf(answer.body);
    if (isDuplicateTransaction(answer.status, code)) {
      results[index] = await adoptEarlierEvent(client, eventsCollection, request, payload).then(
        (event) => ({ reviewId, ok: true as const, event }),
        (error: unknown) => ({ reviewId, ok: false as const, error: toDomainError(error) }),
      );
      continue;
    }
    const error = isSuccess(answer)
      ? new ServiceError(
          answer.status,
          'Outlook answered without the new meeting. Check the calendar before sending again.',
        )
      : domainErrorOf(answer, { kind: 'event', id: reviewId });
    results[index] = { reviewId, ok: false, error };
  }
  return results.map((result) => {
    // sendBatch answers every request it is given, and every other request failed before sending.
    if (!result) throw new Error("A parents' evening invitation was left without an answer.");
    return result;
  });
};
