import { z } from 'zod';
import { ServiceError } from '../domain';

/**
 * The local stand-in's outbox: every invitation, update and cancellation Outlook would have emailed,
 * one .ics file per recipient. Local mode only; a live tenant sends real email and has no outbox.
 */
const OutboxMessageSchema = z.object({
  file: z.string().regex(/^[a-z0-9.-]+\.ics$/),
  sentAt: z.string(),
  method: z.enum(['REQUEST', 'CANCEL']),
  kind: z.enum(['invitation', 'update', 'cancellation']),
  to: z.string(),
  toName: z.string(),
  from: z.string(),
  subject: z.string(),
  uid: z.string(),
  sequence: z.number().int(),
  eventId: z.string(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

export interface OutboxReader {
  /** Newest first. */
  list(): Promise<readonly OutboxMessage[]>;
  /** Where the browser can download one message's .ics file. */
  fileUrl(file: string): string;
}

export const createLocalOutbox = (
  graphBaseUrl: string,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): OutboxReader => {
  const base = new URL('outbox', graphBaseUrl);
  return {
    async list() {
      let response: Response;
      try {
        response = await fetchImpl(base.href, { headers: { Accept: 'application/json' } });
      } catch {
        throw new ServiceError(
          0,
          'The local Microsoft 365 stand-in could not be reached. Is `npm start` still running?',
        );
      }
      if (!response.ok)
        throw new ServiceError(response.status, `The outbox answered HTTP ${response.status}.`);
      const parsed = z.object({ messages: z.array(OutboxMessageSchema) }).safeParse(await response.json());
      if (!parsed.success) throw new ServiceError(502, 'The outbox sent a list that could not be read.');
      return [...parsed.data.messages].reverse();
    },
    fileUrl: (file) => new URL(`outbox/${encodeURIComponent(file)}`, graphBaseUrl).href,
  };
};
