/**
 * Time zones as Exchange understands them, for the stand-in's calendar. Deliberately separate from
 * the product's own conversions (src/), so a mistake there shows up as a wrong time here.
 */

/** Windows names Exchange accepts, mapped to the IANA zone with the same rules. */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  UTC: 'UTC',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Eastern Standard Time': 'America/New_York',
  'Pacific Standard Time': 'America/Los_Angeles',
};

const SUPPORTED_IANA = new Set([
  'Europe/London',
  'Europe/Dublin',
  'UTC',
  'Etc/UTC',
  'Etc/GMT',
  'Europe/Berlin',
  'Europe/Paris',
]);

/** The IANA zone for a Graph `timeZone` value, or null when Exchange would refuse it. */
export const ianaZoneOf = (graphZone: string | undefined | null): string | null => {
  if (graphZone === undefined || graphZone === null || graphZone === '') return 'UTC';
  return WINDOWS_TO_IANA[graphZone] ?? (SUPPORTED_IANA.has(graphZone) ? graphZone : null);
};

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes ahead of UTC in `zone` at the instant `utcMs`, read from the "GMT+01:00" form. */
export const offsetMinutes = (utcMs: number, zone: string): number => {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  const name =
    formatter.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
};

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/** A local `YYYY-MM-DDTHH:mm[:ss[.fffffff]]` in `zone` → epoch milliseconds. */
export const localToUtcMs = (local: string, zone: string): number => {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`'${local}' is not a local date and time.`);
  const wallMs = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6] ?? 0),
  );
  // Two passes settle the offset except inside the skipped hour, which moves forward as Outlook does.
  const first = wallMs - offsetMinutes(wallMs, zone) * 60_000;
  return wallMs - offsetMinutes(first, zone) * 60_000;
};

/** Epoch milliseconds → `YYYY-MM-DDTHH:mm:ss` on the wall clock in `zone`. */
export const utcMsToLocal = (utcMs: number, zone: string): string =>
  new Date(utcMs + offsetMinutes(utcMs, zone) * 60_000).toISOString().slice(0, 19);

/** Graph prints event times with seven fractional digits: `2026-03-30T16:00:00.0000000`. */
export const graphDateTime = (utcMs: number, zone: string): string => `${utcMsToLocal(utcMs, zone)}.0000000`;

/** The zone named by `Prefer: outlook.timezone="..."`, or UTC (Graph's default) when absent or unknown. */
export const preferredZone = (
  prefer: string | undefined,
): { readonly graphName: string; readonly iana: string } => {
  const match = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer ?? '');
  const name = match?.[1];
  const iana = name ? ianaZoneOf(name) : null;
  return name && iana ? { graphName: name, iana } : { graphName: 'UTC', iana: 'UTC' };
};
