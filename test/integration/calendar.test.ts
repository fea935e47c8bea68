/**
 * Review meetings end to end below the UI: the product's calendar adapter, through the real Graph
 * client, against the local stand-in, whose outbox holds what Outlook would have emailed. The .ics
 * files are read back with ical.js, an independent iCalendar parser.
 */
import type { Event } from '@microsoft/microsoft-graph-types';
import ICAL from 'ical.js';
import { startTestStandIn } from '../../dev/standin/testSupport';
import type { StandIn } from '../../dev/standin/server';
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import {
  asReviewId,
  Offline,
  ReviewSchema,
  type Plan,
  type Review,
  type ReviewCalendar,
} from '../../src/domain';
import { createGraphReviewCalendar } from '../../src/graph/calendar/graphReviewCalendar';
import { createGraphClient } from '../../src/graph/client';
import { buildPlan } from '../support/planBuilder';

const SENCO = { name: 'Priya Shah', email: 'senco@oakfield.example' };
const TEACHER = { name: 'Emma Clarke', email: 'emma.clarke@oakfield.example' };
const HEAD = { name: 'David Okafor', email: 'head@oakfield.example' };
const PARENT = { name: "Siobhán O'Brien-Núñez", email: 'siobhan.obrien@home.example' };
const SECOND_CARER = { name: 'Tomasz Nowak', email: 'tomasz@home.example' };
const NOTE = 'Please bring <script>alert("hi")</script> & the reading record; thanks, Priya';

interface OutboxEntry {
  readonly file: string;
  readonly method: 'REQUEST' | 'CANCEL';
  readonly kind: 'invitation' | 'update' | 'cancellation';
  readonly to: string;
  readonly toName: string;
  readonly uid: string;
  readonly sequence: number;
}

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

/** The adapter as the composition root builds it, signed in as the SENCO; fetch can be wrapped. */
const calendarFor = (
  options: { wrapFetch?: (real: typeof fetch) => typeof fetch; user?: string } = {},
): ReviewCalendar => {
  const real: typeof fetch = (input, init) => globalThis.fetch(input, init);
  const client = createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: async () => `local-dev-token:${options.user ?? SENCO.email}`,
    scopes: GRAPH_SCOPES.calendar,
    fetchImpl: options.wrapFetch ? options.wrapFetch(real) : real,
    retry: { maxRetries: 10, delaySeconds: 0 },
  });
  return createGraphReviewCalendar(client);
};

const plan: Plan = buildPlan({
  people: {
    senco: SENCO,
    classTeacher: TEACHER,
    teachingAssistants: [],
    parentsCarers: [
      { ...PARENT, relationship: 'Mother' },
      { ...SECOND_CARER, relationship: 'Stepfather' },
    ],
    professionals: [],
  },
});

let nextId = 100;
const reviewAt = (start: string, minutes = 45): Review =>
  ReviewSchema.parse({
    id: asReviewId(String((nextId += 1))),
    seriesId: plan.seriesId,
    planId: plan.id,
    type: 'termly',
    start,
    end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
    location: 'SENCO office, Room 4',
    invitees: [
      { ...PARENT, role: 'parent-carer' },
      { ...SECOND_CARER, role: 'parent-carer' },
      { ...TEACHER, role: 'class-teacher', internal: true },
      { ...SENCO, role: 'senco', internal: true },
    ],
  });

/** Everyone but the organiser receives mail. */
const RECIPIENTS = [PARENT.email, SECOND_CARER.email, TEACHER.email].sort();

const allOutbox = async (): Promise<OutboxEntry[]> => {
  const response = await fetch(`${standIn.url}/outbox`);
  return ((await response.json()) as { messages: OutboxEntry[] }).messages;
};
const outbox = async (uid: string): Promise<OutboxEntry[]> =>
  (await allOutbox()).filter((m) => m.uid === uid);

const icsFile = async (file: string): Promise<string> => {
  const response = await fetch(`${standIn.url}/outbox/${encodeURIComponent(file)}`);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  return response.text();
};

