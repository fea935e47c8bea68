/**
 * The bad-input suite for review invitations: the HTML body the product sends (escaped, nothing a
 * user typed becomes markup) and the .ics Outlook would email, read back with ical.js, an
 * independent iCalendar parser. Surrounding white space is trimmed from names, targets and notes
 * in an invitation by design (JavaScript counts a leading BOM as white space); nothing inside a
 * value is ever changed.
 */
import ICAL from 'ical.js';
import { JSDOM } from 'jsdom';
import { startTestStandIn } from '../../dev/standin/testSupport';
import type { StandIn } from '../../dev/standin/server';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { asReviewId, ReviewSchema, TARGET_AREA_LABELS, type Plan, type Review } from '../../src/domain';
import { reviewEventSubject } from '../../src/graph/calendar/eventPayload';
import { createGraphReviewCalendar } from '../../src/graph/calendar/graphReviewCalendar';
import { reviewInvitationBody } from '../../src/graph/calendar/invitationBody';
import { createGraphClient } from '../../src/graph/client';
import {
  CLOCK_CHANGE_MEETINGS,
  HOSTILE_EMAILS,
  MULTI_LINE_ACCEPTED,
  SINGLE_LINE_ACCEPTED,
} from '../support/hostileInputs';
import { buildPlan, shortTermTarget } from '../support/planBuilder';
import { trapUnhandledRejections } from '../support/unhandledRejections';

trapUnhandledRejections();

const SENCO = { name: 'Priya Shah', email: 'senco@oakfield.example' };
/** The only markup an invitation body is made of; none of it carries an attribute. */
const INVITATION_TAGS = new Set(['P', 'STRONG', 'H3', 'OL', 'UL', 'LI', 'BR']);

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

let nextReview = 500;
const hostilePlan = (value: string, note = value): Plan =>
  buildPlan({
    pupil: { pupilId: 'p-1', name: value, classTeamId: 'c-1', className: value },
    shortTermTargets: [shortTermTarget(1, { area: 'literacy', text: value, successCriteria: note })],
  });

const reviewOf = (
  plan: Plan,
  value: string,
  index: number,
  start = '2026-03-10T15:30:00Z',
  end = '2026-03-10T16:15:00Z',
): Review =>
  ReviewSchema.parse({
    id: asReviewId(String((nextReview += 1))),
    seriesId: plan.seriesId,
    planId: plan.id,
    type: 'termly',
    start,
    end,
    location: value,
    invitees: [
      { name: value, email: `parent.${index}@home.example`, role: 'parent-carer' },
      {
        name: 'Emma Clarke',
        email: HOSTILE_EMAILS[index % HOSTILE_EMAILS.length],
        role: 'class-teacher',
        internal: true,
      },
      { ...SENCO, role: 'senco', internal: true },
    ],
  });

/** The text a reader sees: text nodes, with each `<br>` as a line break. */
const visibleText = (node: Node): string => {
  if (node.nodeType === node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeName === 'BR') return '\n';
  return Array.from(node.childNodes).map(visibleText).join('');
};

const parseHtml = (html: string): Document =>
  new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

const markupProblems = (doc: Document): string[] =>
  Array.from(doc.body.querySelectorAll('*')).flatMap((el) => [
    ...(INVITATION_TAGS.has(el.tagName) ? [] : [`<${el.tagName.toLowerCase()}>`]),
    ...Array.from(el.attributes).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
  ]);

