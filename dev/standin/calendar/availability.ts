import { invalidRequest } from '../core/errors';
import { isRecord } from '../core/http';
import type { Directory } from '../directory/directory';
import type { DirectoryUser } from '../directory/model';
import { seededBusy } from './busySeed';
import { readDateTimeTimeZone } from './eventInput';
import type { CalendarStore } from './eventStore';
import { graphDateTime, localToUtcMs, utcMsToLocal, type preferredZone } from './timeZones';

type Zone = ReturnType<typeof preferredZone>;

/** One busy period of a user, from the seeded timetable or an event in their calendar. */
interface BusyPeriod {
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  readonly status: 'busy' | 'tentative' | 'oof' | 'workingElsewhere';
  readonly subject: string;
  readonly isPrivate: boolean;
  readonly location: string;
}

const WORK_ZONE = 'Europe/London';
const WORK_START = '08:00';
const WORK_END = '17:00';
const STATUS_DIGIT: Readonly<Record<BusyPeriod['status'], number>> = {
  tentative: 1,
  busy: 2,
  oof: 3,
  workingElsewhere: 4,
};

export const busyPeriods = (
  user: DirectoryUser,
  calendar: CalendarStore,
  fromMs: number,
  toMs: number,
): BusyPeriod[] => [
  ...seededBusy(user, fromMs, toMs).map((b) => ({ ...b, isPrivate: false, location: '' })),
  ...calendar
    .inMailbox(user.id)
    .filter(
      (e) => e.endUtcMs > fromMs && e.startUtcMs < toMs && e.showAs !== 'free' && e.showAs !== 'unknown',
    )
    .map((e) => ({
      startUtcMs: e.startUtcMs,
      endUtcMs: e.endUtcMs,
      status: e.showAs as BusyPeriod['status'],
      subject: e.subject,
      isPrivate: e.sensitivity === 'private' || e.sensitivity === 'confidential',
      location: e.location?.displayName ?? '',
    })),
];

/** Action parameter names are matched without regard to case, as Graph does (`Schedules` or `schedules`). */
const parameter = (body: Record<string, unknown>, name: string): unknown => {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
};

const workingHours = () => ({
  daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  startTime: `${WORK_START}:00.0000000`,
  endTime: `${WORK_END}:00.0000000`,
  timeZone: { name: 'GMT Standard Time' },
});

/** POST /me/calendar/getSchedule: scheduleInformation for each address asked about. */
export const getSchedule = (payload: unknown, directory: Directory, calendar: CalendarStore, zone: Zone) => {
  if (!isRecord(payload)) throw invalidRequest('The request body must be a JSON object.');
  const schedules = parameter(payload, 'Schedules');
  if (!Array.isArray(schedules) || schedules.length === 0 || schedules.some((s) => typeof s !== 'string')) {
    throw invalidRequest("The parameter 'Schedules' must list at least one email address.");
  }
  if (schedules.length > 100) throw invalidRequest('getSchedule accepts at most 100 schedules.');
  const start = readDateTimeTimeZone(parameter(payload, 'StartTime'));
  const end = readDateTimeTimeZone(parameter(payload, 'EndTime'));
  if (end.utcMs <= start.utcMs) throw invalidRequest('EndTime must be after StartTime.');
  const interval = Number(parameter(payload, 'AvailabilityViewInterval') ?? 30);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
    throw invalidRequest('AvailabilityViewInterval must be between 5 and 1440 minutes.');
  }
  return (schedules as string[]).map((address) => {
    const user = directory.findUser(address);
    if (!user) {
      return {
        scheduleId: address,
        availabilityView: '',
        error: {
          message: 'The SMTP address has no mailbox associated with it.',
          responseCode: 'ErrorMailRecipientNotFound',
        },
        scheduleItems: [],
        workingHours: null,
      };
    }
    const periods = busyPeriods(user, calendar, start.utcMs, end.utcMs);
    let view = '';
    for (let t = start.utcMs; t < end.utcMs; t += interval * 60_000) {
      const slotEnd = t + interval * 60_000;
      const digits = periods
        .filter((p) => p.startUtcMs < slotEnd && p.endUtcMs > t)
        .map((p) => STATUS_DIGIT[p.status]);
      view += String(digits.length ? Math.max(...digits) : 0);
    }
    return {
      scheduleId: address,
      availabilityView: view,
      scheduleItems: periods
        .sort((a, b) => a.startUtcMs - b.startUtcMs)
        .map((p) => ({
          isPrivate: p.isPrivate,
          status: p.status,
          ...(p.isPrivate ? {} : { subject: p.subject, location: p.location }),
          start: { dateTime: graphDateTime(p.startUtcMs, zone.iana), timeZone: zone.graphName },
          end: { dateTime: graphDateTime(p.endUtcMs, zone.iana), timeZone: zone.graphName },
        })),
      workingHours: workingHours(),
    };
  });
};

