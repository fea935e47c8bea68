import type { DirectoryUser } from '../directory/model';
import { localToUtcMs, utcMsToLocal } from './timeZones';

/**
 * The demo staff's seeded calendars: a realistic school week (lessons, interventions, the Wednesday
 * staff meeting, the SENCO's panels), repeated every week in Europe/London time. Generated on demand
 * for any date range rather than stored, so "next Tuesday" is always busy where a teacher would be.
 */
export interface SeededBusy {
  readonly subject: string;
  readonly status: 'busy' | 'tentative' | 'oof';
  readonly startUtcMs: number;
  readonly endUtcMs: number;
}

interface WeeklyBlock {
  /** 1 = Monday ... 5 = Friday. */
  readonly days: readonly number[];
  readonly start: string;
  readonly end: string;
  readonly subject: string;
  readonly status: SeededBusy['status'];
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const SCHOOL_ZONE = 'Europe/London';

const STAFF_MEETING: WeeklyBlock = {
  days: [3],
  start: '15:30',
  end: '16:30',
  subject: 'Staff meeting',
  status: 'busy',
};

const TEACHER: readonly WeeklyBlock[] = [
  { days: WEEKDAYS, start: '08:45', end: '10:15', subject: 'Lessons', status: 'busy' },
  { days: WEEKDAYS, start: '10:30', end: '12:00', subject: 'Lessons', status: 'busy' },
  { days: [1, 3, 4, 5], start: '13:00', end: '15:15', subject: 'Lessons', status: 'busy' },
  { days: [2], start: '13:00', end: '15:15', subject: 'PPA time', status: 'tentative' },
  { days: [4], start: '15:30', end: '16:15', subject: 'Football club', status: 'busy' },
  STAFF_MEETING,
];

const SENCO: readonly WeeklyBlock[] = [
  { days: [1], start: '08:45', end: '10:15', subject: 'SEN team meeting', status: 'busy' },
  { days: [2], start: '13:00', end: '15:00', subject: 'EHCP annual review', status: 'busy' },
  { days: [4], start: '08:45', end: '12:00', subject: 'Teaching: Year 6 maths group', status: 'busy' },
  { days: [5], start: '14:00', end: '15:30', subject: 'Local authority SEND panel', status: 'tentative' },
  { days: WEEKDAYS, start: '12:15', end: '12:45', subject: 'Lunch duty', status: 'busy' },
  STAFF_MEETING,
];

const TEACHING_ASSISTANT: readonly WeeklyBlock[] = [
  { days: WEEKDAYS, start: '08:45', end: '12:00', subject: 'Class support', status: 'busy' },
  { days: WEEKDAYS, start: '13:00', end: '15:15', subject: 'Intervention groups', status: 'busy' },
  // Contracted hours end at 15:30 most days.
  { days: [1, 2, 4, 5], start: '15:30', end: '18:00', subject: 'Not working', status: 'oof' },
  STAFF_MEETING,
];

const HEADTEACHER: readonly WeeklyBlock[] = [
  { days: [1], start: '08:00', end: '08:40', subject: 'Senior leadership briefing', status: 'busy' },
  { days: [2, 4], start: '09:00', end: '11:00', subject: 'Learning walks', status: 'busy' },
  { days: [3], start: '13:30', end: '15:00', subject: 'Governors finance committee', status: 'busy' },
  STAFF_MEETING,
];

const blocksFor = (user: DirectoryUser): readonly WeeklyBlock[] => {
  const title = user.jobTitle.toLowerCase();
  if (/pupil|student/.test(title)) return [];
  if (/senco|alnco|special educational|inclusion/.test(title)) return SENCO;
  if (/assistant/.test(title)) return TEACHING_ASSISTANT;
  if (/head/.test(title)) return HEADTEACHER;
  if (/teacher/.test(title)) return TEACHER;
  return [STAFF_MEETING];
};

const DAY_MS = 86_400_000;

/** Seeded busy periods of `user` overlapping [fromMs, toMs). */
export const seededBusy = (user: DirectoryUser, fromMs: number, toMs: number): SeededBusy[] => {
  const blocks = blocksFor(user);
  if (blocks.length === 0 || toMs <= fromMs) return [];
  const busy: SeededBusy[] = [];
  const lastDate = utcMsToLocal(toMs, SCHOOL_ZONE).slice(0, 10);
  for (let date = utcMsToLocal(fromMs, SCHOOL_ZONE).slice(0, 10); date <= lastDate;) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    for (const block of blocks) {
      if (!block.days.includes(weekday)) continue;
      const startUtcMs = localToUtcMs(`${date}T${block.start}`, SCHOOL_ZONE);
      const endUtcMs = localToUtcMs(`${date}T${block.end}`, SCHOOL_ZONE);
      if (endUtcMs > fromMs && startUtcMs < toMs)
        busy.push({ subject: block.subject, status: block.status, startUtcMs, endUtcMs });
    }
    date = new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  }
  return busy.sort((a, b) => a.startUtcMs - b.startUtcMs);
};
