import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import { Invalid, type BatchScheduleResult, type ScheduleRequest } from '../../domain';
import { isSuccess, sendBatch, type BatchOptions, type BatchRequest, type BatchResponse } from '../batch';
import { domainErrorFromStatus, parseRetryAfter } from '../httpErrors';
import { buildReviewEvent } from './eventPayload';
import { preferTimeZoneHeader } from './timeZones';

/** `/me/events` → `/me/events` relative to the version root, as `$batch` wants. */
const relative = (path: string): string => (path.startsWith('/') ? path : `/${path}`);

const errorMessageOf = (response: BatchResponse): string | null => {
  const body = response.body as { error?: { message?: unknown } } | null;
  return typeof body?.error?.message === 'string' ? body.error.message : null;
};

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
  const positions: number[] = [];

  requests.forEach((request, index) => {
    try {
      batch.push({
        method: 'POST',
        url: relative(eventsCollection),
        headers: { Prefer: preferTimeZoneHeader(request.review.timeZone) },
        body: buildReviewEvent(request),
      });
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
  answers.forEach((answer, i) => {
    const index = positions[i] as number;
    const request = requests[index] as ScheduleRequest;
    const created = answer.body as Event | null;
    if (isSuccess(answer) && created?.id && created.iCalUId) {
      results[index] = {
        reviewId: request.review.id,
        ok: true,
        event: { eventId: created.id, iCalUId: created.iCalUId },
      };
      return;
    }
    const error = domainErrorFromStatus(
      {
        status: isSuccess(answer) ? 502 : answer.status,
        message: errorMessageOf(answer),
        retryAfterSeconds: parseRetryAfter(answer.headers['retry-after']),
      },
      { kind: 'event', id: request.review.id },
    );
    results[index] = { reviewId: request.review.id, ok: false, error };
  });
  return results.map((result) => {
    // sendBatch answers every request it is given, and every other request failed before sending.
    if (!result) throw new Error("A parents' evening invitation was left without an answer.");
    return result;
  });
};