describe('(c) the invitation body', () => {
  test.each(SINGLE_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    '%s: escaped, no raw tag survives, and the text reads back exactly',
    (_n, value) => {
      const plan = hostilePlan(value);
      const html = reviewInvitationBody(plan, reviewOf(plan, value, 0), {
        note: value,
        includeTargets: true,
      });
      expect(html).not.toMatch(/<(script|img|iframe|svg|a|style)\b/i);
      const doc = parseHtml(html);
      expect(markupProblems(doc)).toEqual([]);
      const text = visibleText(doc.body);
      expect(text).toContain(`how ${value.trim().split(/\s+/)[0] || 'your child'} is getting on`);
      expect(text).toContain(`Where: ${value.trim()}`);
      const items = Array.from(doc.querySelectorAll('ul > li')).map(visibleText);
      expect(items).toEqual([`Literacy: ${value.trim()} We will know because: ${value.trim()}`]);
      const paragraphs = Array.from(doc.querySelectorAll('p')).map(visibleText);
      expect(paragraphs.at(-1)).toBe(value.trim());
    },
  );

  test.each(MULTI_LINE_ACCEPTED.map((h) => [h.name, h.value] as const))(
    '%s in a note and success criteria keeps every line',
    (_n, value) => {
      const plan = hostilePlan('Sam Taylor', value);
      const html = reviewInvitationBody(plan, reviewOf(plan, 'SENCO office', 0), {
        note: value,
        includeTargets: true,
      });
      const doc = parseHtml(html);
      expect(markupProblems(doc)).toEqual([]);
      const lines = value.trim().replace(/\r\n|\r/g, '\n');
      expect(visibleText(doc.body)).toContain(`We will know because: ${lines}`);
      expect(Array.from(doc.querySelectorAll('p')).map(visibleText).at(-1)).toBe(lines);
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// The .ics the stand-in's outbox holds: what Outlook would email each attendee.
// ---------------------------------------------------------------------------------------------------

const calendar = () =>
  createGraphReviewCalendar(
    createGraphClient({
      baseUrl: `${standIn.url}/`,
      getAccessToken: async () => `local-dev-token:${SENCO.email}`,
      scopes: GRAPH_SCOPES.calendar,
      fetchImpl: (input, init) => globalThis.fetch(input, init),
      retry: { maxRetries: 3, delaySeconds: 0 },
    }),
  );

interface OutboxEntry {
  readonly file: string;
  readonly to: string;
  readonly uid: string;
}

const icsFor = async (uid: string, to: string): Promise<string> => {
  const index = (await (await fetch(`${standIn.url}/outbox`)).json()) as { messages: OutboxEntry[] };
  const message = index.messages.find((m) => m.uid === uid && m.to === to);
  if (!message) throw new Error(`No invitation to ${to} in the outbox`);
  return (await fetch(`${standIn.url}/outbox/${encodeURIComponent(message.file)}`)).text();
};

const readEvent = (ics: string) => {
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  const zone = vcalendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone), 'Europe/London');
  try {
    const vevent = vcalendar.getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('The .ics has no VEVENT');
    const event = new ICAL.Event(vevent);
    return {
      summary: event.summary,
      location: event.location,
      description: event.description,
      startUtc: event.startDate.toJSDate().toISOString(),
      rawStart: ics
        .split('\r\n')
        .find((line) => line.startsWith('DTSTART;TZID=') || line.startsWith('DTSTART:2')),
      attendees: vevent.getAllProperties('attendee').map((p) => ({
        cn: String(p.getParameter('cn')),
        address: String(p.getFirstValue()),
      })),
    };
  } finally {
    ICAL.TimezoneService.remove('Europe/London');
  }
};

describe('(c) the .ics written to the outbox, read with ical.js', () => {
  test.each(SINGLE_LINE_ACCEPTED.map((h, i) => [h.name, h.value, i] as const))(
    '%s: summary, location, description and attendee CN read back exactly',
    async (_n, value, index) => {
      const plan = hostilePlan(value);
      const review = reviewOf(plan, value, index);
      const { iCalUId } = await calendar().createReviewEvent({
        review,
        plan,
        reminderMinutes: 15,
        note: value,
        includeTargets: true,
      });
      const event = readEvent(await icsFor(iCalUId, `parent.${index}@home.example`));

      expect(event.summary).toBe(reviewEventSubject({ plan }));
      // The school's neutral subject: the first name at most, never the full name or "IEP".
      expect(event.summary).toBe(`Meeting at school about ${value.trim().split(/\s+/)[0] || 'your child'}`);
      expect(event.location).toBe(value.trim());
      expect(event.description).toContain(
        `- ${TARGET_AREA_LABELS.literacy}: ${value.trim()} We will know because: ${value.trim()}`,
      );
      expect(event.description.split('\n')).toContain(value.trim());
      // Attendees are hidden: the parent's invitation names the parent alone.
      expect(event.attendees).toEqual([{ cn: value.trim(), address: `mailto:parent.${index}@home.example` }]);
    },
  );

  test.each(CLOCK_CHANGE_MEETINGS.map((m) => [m.name, m] as const))(
    'a review on %s is at 10:00 London time in the body and the .ics',
    async (_n, meeting) => {
      const plan = hostilePlan("Zoë O'Brien");
      const review = reviewOf(plan, 'Hall', 0, meeting.start, meeting.end);
      expect(reviewInvitationBody(plan, review)).toMatch(
        /<strong>When:<\/strong> Sunday \d+ (March|October) 2026, 10:00 \(UK time\)/,
      );
      const { iCalUId } = await calendar().createReviewEvent({ review, plan, reminderMinutes: 0 });
      const event = readEvent(await icsFor(iCalUId, 'parent.0@home.example'));
      expect(event.rawStart).toBe(`DTSTART;TZID=Europe/London:${meeting.local}`);
      expect(event.startUtc).toBe(new Date(meeting.start).toISOString());
    },
  );
});
