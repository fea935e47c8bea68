import type { StandIn } from './server';
import { DEMO_SCHOOL } from './demoSchool';
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

  it('refuses a repeated transactionId as Exchange does, creating and sending nothing more', async () => {
    const first = await graph(standIn, 'POST', '/me/events', {
      body: event({ transactionId: 'iep-review-9-1' }),
    });
    const sizeAfterFirst = await outboxSize();
    const second = await graph(standIn, 'POST', '/me/events', {
      body: event({ transactionId: 'iep-review-9-1' }),
    });
    expect(first.status).toBe(201);
    expect(second.status).toBe(400);
    expect(errorOf(second).code).toBe('ErrorDuplicateTransactionId');
    expect(await outboxSize()).toBe(sizeAfterFirst);
    // Another organiser may use the same transactionId for a different meeting.
    const other = await graph(standIn, 'POST', '/me/events', {
      as: TEACHER_Y3,
      body: event({ transactionId: 'iep-review-9-1', attendees: [] }),
    });
    expect(other.status).toBe(201);
    expect(other.body['id']).not.toBe(first.body['id']);
  });

  it('keeps a String extended property and finds events by it with singleValueExtendedProperties/Any', async () => {
    const propertyId = 'String {6f3c2b1a-4d5e-4f60-8a7b-9c0d1e2f3a4b} Name IepReviewId';
    const tagged = await graph(standIn, 'POST', '/me/events', {
      body: event({ singleValueExtendedProperties: [{ id: propertyId, value: "r-77'a" }] }),
    });
    await graph(standIn, 'POST', '/me/events', {
      body: event({ singleValueExtendedProperties: [{ id: propertyId, value: 'r-78' }] }),
    });
    expect(tagged.status).toBe(201);
    expect(tagged.body['singleValueExtendedProperties']).toBeUndefined();
    const find = (id: string, value: string) =>
      graph(
        standIn,
        'GET',
        `/me/events?$filter=${encodeURIComponent(
          `singleValueExtendedProperties/Any(ep: ep/id eq '${id}' and ep/value eq '${value}')`,
        )}`,
      );
    const found = await find(propertyId, "R-77''A");
    expect((found.body['value'] as { id: string }[]).map((e) => e.id)).toEqual([tagged.body['id']]);
    // The property's name is case-sensitive; another organiser's calendar is not searched.
    expect((await find(propertyId.replace('IepReviewId', 'iepreviewid'), "r-77''a")).body['value']).toEqual(
      [],
    );
    const elsewhere = await graph(
      standIn,
      'GET',
      `/me/events?$filter=${encodeURIComponent(
        `singleValueExtendedProperties/Any(ep: ep/id eq '${propertyId}' and ep/value eq 'r-78')`,
      )}`,
      { as: TEACHER_Y3 },
    );
    expect(elsewhere.body['value']).toEqual([]);
    // Other filters are refused rather than ignored, and so are malformed property ids.
    expect((await graph(standIn, 'GET', "/me/events?$filter=subject eq 'x'")).status).toBe(400);
    const badId = await graph(standIn, 'POST', '/me/events', {
      body: event({ singleValueExtendedProperties: [{ id: 'IepReviewId', value: '1' }] }),
    });
    expect(badId.status).toBe(400);
  });

  it('creates an ordinary meeting, without a Teams link, for an organiser whose calendar does not allow Teams', async () => {
    const head = DEMO_SCHOOL.users['head']?.email ?? '';
    const calendar = await graph(standIn, 'GET', '/me/calendar', { as: head });
    expect(calendar.body['allowedOnlineMeetingProviders']).toEqual([]);
    const online = { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' };
    const refused = await graph(standIn, 'POST', '/me/events', { as: head, body: event(online) });
    expect(refused.status).toBe(201);
    expect(refused.body).toMatchObject({
      isOnlineMeeting: false,
      onlineMeetingProvider: 'unknown',
      onlineMeeting: null,
    });
    const allowed = await graph(standIn, 'POST', '/me/events', { body: event(online) });
    expect(allowed.body['isOnlineMeeting']).toBe(true);
    expect((allowed.body['onlineMeeting'] as { joinUrl: string }).joinUrl).toMatch(/teams-meeting/);
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