// X-ALT-DESC (Outlook's HTML description) is TEXT, escaped like DESCRIPTION; tell ical.js so.
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)['x-alt-desc'] = {
  defaultType: 'text',
};

/** Parses an .ics with ical.js, using its own VTIMEZONE to place the times. */
const readIcs = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(new ICAL.Timezone(zone), 'Europe/London');
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  const result = {
    method: calendar.getFirstPropertyValue('method'),
    sequence: event.sequence,
    uid: event.uid,
    startUtc: event.startDate.toJSDate().toISOString(),
    rawStart: ics.split('\r\n').find((l) => l.startsWith('DTSTART;') || l.startsWith('DTSTART:2')),
    description: event.description,
    altDescription: String(vevent.getFirstPropertyValue('x-alt-desc') ?? ''),
    attendeeNames: vevent.getAllProperties('attendee').map((p) => String(p.getParameter('cn'))),
    status: vevent.getFirstPropertyValue('status'),
  };
  ICAL.TimezoneService.remove('Europe/London');
  return result;
};

const eventsAsSenco = async (): Promise<{ id: string; iCalUId: string; subject: string }[]> => {
  const response = await fetch(`${standIn.url}/v1.0/me/events?$top=1000`, {
    headers: { Authorization: `Bearer local-dev-token:${SENCO.email}` },
  });
  return ((await response.json()) as { value: { id: string; iCalUId: string; subject: string }[] }).value;
};

