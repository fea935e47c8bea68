import { GraphError, invalidRequest, rejectUnknownProperties } from '../core/errors';
import { isRecord } from '../core/http';
import { readExtendedProperties } from './extendedProperties';
import type { StoredAttendee, StoredEvent, StoredExtendedProperty, StoredLocation } from './model';
import { ianaZoneOf, localToUtcMs } from './timeZones';

/**
 * Reads an event payload as Exchange would: property names must exist on Graph's `event` type and
 * its complex types (names checked against v1.0 CSDL), time zones must be ones Exchange knows.
 */
const EVENT_PROPERTIES = [
  // entity, outlookItem
  'id',
  'categories',
  'changeKey',
  'createdDateTime',
  'lastModifiedDateTime',
  // event
  'allowNewTimeProposals',
  'attendees',
  'body',
  'bodyPreview',
  'cancelledOccurrences',
  'end',
  'hasAttachments',
  'hideAttendees',
  'iCalUId',
  'importance',
  'isAllDay',
  'isCancelled',
  'isDraft',
  'isOnlineMeeting',
  'isOrganizer',
  'isReminderOn',
  'location',
  'locations',
  'onlineMeeting',
  'onlineMeetingProvider',
  'onlineMeetingUrl',
  'organizer',
  'originalEndTimeZone',
  'originalStart',
  'originalStartTimeZone',
  'recurrence',
  'reminderMinutesBeforeStart',
  'responseRequested',
  'responseStatus',
  'sensitivity',
  'seriesMasterId',
  'showAs',
  'singleValueExtendedProperties',
  'start',
  'subject',
  'transactionId',
  'type',
  'webLink',
] as const;

const ATTENDEE_PROPERTIES = ['emailAddress', 'type', 'status', 'proposedNewTime'];
const EMAIL_ADDRESS_PROPERTIES = ['address', 'name'];
const DATE_TIME_TIME_ZONE_PROPERTIES = ['dateTime', 'timeZone'];
const ITEM_BODY_PROPERTIES = ['content', 'contentType'];
const LOCATION_PROPERTIES = [
  'address',
  'coordinates',
  'displayName',
  'locationEmailAddress',
  'locationType',
  'locationUri',
  'uniqueId',
  'uniqueIdType',
];

const ENUMS = {
  attendeeType: ['required', 'optional', 'resource'],
  bodyType: ['text', 'html'],
  onlineMeetingProviderType: ['unknown', 'skypeForBusiness', 'skypeForConsumer', 'teamsForBusiness'],
  sensitivity: ['normal', 'personal', 'private', 'confidential'],
  freeBusyStatus: ['unknown', 'free', 'tentative', 'busy', 'oof', 'workingElsewhere'],
  importance: ['low', 'normal', 'high'],
} as const;

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

const enumValue = <T extends string>(value: unknown, allowed: readonly T[], type: string): T => {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw invalidRequest(
    `Cannot convert the literal '${String(value)}' to the expected type 'microsoft.graph.${type}'.`,
  );
};

const asString = (value: unknown, name: string): string => {
  if (typeof value !== 'string') throw invalidRequest(`The property '${name}' must be a string.`);
  return value;
};

const asBoolean = (value: unknown, name: string): boolean => {
  if (typeof value !== 'boolean') throw invalidRequest(`The property '${name}' must be true or false.`);
  return value;
};

const record = (value: unknown, type: string, allowed: readonly string[]): Record<string, unknown> => {
  if (!isRecord(value)) throw invalidRequest(`A value of type 'microsoft.graph.${type}' was expected.`);
  rejectUnknownProperties(value, allowed, type);
  return value;
};

/** dateTimeTimeZone → epoch ms, refusing zones Exchange would refuse. */
export const readDateTimeTimeZone = (value: unknown): { readonly utcMs: number; readonly zone: string } => {
  const dt = record(value, 'dateTimeTimeZone', DATE_TIME_TIME_ZONE_PROPERTIES);
  const dateTime = asString(dt.dateTime, 'dateTime');
  const zoneName =
    dt.timeZone === undefined || dt.timeZone === null ? 'UTC' : asString(dt.timeZone, 'timeZone');
  const iana = ianaZoneOf(zoneName);
  if (!iana) {
    throw new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zoneName}'.`,
    );
  }
  try {
    return { utcMs: localToUtcMs(dateTime.replace(/Z$/, ''), iana), zone: zoneName };
  } catch {
    throw invalidRequest(
      `Cannot convert the literal '${dateTime}' to the expected type 'Edm.String' (a date and time).`,
    );
  }
};

