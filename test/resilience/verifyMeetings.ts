import { z } from 'zod';
import type { PlanId, Review } from '../../src/domain';
import type { Meeting } from './ledger';
import type { Reader, VerifyMode } from './verifyItems';

/**
 * Review meetings against what "Outlook" sent. The stand-in keeps one `.ics` per recipient per
 * message in its outbox: each scheduled review must have invited each attendee exactly once, every
 * move must have sent updates with a rising SEQUENCE, and no meeting may exist that nobody was told of.
 */
const OutboxSchema = z.object({
  messages: z.array(
    z.object({
      file: z.string(),
      kind: z.enum(['invitation', 'update', 'cancellation']),
      to: z.string(),
      uid: z.string(),
      sequence: z.number(),
    }),
  ),
});
type Message = z.infer<typeof OutboxSchema>['messages'][number];

const EventSchema = z.object({
  iCalUId: z.string(),
  isCancelled: z.boolean(),
  start: z.object({ dateTime: z.string(), timeZone: z.string() }),
});

const readOutbox = async (baseUrl: string): Promise<Message[]> => {
  const response = await fetch(`${baseUrl}/outbox`);
  if (!response.ok) throw new Error(`The outbox answered ${response.status}.`);
  return OutboxSchema.parse(await response.json()).messages;
};

/** SEQUENCE as the .ics file itself says it (what a mail client would act on), not the index. */
const sequenceInFile = async (baseUrl: string, file: string): Promise<number | null> => {
  const response = await fetch(`${baseUrl}/outbox/${encodeURIComponent(file)}`);
  const match = /^SEQUENCE:(\d+)\r?$/m.exec(await response.text());
  return match ? Number(match[1]) : null;
};

/** Graph prints event times without a zone designator when the zone is UTC (no Prefer header). */
const utcMs = (dateTime: string): number =>
  Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`);

const checkMessages = async (
  reader: Reader,
  meeting: Meeting,
  messages: readonly Message[],
  mode: VerifyMode,
): Promise<string[]> => {
  const problems: string[] = [];
  const label = `review ${meeting.reviewId} (${meeting.token}, scheduled by ${meeting.user})`;
  const mine = messages.filter((m) => m.uid === meeting.iCalUId);
  const unexpected = [...new Set(mine.map((m) => m.to.toLowerCase()))].filter(
    (to) => !meeting.recipients.includes(to),
  );
  if (unexpected.length > 0)
    problems.push(`WRONG RECIPIENTS: ${label} was sent to ${unexpected.join(', ')}.`);
  for (const recipient of meeting.recipients) {
    const theirs = mine.filter((m) => m.to.toLowerCase() === recipient);
    const invitations = theirs.filter((m) => m.kind === 'invitation').length;
    if (invitations !== 1)
      problems.push(
        `INVITATIONS: ${recipient} received ${invitations} invitations for ${label}; expected exactly 1.`,
      );
    if (mode !== 'final') continue;
    const updates = theirs.filter((m) => m.kind === 'update').length;
    if (updates < meeting.movesAnswered || updates > meeting.moveCalls)
      problems.push(
        `UPDATES: ${recipient} received ${updates} updates for ${label}, which was moved ${meeting.movesAnswered} ` +
          `time(s) with answers and ${meeting.moveCalls} time(s) in all.`,
      );
    const sequences: number[] = [];
    for (const message of theirs) {
      const inFile = await sequenceInFile(reader.baseUrl, message.file);
      if (inFile !== message.sequence)
        problems.push(
          `SEQUENCE: ${message.file} says SEQUENCE ${inFile}, the outbox index ${message.sequence}.`,
        );
      sequences.push(inFile ?? -1);
    }
    if (sequences.some((value, i) => i > 0 && value <= (sequences[i - 1] ?? -1)))
      problems.push(`SEQUENCE: ${recipient}'s messages for ${label} do not rise: ${sequences.join(', ')}.`);
  }
  return problems;
};

const checkEventAndRecord = async (
  reader: Reader,
  meeting: Meeting,
  review: Review | undefined,
): Promise<string[]> => {
  const problems: string[] = [];
  const label = `review ${meeting.reviewId} (${meeting.token})`;
  const raw: unknown = await reader
    .clientOf(meeting.organiser)
    .api(`/me/events/${encodeURIComponent(meeting.eventId ?? '')}`)
    .get();
  const event = EventSchema.parse(raw);
  if (event.isCancelled) problems.push(`CANCELLED: the meeting for ${label} was cancelled.`);
  if (utcMs(event.start.dateTime) !== Date.parse(meeting.start))
    problems.push(
      `LOST MOVE: the meeting for ${label} starts ${event.start.dateTime} UTC, not ${meeting.start}.`,
    );
  if (!review) return [...problems, `LOST: the record of ${label} is missing.`];
  if (review.eventId !== meeting.eventId || review.iCalUId !== meeting.iCalUId)
    problems.push(`RECORD: ${label} notes meeting ${review.eventId}, not ${meeting.eventId}.`);
  if (review.status !== 'scheduled')
    problems.push(`RECORD: ${label} is '${review.status}', not 'scheduled'.`);
  if (review.start === null || Date.parse(review.start) !== Date.parse(meeting.start))
    problems.push(
      `LOST MOVE: the record of ${label} says ${review.start}, the last acknowledged move ${meeting.start}.`,
    );
  return problems;
};

export const verifyMeetings = async (
  reader: Reader,
  meetings: readonly Meeting[],
  mode: VerifyMode,
): Promise<string[]> => {
  const problems: string[] = [];
  const messages = await readOutbox(reader.baseUrl);
  const scheduled = meetings.filter((m) => m.eventId !== null && m.iCalUId !== null);
  const reviews = new Map<string, Review>();
  for (const planId of new Set(scheduled.map((m) => m.planId))) {
    for (const review of (await reader.store.openPlan(planId as PlanId)).reviews)
      reviews.set(review.id, review);
  }
  for (const meeting of scheduled) {
    if (meeting.createdUids.size > 1)
      problems.push(
        `DUPLICATE MEETING: sending the invitations for review ${meeting.reviewId} (${meeting.token}) again created ` +
          `${meeting.createdUids.size} different meetings; a retry must be recognised (transactionId).`,
      );
    problems.push(...(await checkMessages(reader, meeting, messages, mode)));
    if (mode === 'final')
      problems.push(...(await checkEventAndRecord(reader, meeting, reviews.get(meeting.reviewId))));
  }
  if (mode === 'final') {
    const known = new Set(meetings.flatMap((m) => [...m.createdUids, m.iCalUId ?? '']));
    const stray = messages.filter((m) => m.kind === 'invitation' && !known.has(m.uid));
    if (stray.length > 0)
      problems.push(
        `DUPLICATE INVITATIONS: ${stray.length} invitation(s) went out for ` +
          `${new Set(stray.map((m) => m.uid)).size} meeting(s) no user was told about: a retry after a lost ` +
          `answer made the meeting again (is the transactionId sent?), e.g. to ${stray[0]?.to}.`,
      );
  }
  return problems;
};
