import type { ClassReminderOutcome, ClassReviewReminder } from '../../../domain';
import { DUE_SOON_DAYS } from '../../../domain/reviewSchedule';
import type { RegisterRow } from './registerRows';

/**
 * Each class with pupils whose review is overdue or due within DUE_SOON_DAYS, and how many: the
 * register rows' own review status (a booked meeting settles a review, so it needs no reminder).
 */
export const classesToRemind = (rows: readonly RegisterRow[]): ClassReviewReminder[] => {
  const counts = new Map<ClassReviewReminder['classTeamId'], number>();
  for (const row of rows) {
    if (row.review !== 'overdue' && row.review !== 'due-soon') continue;
    counts.set(row.pupil.classTeamId, (counts.get(row.pupil.classTeamId) ?? 0) + 1);
  }
  return [...counts].map(([classTeamId, pupilCount]) => ({ classTeamId, pupilCount }));
};

export interface ReminderSummary {
  readonly teachersReached: number;
  readonly failed: number;
  /** Classes whose teachers could not be looked up, so nobody there was reminded. */
  readonly classesUnknown: number;
  /** Classes whose team has no owner but the sender: nobody to remind there. */
  readonly classesWithoutTeacher: number;
}

export const summariseReminders = (outcomes: readonly ClassReminderOutcome[]): ReminderSummary => ({
  teachersReached: outcomes.reduce((sum, outcome) => sum + outcome.reached, 0),
  failed: outcomes.reduce((sum, outcome) => sum + outcome.failed, 0),
  classesUnknown: outcomes.filter((outcome) => !outcome.teachersKnown).length,
  classesWithoutTeacher: outcomes.filter(
    (outcome) => outcome.teachersKnown && outcome.reached + outcome.failed === 0,
  ).length,
});

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** What sending would do, in words: how many pupils and classes, and that only the number is sent. */
export const remindersDueText = (reminders: readonly ClassReviewReminder[]): string => {
  if (reminders.length === 0) return `No reviews are overdue or due in the next ${DUE_SOON_DAYS} days.`;
  const pupils = reminders.reduce((sum, reminder) => sum + reminder.pupilCount, 0);
  return (
    `${plural(pupils, 'pupil has a review', 'pupils have reviews')} overdue or due in the next ${DUE_SOON_DAYS} days, ` +
    `in ${plural(reminders.length, 'class', 'classes')}. Each class teacher gets a Teams notification with the ` +
    'number; the names stay in IEP Planner.'
  );
};

/** The result in words, with what to do when something did not go. */
export const reminderSummaryText = (summary: ReminderSummary): string => {
  const parts = [`Reminders reached ${plural(summary.teachersReached, 'teacher', 'teachers')}.`];
  if (summary.failed > 0) {
    parts.push(
      `${plural(summary.failed, 'reminder was', 'reminders were')} not delivered: check that IEP Planner is added to those class teams, then send again.`,
    );
  }
  if (summary.classesUnknown > 0) {
    parts.push(
      `The teachers of ${plural(summary.classesUnknown, 'class', 'classes')} could not be looked up: check you are a member of those class teams, then send again.`,
    );
  }
  if (summary.classesWithoutTeacher > 0) {
    parts.push(
      `${plural(summary.classesWithoutTeacher, 'class team has', 'class teams have')} no owner other than you: make the class teacher an owner of the team in Teams.`,
    );
  }
  return parts.join(' ');
};
