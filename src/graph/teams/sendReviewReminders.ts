import type { Client } from '@microsoft/microsoft-graph-client';
import type { ClassReminderOutcome, ClassReviewReminder, ReviewReminderSender } from '../../domain/ports';
import { isSuccess, sendBatch, type BatchOptions, type BatchRequest } from '../batch';
import { TeamMembersSchema } from '../directory/classStaff';
import { PUPIL_COUNT_PARAMETER, REVIEWS_DUE_ACTIVITY } from './reviewsDueActivity';

export interface ReviewReminderOptions extends BatchOptions {
  /** The sender's addresses: a SENCO who owns a class team is not reminded by themselves. */
  readonly senderAddresses: readonly string[];
  /** Where the notice opens: the tab page that lists the teacher's pupils with their review dates. */
  readonly openUrl: string;
}

/**
 * The class teachers are the class team's owners. School Data Sync makes a class's teachers its owners
 * from the MIS timetable, which is what a school already keeps up to date; a plan's typed class teacher
 * can be stale, and the care-team groups are SharePoint principals without the Entra user id a notice
 * needs. The members list carries that id (`userId`), so one request a class finds them
 * (https://learn.microsoft.com/en-us/graph/api/team-list-members).
 */
const teachersOf = (body: unknown, sender: ReadonlySet<string>): string[] | null => {
  const parsed = TeamMembersSchema.safeParse(body);
  if (!parsed.success) return null;
  return parsed.data.value
    .filter((member) => member.roles?.includes('owner') && member.userId)
    .filter((member) => !sender.has((member.email ?? '').toLowerCase()))
    .map((member) => member.userId as string);
};

/**
 * One notice per teacher, in the class team's scope. It says how many pupils, never who: it shows on
 * lock screens and phones; the names are in the tab it opens. The type is declared in the Teams
 * manifest, and Graph answers 204 (https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification).
 */
const noticeTo = (
  classTeamId: string,
  userId: string,
  pupilCount: number,
  openUrl: string,
): BatchRequest => ({
  method: 'POST',
  url: `/teams/${encodeURIComponent(classTeamId)}/sendActivityNotification`,
  headers: { 'Content-Type': 'application/json' },
  body: {
    topic: { source: 'text', value: 'IEP reviews', webUrl: openUrl },
    activityType: REVIEWS_DUE_ACTIVITY.type,
    previewText: { content: 'Open IEP Planner to see which pupils and when their reviews are due.' },
    recipient: { '@odata.type': 'microsoft.graph.aadUserNotificationRecipient', userId },
    templateParameters: [{ name: PUPIL_COUNT_PARAMETER, value: String(pupilCount) }],
  },
});

/**
 * Two rounds of `$batch`: every class team's members, then every notice, so a school of 20 classes with
 * one teacher each takes two `$batch` calls. Throttled requests are resent by sendBatch.
 */
export const sendReviewReminders = async (
  client: Client,
  reminders: readonly ClassReviewReminder[],
  options: ReviewReminderOptions,
): Promise<ClassReminderOutcome[]> => {
  const wanted = reminders.filter((reminder) => reminder.pupilCount > 0);
  if (wanted.length === 0) return [];
  const sender = new Set(options.senderAddresses.map((address) => address.toLowerCase()));
  const memberLists = await sendBatch(
    client,
    wanted.map((reminder) => ({
      method: 'GET' as const,
      url: `/teams/${encodeURIComponent(reminder.classTeamId)}/members`,
    })),
    options,
  );
  const teachers = wanted.map((_, index) => {
    const answer = memberLists[index];
    return answer && isSuccess(answer) ? teachersOf(answer.body, sender) : null;
  });
  const sends = wanted.flatMap((reminder, index) =>
    (teachers[index] ?? []).map((userId) => ({
      index,
      request: noticeTo(reminder.classTeamId, userId, reminder.pupilCount, options.openUrl),
    })),
  );
  const answers =
    sends.length === 0
      ? []
      : await sendBatch(
          client,
          sends.map((send) => send.request),
          options,
        );
  return wanted.map((reminder, index) => {
    const mine = answers.filter((_, at) => sends[at]?.index === index);
    const reached = mine.filter(isSuccess).length;
    return {
      classTeamId: reminder.classTeamId,
      reached,
      failed: mine.length - reached,
      teachersKnown: teachers[index] !== null,
    };
  });
};

/** The port the tab uses, over a client that asks for GRAPH_SCOPES.reminders. */
export const createReviewReminderSender = (
  client: Client,
  options: () => Promise<ReviewReminderOptions>,
): ReviewReminderSender => ({
  send: async (reminders) => sendReviewReminders(client, reminders, await options()),
});
