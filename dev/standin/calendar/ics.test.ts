import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine, paramValue, type IcsMessage } from './ics';

const base: IcsMessage = {
  method: 'REQUEST',
  uid: '040000008200E00074C5B7101A82E008000000001',
  sequence: 0,
  stamp: Date.parse('2026-03-01T09:00:00Z'),
  startUtcMs: Date.parse('2026-03-30T15:00:00Z'),
  endUtcMs: Date.parse('2026-03-30T15:45:00Z'),
  zone: 'Europe/London',
  summary: 'Termly review: Sam Smith (IEP)',
  location: 'SENCO office, Room 4; ground floor',
  descriptionText: 'Line one\nLine two, with a comma; and a semicolon \\ backslash',
  descriptionHtml: '<p>Line one</p>',
  organizer: { name: 'Ms Patel, SENCO', email: 'senco@school.example' },
  attendees: [{ name: 'Siobhán O\'Brien-Núñez; "Mum"', email: 'siobhan@home.example' }],
  reminderMinutes: 30,
  isPrivate: true,
};

const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));

describe('iCalendar writer', () => {
  it('escapes TEXT values as RFC 5545 requires', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('quotes parameter values and uses RFC 6868 for quotes and newlines', () => {
    expect(paramValue('Smith, "Jo"\n^')).toBe('"Smith, ^\'Jo^\'^n^^"');
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const long = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Every physical line is valid UTF-8 on its own (no replacement characters after a round trip).
    for (const line of physical) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
  });

  it('writes an invitation another parser reads back exactly', () => {
    const ics = buildIcs(base);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(0);
    expect(event.location).toBe(base.location);
    expect(event.description).toBe(base.descriptionText);
    const attendee = calendar.getFirstSubcomponent('vevent')?.getFirstProperty('attendee');
    expect(attendee?.getParameter('cn')).toBe(base.attendees[0]?.name);
    expect(attendee?.getFirstValue()).toBe('mailto:siobhan@home.example');
    const organizer = calendar.getFirstSubcomponent('vevent')?.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Ms Patel, SENCO');
  });

  it.each([
    ['the Monday after the clocks go forward (BST)', '2026-03-30T15:00:00Z', '20260330T160000'],
    ['the Monday after the clocks go back (GMT)', '2026-10-26T16:00:00Z', '20261026T160000'],
  ])('puts a London meeting on %s at the right instant', (_label, utc, local) => {
    const ics = buildIcs({ ...base, startUtcMs: Date.parse(utc), endUtcMs: Date.parse(utc) + 45 * 60_000 });
    expect(ics).toContain(`DTSTART;TZID=Europe/London:${local}`);
    const calendar = parse(ics);
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone') as ICAL.Component);
    ICAL.TimezoneService.register(zone, 'Europe/London');
    try {
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
      expect(event.startDate.toJSDate().toISOString()).toBe(new Date(utc).toISOString());
    } finally {
      ICAL.TimezoneService.remove('Europe/London');
    }
  });

  it('marks a cancellation as METHOD:CANCEL with STATUS:CANCELLED and no reminder', () => {
    const ics = buildIcs({ ...base, method: 'CANCEL', sequence: 2 });
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = calendar.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(2);
    expect(vevent?.getFirstSubcomponent('valarm')).toBeNull();
  });
});
