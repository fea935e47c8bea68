import type { StandIn } from './server';
import { errorOf, graph, SENCO, startTestStandIn, TEACHER_Y3 } from './testSupport';

/** The stand-in's calendar over plain HTTP: Graph's shapes and refusals, and the outbox. */
let standIn: StandIn;
beforeAll(async () => {
  standIn = await startTestStandIn();
});
afterAll(() => standIn.close());

const LONDON = 'outlook.timezone="GMT Standard Time"';

const event = (overrides: Record<string, unknown> = {}) => ({
  subject: 'Annual review: Sam (IEP)',
  body: { contentType: 'html', content: '<p>Agenda</p>' },
  start: { dateTime: '2026-06-15T16:00:00', timeZone: 'GMT Standard Time' },
  end: { dateTime: '2026-06-15T16:45:00', timeZone: 'GMT Standard Time' },
  attendees: [
    { type: 'required', emailAddress: { address: 'parent@home.example', name: 'A Parent' } },
    { type: 'required', emailAddress: { address: TEACHER_Y3, name: 'Emma Clarke' } },
  ],
  ...overrides,
});

const outboxSize = async (): Promise<number> =>
  ((await (await fetch(`${standIn.url}/outbox`)).json()) as { messages: unknown[] }).messages.length;

describe('stand-in calendar', () => {
  it("refuses a property Graph's event type does not have, in OData's words", async () => {
    const result = await graph(standIn, 'POST', '/me/events', { body: event({ colour: 'blue' }) });
    expect(result.status).toBe(400);
    expect(errorOf(result).message).toMatch(
      /The property 'colour' does not exist on type 'microsoft.graph.event'/,
    );
  });

  it('refuses a time zone Exchange does not know', async () => {
    const result = await graph(standIn, 'POST', '/me/events', {
      body: event({ start: { dateTime: '2026-06-15T16:00:00', timeZone: 'Greenwich Mean Time' } }),
    });
    expect(result.status).toBe(400);
    expect(errorOf(result).code).toBe('TimeZoneNotSupportedException');
  });

  it('answers a repeated transactionId with the same event and sends nothing more', async () => {
    const first = await graph(standIn, 'POST', '/me/events', {
      body: event({ transactionId: 'iep-review-9-1' }),
    });
    const sizeAfterFirst = await outboxSize();
    const second = await graph(standIn, 'POST', '/me/events', {
      body: event({ transactionId: 'iep-review-9-1' }),
    });
    expect(first.status).toBe(201);
    expect(second.body['id']).toBe(first.body['id']);
    expect(await outboxSize()).toBe(sizeAfterFirst);
    // Another organiser may use the same transactionId for a different meeting.
    const other = await graph(standIn, 'POST', '/me/events', {
      as: TEACHER_Y3,
      body: event({ transactionId: 'iep-review-9-1', attendees: [] }),
    });
    expect(other.body['id']).not.toBe(first.body['id']);
  });

  it('prints times in the Prefer zone, and in UTC without it', async () => {
    const created = await graph(standIn, 'POST', '/me/events', {
      body: event(),
      headers: { Prefer: LONDON },
    });
    expect(created.body['start']).toEqual({
      dateTime: '2026-06-15T16:00:00.0000000',
      timeZone: 'GMT Standard Time',
    });
    expect(created.headers.get('preference-applied')).toBe(LONDON);
    const plain = await graph(standIn, 'GET', `/me/events/${encodeURIComponent(String(created.body['id']))}`);
    expect(plain.body['start']).toEqual({ dateTime: '2026-06-15T15:00:00.0000000', timeZone: 'UTC' });
  });

  it('reports free/busy from the seeded timetable, and an error for addresses outside the school', async () => {
    const result = await graph(standIn, 'POST', '/me/calendar/getSchedule', {
      headers: { Prefer: LONDON },
      body: {
        Schedules: [TEACHER_Y3, 'parent@home.example'],
        StartTime: { dateTime: '2026-06-16T08:00:00', timeZone: 'GMT Standard Time' },
        EndTime: { dateTime: '2026-06-16T12:00:00', timeZone: 'GMT Standard Time' },
        AvailabilityViewInterval: 60,
      },
    });
    expect(result.status).toBe(200);
    const [teacher, parent] = result.body.value ?? [];
    // Tuesday: lessons 08:45-10:15 and 10:30-12:00.
    expect(teacher?.['availabilityView']).toBe('2222');
    expect((teacher?.['scheduleItems'] as { subject: string; start: unknown }[])[0]).toMatchObject({
      subject: 'Lessons',
      start: { dateTime: '2026-06-16T08:45:00.0000000', timeZone: 'GMT Standard Time' },
    });
    expect(parent?.['error']).toMatchObject({ responseCode: 'ErrorMailRecipientNotFound' });
  });

  it('lets only the organiser cancel, and answers 202 with no body', async () => {
    const created = await graph(standIn, 'POST', '/me/events', { body: event() });
    const id = encodeURIComponent(String(created.body['id']));
    const unknown = await graph(standIn, 'POST', `/me/events/${id}/cancel`, {
      as: TEACHER_Y3,
      body: { Comment: 'x' },
    });
    expect(unknown.status).toBe(404);
    const cancelled = await fetch(`${standIn.url}/v1.0/me/events/${id}/cancel`, {
      method: 'POST',
      headers: { Authorization: `Bearer local-dev-token:${SENCO}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ Comment: 'Sorry' }),
    });
    expect(cancelled.status).toBe(202);
    expect(await cancelled.text()).toBe('');
  });

  it('serves outbox files by name only', async () => {
    expect((await fetch(`${standIn.url}/outbox/..%2Fsnapshot.ndjson`)).status).toBe(404);
    expect((await fetch(`${standIn.url}/outbox`, { method: 'POST' })).status).toBe(405);
  });
});