const readAttendees = (value: unknown): StoredAttendee[] => {
  if (!Array.isArray(value)) throw invalidRequest("The property 'attendees' must be a collection.");
  return value.map((item) => {
    const attendee = record(item, 'attendee', ATTENDEE_PROPERTIES);
    const email = record(attendee.emailAddress, 'emailAddress', EMAIL_ADDRESS_PROPERTIES);
    const address = asString(email.address, 'address').trim();
    if (!EMAIL.test(address)) throw invalidRequest(`The email address '${address}' is not valid.`);
    const name = email.name === undefined || email.name === null ? address : asString(email.name, 'name');
    const type =
      attendee.type === undefined ? 'required' : enumValue(attendee.type, ENUMS.attendeeType, 'attendeeType');
    return { type, emailAddress: { name, address }, response: 'none' };
  });
};

const readLocation = (value: unknown): StoredLocation | null => {
  if (value === null) return null;
  const location = record(value, 'location', LOCATION_PROPERTIES);
  const displayName = location.displayName === undefined ? '' : asString(location.displayName, 'displayName');
  const locationType =
    location.locationType === undefined ? 'default' : asString(location.locationType, 'locationType');
  return displayName ? { displayName, locationType } : null;
};

/** The writable fields a POST or PATCH supplied, already checked. */
export type EventChanges = Partial<
  Pick<
    StoredEvent,
    | 'subject'
    | 'body'
    | 'attendees'
    | 'location'
    | 'isOnlineMeeting'
    | 'onlineMeetingProvider'
    | 'isReminderOn'
    | 'reminderMinutesBeforeStart'
    | 'sensitivity'
    | 'showAs'
    | 'importance'
    | 'responseRequested'
    | 'allowNewTimeProposals'
    | 'categories'
    | 'transactionId'
    | 'hideAttendees'
  >
> & {
  readonly start?: { readonly utcMs: number; readonly zone: string };
  readonly end?: { readonly utcMs: number; readonly zone: string };
  readonly extendedProperties?: readonly StoredExtendedProperty[];
};

export const readEventChanges = (payload: unknown): EventChanges => {
  const body = record(payload, 'event', EVENT_PROPERTIES);
  const changes: { -readonly [K in keyof EventChanges]: EventChanges[K] } = {};
  if (body.subject !== undefined) changes.subject = asString(body.subject, 'subject');
  if (body.body !== undefined) {
    const itemBody = record(body.body, 'itemBody', ITEM_BODY_PROPERTIES);
    changes.body = {
      contentType:
        itemBody.contentType === undefined
          ? 'text'
          : enumValue(itemBody.contentType, ENUMS.bodyType, 'bodyType'),
      content: itemBody.content === undefined ? '' : asString(itemBody.content, 'content'),
    };
  }
  if (body.start !== undefined) changes.start = readDateTimeTimeZone(body.start);
  if (body.end !== undefined) changes.end = readDateTimeTimeZone(body.end);
  if (body.attendees !== undefined) changes.attendees = readAttendees(body.attendees);
  if (body.location !== undefined) changes.location = readLocation(body.location);
  if (body.isOnlineMeeting !== undefined)
    changes.isOnlineMeeting = asBoolean(body.isOnlineMeeting, 'isOnlineMeeting');
  if (body.onlineMeetingProvider !== undefined) {
    changes.onlineMeetingProvider = enumValue(
      body.onlineMeetingProvider,
      ENUMS.onlineMeetingProviderType,
      'onlineMeetingProviderType',
    );
  }
  if (body.isReminderOn !== undefined) changes.isReminderOn = asBoolean(body.isReminderOn, 'isReminderOn');
  if (body.reminderMinutesBeforeStart !== undefined) {
    const minutes = body.reminderMinutesBeforeStart;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0) {
      throw invalidRequest("The property 'reminderMinutesBeforeStart' must be a whole number of minutes.");
    }
    changes.reminderMinutesBeforeStart = minutes;
  }
  if (body.sensitivity !== undefined)
    changes.sensitivity = enumValue(body.sensitivity, ENUMS.sensitivity, 'sensitivity');
  if (body.showAs !== undefined)
    changes.showAs = enumValue(body.showAs, ENUMS.freeBusyStatus, 'freeBusyStatus');
  if (body.importance !== undefined)
    changes.importance = enumValue(body.importance, ENUMS.importance, 'importance');
  if (body.responseRequested !== undefined)
    changes.responseRequested = asBoolean(body.responseRequested, 'responseRequested');
  if (body.allowNewTimeProposals !== undefined) {
    changes.allowNewTimeProposals = asBoolean(body.allowNewTimeProposals, 'allowNewTimeProposals');
  }
  if (body.categories !== undefined) {
    if (!Array.isArray(body.categories))
      throw invalidRequest("The property 'categories' must be a collection.");
    changes.categories = body.categories.map((c) => asString(c, 'categories'));
  }
  if (body.hideAttendees !== undefined)
    changes.hideAttendees = asBoolean(body.hideAttendees, 'hideAttendees');
  if (body.transactionId !== undefined && body.transactionId !== null)
    changes.transactionId = asString(body.transactionId, 'transactionId');
  if (body.singleValueExtendedProperties !== undefined)
    changes.extendedProperties = readExtendedProperties(body.singleValueExtendedProperties);
  return changes;
};
