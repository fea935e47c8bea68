import { instantOf, wallClockIn } from '../../domain';
import type { DateTimeTimeZone } from '@microsoft/microsoft-graph-types';

/**
 * Graph's calendar API is an Exchange API underneath, and Exchange thinks in Windows time-zone names.
 * `dateTimeTimeZone.timeZone` also accepts a documented list of IANA names (Europe/London is on it),
 * but the `Prefer: outlook.timezone` header takes the names `/me/outlook/supportedTimeZones` returns,
 * which are Windows names by default, and an IANA name there has been reported to fail
 * findMeetingTimes. So requests use the Windows name throughout; "GMT Standard Time" is the UK zone
 * with British Summer Time (not "Greenwich Standard Time", which never changes).
 */
const WINDOWS_NAMES: Readonly<Record<string, string>> = {
  'Europe/London': 'GMT Standard Time',
  'Europe/Belfast': 'GMT Standard Time',
  'Europe/Dublin': 'GMT Standard Time',
  'Europe/Guernsey': 'GMT Standard Time',
  'Europe/Isle_of_Man': 'GMT Standard Time',
  'Europe/Jersey': 'GMT Standard Time',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

/** The IANA zone each Windows name answers for (the first listed wins). */
const IANA_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(WINDOWS_NAMES)
    .reverse()
    .map(([iana, windows]) => [windows, iana]),
);

/** The name to send to Graph for a zone the school stores as IANA. Unknown zones go as they are. */
export const graphTimeZoneName = (ianaZone: string): string => WINDOWS_NAMES[ianaZone] ?? ianaZone;

/** The IANA zone for a name Graph sends back (Windows or IANA). */
export const ianaTimeZoneName = (graphZone: string): string => IANA_NAMES[graphZone] ?? graphZone;

/** `Prefer: outlook.timezone="GMT Standard Time"`: times in responses come back in the school's zone. */
export const preferTimeZoneHeader = (ianaZone: string): string =>
  `outlook.timezone="${graphTimeZoneName(ianaZone)}"`;

/** An instant as Graph's dateTimeTimeZone in the school's zone: 15:00Z on 30/03/2026 is 16:00 in London. */
export const toDateTimeTimeZone = (
  instant: string | Date,
  ianaZone: string,
): { dateTime: string; timeZone: string } => ({
  dateTime: wallClockIn(instant, ianaZone),
  timeZone: graphTimeZoneName(ianaZone),
});

/** The instant a Graph dateTimeTimeZone names, as ISO UTC. A missing zone means UTC, as Graph does. */
export const fromDateTimeTimeZone = (value: DateTimeTimeZone | null | undefined): string => {
  if (!value?.dateTime) throw new RangeError('Microsoft 365 sent a time without a date.');
  // Graph sends seven fractional digits ("16:00:00.0000000"); the wall clock needs seconds at most.
  const wall = value.dateTime.replace(/(\.\d+)?Z?$/, '');
  const zone = ianaTimeZoneName(value.timeZone ?? 'UTC');
  return instantOf(wall, zone).toISOString();
};
