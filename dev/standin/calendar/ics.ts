import { utcMsToLocal } from './timeZones';

/**
 * RFC 5545 iCalendar text for the stand-in's outbox: the invitation, update or cancellation Outlook
 * would email to one recipient (iTIP, RFC 5546). Written by hand so every rule is visible: TEXT
 * escaping (3.3.11), quoted parameter values with RFC 6868 caret escapes, CRLF line ends and folding
 * at 75 octets without splitting a UTF-8 character (3.1).
 */
export interface IcsPerson {
  readonly name: string;
  readonly email: string;
}

export interface IcsMessage {
  readonly method: 'REQUEST' | 'CANCEL';
  /** The event's iCalUId: the same for the invitation, every update and the cancellation. */
  readonly uid: string;
  readonly sequence: number;
  /** When this message was created, epoch ms. */
  readonly stamp: number;
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  /** IANA zone the organiser arranged the meeting in. */
  readonly zone: string;
  readonly summary: string;
  readonly location: string;
  readonly descriptionText: string;
  readonly descriptionHtml: string;
  readonly organizer: IcsPerson;
  readonly attendees: readonly IcsPerson[];
  readonly reminderMinutes: number | null;
  readonly isPrivate: boolean;
  readonly comment?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/**
 * A parameter value such as CN: always in double quotes (so commas, semicolons and colons are
 * literal), with the characters a quoted string cannot hold written as RFC 6868 caret escapes.
 */
export const paramValue = (value: string): string =>
  `"${value
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'")
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in a quoted string
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '')}"`;

/** Splits a content line into physical lines of at most 75 octets, never inside a UTF-8 sequence. */
export const foldLine = (line: string): string => {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_OCTETS;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
};

const utcStamp = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const localStamp = (ms: number, zone: string): string => utcMsToLocal(ms, zone).replace(/[-:]/g, '');

/**
 * Europe/London since 1996: BST from 01:00 UTC on the last Sunday in March, GMT from 01:00 UTC on the
 * last Sunday in October. DTSTART in each part is local time before the change (RFC 5545 3.6.5).
 */
export const EUROPE_LONDON_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** DTSTART/DTEND: local time with TZID for London, UTC otherwise (no VTIMEZONE is written for other zones). */
const timeProperty = (name: 'DTSTART' | 'DTEND', ms: number, zone: string): string =>
  zone === 'Europe/London' ? `${name};TZID=Europe/London:${localStamp(ms, zone)}` : `${name}:${utcStamp(ms)}`;

const mailto = (email: string): string => `mailto:${email}`;

export const buildIcs = (message: IcsMessage): string => {
  const cancelled = message.method === 'CANCEL';
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'PRODID:-//IEP Planner//Local Microsoft 365 stand-in//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${message.method}`,
    ...(message.zone === 'Europe/London' ? EUROPE_LONDON_VTIMEZONE : []),
    'BEGIN:VEVENT',
    `UID:${message.uid}`,
    `SEQUENCE:${message.sequence}`,
    `DTSTAMP:${utcStamp(message.stamp)}`,
    timeProperty('DTSTART', message.startUtcMs, message.zone),
    timeProperty('DTEND', message.endUtcMs, message.zone),
    `SUMMARY:${escapeText(cancelled ? `Cancelled: ${message.summary}` : message.summary)}`,
    ...(message.location ? [`LOCATION:${escapeText(message.location)}`] : []),
    `DESCRIPTION:${escapeText(message.descriptionText)}`,
    `X-ALT-DESC;FMTTYPE=text/html:${escapeText(message.descriptionHtml)}`,
    ...(message.comment ? [`COMMENT:${escapeText(message.comment)}`] : []),
    `ORGANIZER;CN=${paramValue(message.organizer.name)}:${mailto(message.organizer.email)}`,
    ...message.attendees.map(
      (a) =>
        `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=${cancelled ? 'FALSE' : 'TRUE'}:${mailto(a.email)}`,
    ),
    `CLASS:${message.isPrivate ? 'PRIVATE' : 'PUBLIC'}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    ...(message.reminderMinutes !== null && !cancelled
      ? [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          'DESCRIPTION:Reminder',
          `TRIGGER:-PT${message.reminderMinutes}M`,
          'END:VALARM',
        ]
      : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
};