/** `PT1H30M` → minutes. */
const durationMinutes = (value: unknown): number => {
  const match = typeof value === 'string' ? /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(value) : null;
  if (!match || (!match[1] && !match[2]))
    throw invalidRequest("meetingDuration must be an ISO 8601 duration such as 'PT1H'.");
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
};

const STEP_MINUTES = 30;

/**
 * POST /me/findMeetingTimes: times within working hours (08:00-17:00 London, Monday to Friday) when
 * the organiser and every attendee in the tenant are free. Attendees outside the tenant cannot be
 * checked and are reported with availability `unknown`, as Exchange does.
 */
export const findMeetingTimes = (
  payload: unknown,
  organiser: DirectoryUser,
  directory: Directory,
  calendar: CalendarStore,
  zone: Zone,
  baseUrl: string,
) => {
  if (!isRecord(payload)) throw invalidRequest('The request body must be a JSON object.');
  const minutes = durationMinutes(parameter(payload, 'meetingDuration') ?? 'PT30M');
  const maxCandidates = Number(parameter(payload, 'maxCandidates') ?? 20);
  const attendees = (parameter(payload, 'attendees') ?? []) as unknown[];
  if (!Array.isArray(attendees)) throw invalidRequest("The parameter 'attendees' must be a collection.");
  const addresses = attendees.map((a) => {
    const email = isRecord(a) && isRecord(a.emailAddress) ? a.emailAddress.address : undefined;
    if (typeof email !== 'string')
      throw invalidRequest('Each attendee needs an emailAddress with an address.');
    return email;
  });
  const constraint = parameter(payload, 'timeConstraint');
  const slots = isRecord(constraint) && Array.isArray(constraint.timeSlots) ? constraint.timeSlots : [];
  if (slots.length === 0) throw invalidRequest('timeConstraint must give at least one time slot.');

  const people = [
    organiser,
    ...addresses.map((a) => directory.findUser(a)).filter((u): u is DirectoryUser => u !== undefined),
  ];
  const suggestions: Record<string, unknown>[] = [];
  for (const slot of slots) {
    if (!isRecord(slot)) continue;
    const from = readDateTimeTimeZone(slot.start).utcMs;
    const to = readDateTimeTimeZone(slot.end).utcMs;
    const busy = people.flatMap((p) =>
      busyPeriods(p, calendar, from, to).filter((b) => b.status !== 'workingElsewhere'),
    );
    for (
      let date = utcMsToLocal(from, WORK_ZONE).slice(0, 10);
      date <= utcMsToLocal(to, WORK_ZONE).slice(0, 10);
    ) {
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      const open = Math.max(from, localToUtcMs(`${date}T${WORK_START}`, WORK_ZONE));
      const close = Math.min(to, localToUtcMs(`${date}T${WORK_END}`, WORK_ZONE));
      const step = STEP_MINUTES * 60_000;
      for (
        let t = Math.ceil(open / step) * step;
        weekday > 0 && weekday < 6 && t + minutes * 60_000 <= close;
        t += step
      ) {
        const end = t + minutes * 60_000;
        if (busy.some((b) => b.startUtcMs < end && b.endUtcMs > t)) continue;
        suggestions.push({
          confidence: 100,
          organizerAvailability: 'free',
          suggestionReason:
            'Suggested because it is one of the nearest times when all attendees are available.',
          meetingTimeSlot: {
            start: { dateTime: graphDateTime(t, zone.iana), timeZone: zone.graphName },
            end: { dateTime: graphDateTime(end, zone.iana), timeZone: zone.graphName },
          },
          attendeeAvailability: addresses.map((address) => ({
            attendee: { type: 'required', emailAddress: { address } },
            availability: directory.findUser(address) ? 'free' : 'unknown',
          })),
          locations: [],
        });
      }
      date = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
  }
  const chosen = suggestions.slice(0, Math.max(1, maxCandidates)).map((s, i) => ({ ...s, order: i + 1 }));
  return {
    '@odata.context': `${baseUrl}/v1.0/$metadata#microsoft.graph.meetingTimeSuggestionsResult`,
    emptySuggestionsReason: chosen.length === 0 ? 'AttendeesUnavailable' : '',
    meetingTimeSuggestions: chosen,
  };
};