describe('review meetings in Outlook (stand-in)', () => {
  it('schedules exactly one meeting and one invitation per attendee while 30% of requests are throttled', async () => {
    let throttled = 0;
    const calendar = calendarFor({
      wrapFetch: (real) => async (input, init) => {
        const response = await real(input, init);
        if (response.status === 429) throttled += 1;
        return response;
      },
    });
    standIn.setFaults({ rate: 0.3, statuses: [429], retryAfterSeconds: 0, seed: 20260330 });
    const created = [];
    try {
      // A week of termly reviews, one after another, as a SENCO would arrange them.
      for (const day of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) {
        created.push(
          await calendar.createReviewEvent({
            review: reviewAt(`${day}T16:00:00Z`),
            plan,
            reminderMinutes: 30,
          }),
        );
      }
    } finally {
      standIn.setFaults(null);
    }
    expect(throttled).toBeGreaterThan(0);
    const events = await eventsAsSenco();
    for (const meeting of created) {
      expect(events.filter((e) => e.iCalUId === meeting.iCalUId)).toHaveLength(1);
      const sent = await outbox(meeting.iCalUId);
      expect(sent.map((m) => m.to).sort()).toEqual(RECIPIENTS);
      expect(sent.every((m) => m.kind === 'invitation' && m.method === 'REQUEST' && m.sequence === 0)).toBe(
        true,
      );
    }
  });

  it("sends a parents' evening as one $batch: one meeting and one invitation per family, even while throttled", async () => {
    const calendar = calendarFor();
    const starts = ['2026-05-12T15:30:00Z', '2026-05-12T15:50:00Z', '2026-05-12T16:10:00Z'];
    standIn.setFaults({ rate: 0.3, statuses: [429], retryAfterSeconds: 0, seed: 512 });
    let results;
    try {
      results = await calendar.createReviewEvents(
        starts.map((start) => ({ review: reviewAt(start, 15), plan, reminderMinutes: 60 })),
      );
    } finally {
      standIn.setFaults(null);
    }
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    const events = await eventsAsSenco();
    for (const result of results) {
      if (!result.ok) continue;
      expect(events.filter((e) => e.iCalUId === result.event.iCalUId)).toHaveLength(1);
      expect((await outbox(result.event.iCalUId)).map((m) => m.to).sort()).toEqual(RECIPIENTS);
    }
  });

  it('hides attendees from one another: each invitation and each copy names only its own attendee', async () => {
    const meeting = await calendarFor().createReviewEvent({
      review: reviewAt('2026-06-09T15:00:00Z'),
      plan,
      reminderMinutes: 30,
    });
    for (const message of await outbox(meeting.iCalUId)) {
      const ics = readIcs(await icsFile(message.file));
      expect({ to: message.to, attendees: ics.attendeeNames }).toEqual({
        to: message.to,
        attendees: [message.toName],
      });
    }
    // The class teacher's own calendar copy, as Outlook would show it to her.
    const response = await fetch(`${standIn.url}/v1.0/me/events?$top=1000`, {
      headers: { Authorization: `Bearer local-dev-token:${TEACHER.email}` },
    });
    const copies = ((await response.json()) as { value: Event[] }).value.filter(
      (e) => e.iCalUId === meeting.iCalUId,
    );
    expect(copies.map((c) => [c.hideAttendees, c.attendees?.map((a) => a.emailAddress?.address)])).toEqual([
      [true, [TEACHER.email]],
    ]);
  });

  it('shows every attendee to every attendee when hideAttendees is not set, as Outlook does', async () => {
    const response = await fetch(`${standIn.url}/v1.0/me/events`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer local-dev-token:${SENCO.email}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        subject: 'Staff briefing',
        start: { dateTime: '2026-06-10T08:00:00', timeZone: 'Europe/London' },
        end: { dateTime: '2026-06-10T08:30:00', timeZone: 'Europe/London' },
        attendees: [PARENT, TEACHER].map((p) => ({ emailAddress: { address: p.email, name: p.name } })),
      }),
    });
    const { iCalUId } = (await response.json()) as { iCalUId: string };
    const [first] = await outbox(iCalUId);
    expect(first && readIcs(await icsFile(first.file)).attendeeNames.sort()).toEqual(
      [PARENT.name, TEACHER.name].sort(),
    );
  });

  it('sends no second invitation when a response is lost and the same review is sent again', async () => {
    let dropped = false;
    const calendar = calendarFor({
      wrapFetch: (real) => async (input, init) => {
        const response = await real(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (!dropped && init?.method === 'POST' && url.endsWith('/me/events')) {
          dropped = true;
          throw new TypeError('The connection was reset.');
        }
        return response;
      },
    });
    const review = reviewAt('2026-03-31T15:30:00Z');
    const eventsBefore = (await eventsAsSenco()).length;
    const messagesBefore = (await allOutbox()).length;
    await expect(calendar.createReviewEvent({ review, plan, reminderMinutes: 15 })).rejects.toBeInstanceOf(
      Offline,
    );
    // Exchange refuses the repeated transactionId (ErrorDuplicateTransactionId); the adapter finds the
    // meeting the first POST made by its review id and adopts it.
    const again = await calendar.createReviewEvent({ review, plan, reminderMinutes: 15 });
    expect(dropped).toBe(true);
    const events = await eventsAsSenco();
    expect(events.length).toBe(eventsBefore + 1);
    expect(events.filter((e) => e.iCalUId === again.iCalUId).map((e) => e.id)).toEqual([again.eventId]);
    const newMessages = (await allOutbox()).slice(messagesBefore);
    expect(newMessages.map((m) => [m.uid, m.to]).sort()).toEqual(RECIPIENTS.map((to) => [again.iCalUId, to]));
  });

  it("a parents' evening sent twice (its first answer lost) adopts the meetings already made", async () => {
    const starts = ['2026-06-09T15:30:00Z', '2026-06-09T15:50:00Z'];
    const requests = starts.map((start) => ({ review: reviewAt(start, 15), plan, reminderMinutes: 60 }));
    let lost = false;
    const calendar = calendarFor({
      wrapFetch: (real) => async (input, init) => {
        const response = await real(input, init);
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (!lost && url.endsWith('/$batch')) {
          lost = true;
          throw new TypeError('The connection was reset.');
        }
        return response;
      },
    });
    const messagesBefore = (await allOutbox()).length;
    await expect(calendar.createReviewEvents(requests)).rejects.toBeInstanceOf(Offline);
    const results = await calendar.createReviewEvents(requests);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    const events = await eventsAsSenco();
    for (const result of results) {
      if (!result.ok) continue;
      expect(events.filter((e) => e.iCalUId === result.event.iCalUId).map((e) => e.id)).toEqual([
        result.event.eventId,
      ]);
    }
    // One invitation per family and teacher for each meeting, none from the second send.
    expect((await allOutbox()).length - messagesBefore).toBe(2 * RECIPIENTS.length);
  });

  it('says when a Teams meeting was asked for but Microsoft 365 made the meeting without a Teams link', async () => {
    const online = (start: string): Review => ({ ...reviewAt(start), online: true, location: '' });
    const withTeams = await calendarFor().createReviewEvent({
      review: online('2026-07-06T15:00:00Z'),
      plan,
      reminderMinutes: 30,
    });
    expect(withTeams.teamsLinkMissing).toBeUndefined();
    // The head teacher's mailbox has no Teams meetings (allowedOnlineMeetingProviders is empty).
    const withoutTeams = await calendarFor({ user: HEAD.email }).createReviewEvent({
      review: online('2026-07-07T15:00:00Z'),
      plan,
      reminderMinutes: 30,
    });
    expect(withoutTeams.teamsLinkMissing).toBe(true);
    // The meeting was still made and the invitations still went.
    expect((await outbox(withoutTeams.iCalUId)).map((m) => m.kind)).toContain('invitation');
  });

  it('moves a meeting across the clocks change: every attendee gets an update with a higher SEQUENCE at the right time', async () => {
    const calendar = calendarFor();
    const created = await calendar.createReviewEvent({
      review: reviewAt('2026-03-30T15:00:00Z'),
      plan,
      reminderMinutes: 30,
    });
    const [invitation] = await outbox(created.iCalUId);
    const first = readIcs(await icsFile(invitation?.file ?? ''));
    // Monday 30 March 2026 is the day after the clocks go forward: 16:00 BST is 15:00 UTC.
    expect(first.rawStart).toBe('DTSTART;TZID=Europe/London:20260330T160000');
    expect(first.startUtc).toBe('2026-03-30T15:00:00.000Z');

    // Monday 26 October 2026 is the day after the clocks go back: 16:00 GMT is 16:00 UTC.
    await calendar.rescheduleReviewEvent(
      created.eventId,
      '2026-10-26T16:00:00Z',
      '2026-10-26T16:45:00Z',
      'Europe/London',
    );
    const updates = (await outbox(created.iCalUId)).filter((m) => m.kind === 'update');
    expect(updates.map((m) => m.to).sort()).toEqual(RECIPIENTS);
    for (const update of updates) {
      const ics = readIcs(await icsFile(update.file));
      expect(ics.method).toBe('REQUEST');
      expect(ics.uid).toBe(created.iCalUId);
      expect(ics.sequence).toBeGreaterThan(first.sequence);
      expect(ics.rawStart).toBe('DTSTART;TZID=Europe/London:20261026T160000');
      expect(ics.startUtc).toBe('2026-10-26T16:00:00.000Z');
    }

    const stored = await fetch(`${standIn.url}/v1.0/me/events/${encodeURIComponent(created.eventId)}`, {
      headers: {
        Authorization: `Bearer local-dev-token:${SENCO.email}`,
        Prefer: 'outlook.timezone="GMT Standard Time"',
      },
    });
    expect(((await stored.json()) as { start: unknown }).start).toEqual({
      dateTime: '2026-10-26T16:00:00.0000000',
      timeZone: 'GMT Standard Time',
    });
  });

  it('cancels: every attendee gets a METHOD:CANCEL, and only the organiser may cancel', async () => {
    const calendar = calendarFor();
    const created = await calendar.createReviewEvent({
      review: reviewAt('2026-11-30T16:00:00Z'),
      plan,
      reminderMinutes: 60,
    });

    // The class teacher has a copy of the meeting in her own calendar, but did not organise it.
    const teacherCopy = (await (
      await fetch(`${standIn.url}/v1.0/me/events?$top=1000`, {
        headers: { Authorization: `Bearer local-dev-token:${TEACHER.email}` },
      })
    ).json()) as { value: { id: string; iCalUId: string }[] };
    const copyId = teacherCopy.value.find((e) => e.iCalUId === created.iCalUId)?.id ?? '';
    await expect(calendarFor({ user: TEACHER.email }).cancelReviewEvent(copyId, 'No')).rejects.toThrow(
      /organizer/,
    );

    await calendar.cancelReviewEvent(created.eventId, 'We need to rearrange; a new invitation will follow.');
    const cancellations = (await outbox(created.iCalUId)).filter((m) => m.kind === 'cancellation');
    expect(cancellations.map((m) => m.to).sort()).toEqual(RECIPIENTS);
    for (const message of cancellations) {
      const ics = readIcs(await icsFile(message.file));
      expect(ics.method).toBe('CANCEL');
      expect(ics.status).toBe('CANCELLED');
      expect(ics.sequence).toBe(1);
    }
  });

  it("escapes a parent's name and a note with markup in the invitation body and in the .ics", async () => {
    const calendar = calendarFor();
    const created = await calendar.createReviewEvent({
      review: reviewAt('2026-12-01T16:00:00Z'),
      plan,
      reminderMinutes: 0,
      note: NOTE,
    });
    const response = await fetch(`${standIn.url}/v1.0/me/events/${encodeURIComponent(created.eventId)}`, {
      headers: { Authorization: `Bearer local-dev-token:${SENCO.email}` },
    });
    const event = (await response.json()) as {
      body: { contentType: string; content: string };
      attendees: { emailAddress: { name: string } }[];
    };
    expect(event.body.contentType).toBe('html');
    expect(event.body.content).not.toMatch(/<script/i);
    expect(event.body.content).toContain(
      'Please bring &lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; the reading record',
    );
    expect(event.attendees.map((a) => a.emailAddress.name)).toContain(PARENT.name);

    const toParent = (await outbox(created.iCalUId)).find((m) => m.to === PARENT.email);
    const raw = await icsFile(toParent?.file ?? '');
    expect(raw.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const ics = readIcs(raw);
    expect(ics.attendeeNames).toContain(PARENT.name);
    // The HTML version keeps the markup escaped; the plain-text version carries the note as plain text.
    expect(ics.altDescription).toContain('&lt;script&gt;');
    expect(ics.altDescription).not.toMatch(/<script/i);
    expect(ics.description).toContain(NOTE);
  });

  it('suggests times when the seeded staff calendars are free, and falls back to free/busy', async () => {
    const calendar = calendarFor();
    // Tuesday 14 April 2026: the SENCO has an EHCP review 13:00-15:00 and lunch duty; Emma teaches until 15:15.
    const slots = await calendar.suggestTimes({
      attendees: [TEACHER],
      durationMinutes: 30,
      from: '2026-04-14T07:00:00Z',
      to: '2026-04-14T16:00:00Z',
      timeZone: 'Europe/London',
    });
    const starts = slots.map((s) => s.start);
    expect(starts).toContain('2026-04-14T14:30:00.000Z'); // 15:30 BST, after lessons
    expect(starts).not.toContain('2026-04-14T12:00:00.000Z'); // 13:00 BST: the EHCP review
    expect(starts).not.toContain('2026-04-14T09:00:00.000Z'); // 10:00 BST: lessons

    // 17:00-17:30 London is outside findMeetingTimes' working hours, but free/busy shows everyone free.
    const fallback = await calendar.suggestTimes({
      attendees: [TEACHER],
      durationMinutes: 30,
      from: '2026-04-16T16:00:00Z',
      to: '2026-04-16T16:30:00Z',
      timeZone: 'Europe/London',
    });
    expect(fallback.map((s) => s.start)).toEqual(['2026-04-16T16:00:00.000Z']);
    expect(fallback[0]?.confidence).toBe(50);
  });
});
