import type { Client } from '@microsoft/microsoft-graph-client';
import type {
  AttendeeBase,
  MeetingTimeSuggestionsResult,
  ScheduleInformation,
} from '@microsoft/microsoft-graph-types';
import { freeSlots, type BusyInterval, type Person, type TimeSlot } from '../../domain';
import { toDomainError } from '../httpErrors';
import { fromDateTimeTimeZone, preferTimeZoneHeader, toDateTimeTimeZone } from './timeZones';

/** getSchedule takes at most this many schedules per request. */
const SCHEDULES_PER_REQUEST = 20;
/** Statuses that make someone unavailable; `workingElsewhere` and `free` do not. */
const BUSY_STATUSES = new Set(['busy', 'oof', 'tentative']);

export interface SuggestRequest {
  readonly attendees: readonly Person[];
  readonly durationMinutes: number;
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
}

const withEmail = (people: readonly Person[]): Person[] => {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.email.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** ISO 8601 duration for whole minutes, as findMeetingTimes' `meetingDuration` (Edm.Duration). */
export const isoDuration = (minutes: number): string => {
  const whole = Math.max(1, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return `PT${hours ? `${hours}H` : ''}${rest ? `${rest}M` : ''}`;
};

/** The findMeetingTimes request (parameter names from Graph's CSDL). */
export const findMeetingTimesBody = (request: SuggestRequest) => ({
  attendees: withEmail(request.attendees).map((p): AttendeeBase => ({
    type: 'required',
    emailAddress: { address: p.email.trim(), name: p.name.trim() },
  })),
  timeConstraint: {
    activityDomain: 'work',
    timeSlots: [
      {
        start: toDateTimeTimeZone(request.from, request.timeZone),
        end: toDateTimeTimeZone(request.to, request.timeZone),
      },
    ],
  },
  meetingDuration: isoDuration(request.durationMinutes),
  maxCandidates: 20,
  isOrganizerOptional: false,
  returnSuggestionReasons: true,
  minimumAttendeePercentage: 100,
});

/** Busy times of people inside the school's tenant (outside addresses come back as errors and are skipped). */
export const getBusyTimes = async (
  client: Client,
  emails: readonly string[],
  from: string,
  to: string,
  timeZone: string,
): Promise<BusyInterval[]> => {
  const unique = [...new Set(emails.map((e) => e.trim()).filter(Boolean))];
  const busy: BusyInterval[] = [];
  for (let i = 0; i < unique.length; i += SCHEDULES_PER_REQUEST) {
    const chunk = unique.slice(i, i + SCHEDULES_PER_REQUEST);
    let response: { value?: ScheduleInformation[] };
    try {
      response = (await client
        .api('/me/calendar/getSchedule')
        .header('Prefer', preferTimeZoneHeader(timeZone))
        // Parameter names as Graph's CSDL declares them for the getSchedule action.
        .post({
          Schedules: chunk,
          StartTime: toDateTimeTimeZone(from, timeZone),
          EndTime: toDateTimeTimeZone(to, timeZone),
          AvailabilityViewInterval: 15,
        })) as { value?: ScheduleInformation[] };
    } catch (error) {
      throw toDomainError(error);
    }
    for (const schedule of response.value ?? []) {
      if (schedule.error || !schedule.scheduleId) continue;
      for (const item of schedule.scheduleItems ?? []) {
        if (!item.status || !BUSY_STATUSES.has(item.status)) continue;
        busy.push({
          email: schedule.scheduleId,
          start: fromDateTimeTimeZone(item.start),
          end: fromDateTimeTimeZone(item.end),
        });
      }
    }
  }
  return busy;
};

/**
 * Times that suit the school staff invited. findMeetingTimes first; when it has no suggestions,
 * free slots worked out from getSchedule; when there are none either, an empty list and the user
 * picks a time by hand. Parents are never asked about: their calendars are outside the school.
 */
export const suggestMeetingTimes = async (client: Client, request: SuggestRequest): Promise<TimeSlot[]> => {
  const staff = withEmail(request.attendees);
  if (staff.length === 0) return [];
  let result: MeetingTimeSuggestionsResult;
  try {
    result = (await client
      .api('/me/findMeetingTimes')
      .header('Prefer', preferTimeZoneHeader(request.timeZone))
      .post(findMeetingTimesBody(request))) as MeetingTimeSuggestionsResult;
  } catch (error) {
    throw toDomainError(error);
  }
  const suggested = (result.meetingTimeSuggestions ?? [])
    .filter((s) => s.meetingTimeSlot?.start && s.meetingTimeSlot.end)
    .map((s): TimeSlot => ({
      start: fromDateTimeTimeZone(s.meetingTimeSlot?.start),
      end: fromDateTimeTimeZone(s.meetingTimeSlot?.end),
      confidence: Math.round(s.confidence ?? 0),
    }));
  if (suggested.length > 0) return suggested;

  const busy = await getBusyTimes(
    client,
    staff.map((p) => p.email),
    request.from,
    request.to,
    request.timeZone,
  );
  return freeSlots({
    from: request.from,
    to: request.to,
    durationMinutes: request.durationMinutes,
    busy,
    timeZone: request.timeZone,
  });
};
