import type { StoredEvent } from './model';
import { graphDateTime, type preferredZone } from './timeZones';

type Zone = ReturnType<typeof preferredZone>;

const timeIn = (utcMs: number, zone: Zone) => ({
  dateTime: graphDateTime(utcMs, zone.iana),
  timeZone: zone.graphName,
});

/** A stored event printed as Graph prints `event` (times in the `Prefer: outlook.timezone` zone, else UTC). */
export const toGraphEvent = (event: StoredEvent, zone: Zone, baseUrl: string): Record<string, unknown> => {
  const text =
    event.body.contentType === 'html' ? event.body.content.replace(/<[^>]*>/g, ' ') : event.body.content;
  return {
    '@odata.context': `${baseUrl}/v1.0/$metadata#users('${event.mailboxUserId}')/events/$entity`,
    '@odata.etag': `W/"${event.changeKey}"`,
    id: event.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: event.categories,
    transactionId: event.transactionId,
    originalStartTimeZone: event.originalStartTimeZone,
    originalEndTimeZone: event.originalEndTimeZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart,
    isReminderOn: event.isReminderOn,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: text.replace(/\s+/g, ' ').trim().slice(0, 255),
    importance: event.importance,
    sensitivity: event.sensitivity,
    isAllDay: false,
    isCancelled: event.isCancelled,
    isOrganizer: event.isOrganizer,
    responseRequested: event.responseRequested,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: event.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: event.hideAttendees ?? false,
    responseStatus: {
      response: event.isOrganizer ? 'organizer' : 'notResponded',
      time: '0001-01-01T00:00:00Z',
    },
    body: event.body,
    start: timeIn(event.startUtcMs, zone),
    end: timeIn(event.endUtcMs, zone),
    location: event.location ?? {
      displayName: '',
      locationType: 'default',
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    },
    locations: event.location ? [event.location] : [],
    recurrence: null,
    attendees: event.attendees.map((a) => ({
      type: a.type,
      status: { response: a.response, time: '0001-01-01T00:00:00Z' },
      emailAddress: a.emailAddress,
    })),
    organizer: { emailAddress: event.organizer },
    onlineMeeting: event.joinUrl ? { joinUrl: event.joinUrl } : null,
  };
};
