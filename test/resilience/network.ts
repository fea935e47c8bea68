import type { Random } from './random';

/**
 * The users' side of the wire. Every Graph call the product makes goes through this fetch, which:
 * - counts what the service answered (429/503 whole responses and inside `$batch`), so a run can show
 *   that faults really happened;
 * - knows how many writes are in flight, so the stand-in can be killed while one is;
 * - can lose the answer to a write after the service has carried it out (the connection drops on the
 *   way back). Throttling never does that: a 429/503 is sent before any work, so resending is always
 *   safe. A lost answer is the case where only idempotency (Graph's `transactionId` for events) or a
 *   careful re-read stops a retry from doing the work twice.
 */
export interface NetworkCounts {
  requests: number;
  faultResponses: number;
  faultSubResponses: number;
  lostResponses: number;
  connectionFailures: number;
  /** SharePoint REST requests (`/_sp/...`): under care teams, creates into pupils' folders. */
  sharePointRest: number;
  /** Of the answers lost, those to a create in a pupil's folder over SharePoint REST. */
  lostFolderCreates: number;
}

export interface Network {
  readonly fetch: typeof fetch;
  readonly counts: NetworkCounts;
  inFlightWrites(): number;
}

export interface NetworkOptions {
  readonly random: Random;
  /** 0..1 of writes (POST/PATCH/DELETE, `$batch` included) whose answer is lost after the work was done. */
  readonly lostResponseRate: number;
  /**
   * 0..1 of new meetings (POST .../events) whose answer is lost: the one write whose retry the product
   * makes safe with an id of its own (`transactionId`), so it is tried often enough to be sure it works.
   */
  readonly lostMeetingAnswerRate?: number;
  /**
   * 0..1 of creates of list items (a new target, evidence entry or review: a Graph `$batch`, or under
   * care teams SharePoint REST's AddValidateUpdateItemUsingPath into the pupil's folder) whose answer is
   * lost: the store's client keys make those safe to send again, so they too are tried often.
   */
  readonly lostCreateAnswerRate?: number;
}

const FAULT_STATUSES: ReadonlySet<number> = new Set([429, 503]);

const methodOf = (init: RequestInit | undefined): string => (init?.method ?? 'GET').toUpperCase();
const urlOf = (input: Parameters<typeof fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

export const createNetwork = (options: NetworkOptions): Network => {
  const counts: NetworkCounts = {
    requests: 0,
    faultResponses: 0,
    faultSubResponses: 0,
    lostResponses: 0,
    connectionFailures: 0,
    sharePointRest: 0,
    lostFolderCreates: 0,
  };
  let writesInFlight = 0;
  /**
   * The first new meeting's answer is always lost: a run with few meetings could otherwise lose none at
   * 15% (which run does depends on how the users' requests interleave), and then nothing would show
   * that an invitation sent again is not a second meeting.
   */
  let meetingAnswerLost = false;

  const countBatchFaults = async (response: Response): Promise<void> => {
    try {
      const answer = (await response.clone().json()) as { responses?: { status?: number }[] };
      counts.faultSubResponses += (answer.responses ?? []).filter((sub) =>
        FAULT_STATUSES.has(sub.status ?? 0),
      ).length;
    } catch {
      // A body cut short (the stand-in was killed) is the product's problem to report, not ours to count.
    }
  };

  const tapped: typeof fetch = async (input, init) => {
    const isWrite = methodOf(init) !== 'GET';
    counts.requests += 1;
    if (new URL(urlOf(input)).pathname.startsWith('/_sp/')) counts.sharePointRest += 1;
    if (isWrite) writesInFlight += 1;
    try {
      let response: Response;
      try {
        response = await globalThis.fetch(input, init);
      } catch (error) {
        counts.connectionFailures += 1;
        throw error;
      }
      if (FAULT_STATUSES.has(response.status)) counts.faultResponses += 1;
      if (response.ok && urlOf(input).endsWith('/$batch')) await countBatchFaults(response);
      const isNewMeeting = methodOf(init) === 'POST' && /\/events$/.test(new URL(urlOf(input)).pathname);
      const createsInFolder =
        methodOf(init) === 'POST' && /\/AddValidateUpdateItemUsingPath\b/i.test(urlOf(input));
      const createsItems =
        createsInFolder ||
        (urlOf(input).endsWith('/$batch') &&
          typeof init?.body === 'string' &&
          /"method":"POST","url":"[^"]*\/items"/.test(init.body));
      const lossRate = isNewMeeting
        ? (options.lostMeetingAnswerRate ?? 0.15)
        : createsItems
          ? (options.lostCreateAnswerRate ?? 0.15)
          : options.lostResponseRate;
      const firstMeeting = isNewMeeting && !meetingAnswerLost;
      if (isWrite && response.ok && (options.random.chance(lossRate) || firstMeeting)) {
        if (isNewMeeting) meetingAnswerLost = true;
        await response.arrayBuffer().catch(() => undefined);
        counts.lostResponses += 1;
        if (createsInFolder) counts.lostFolderCreates += 1;
        // What undici throws when a connection drops: the product must treat it as "offline, unclear".
        throw new TypeError('fetch failed (the answer was lost after the service had done the work)');
      }
      return response;
    } finally {
      if (isWrite) writesInFlight -= 1;
    }
  };

  return { fetch: tapped, counts, inFlightWrites: () => writesInFlight };
};
