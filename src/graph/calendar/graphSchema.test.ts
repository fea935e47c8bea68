import fs from 'node:fs';
import path from 'node:path';
import { asReviewId, ReviewSchema, type Review } from '../../domain';
import { buildPlan } from '../../../test/support/planBuilder';
import { createGraphClient } from '../client';
import { createGraphReviewCalendar } from './graphReviewCalendar';

/**
 * Every request body the calendar adapter sends must use only names Graph's v1.0 schema declares:
 * properties of `event` and its complex types, enum members, and action parameters. The schema is a
 * verbatim excerpt of v1.0-Prod.csdl (test/fixtures/graph/calendar-types.csdl.xml).
 */
const CSDL = fs.readFileSync(
  path.resolve(__dirname, '../../../test/fixtures/graph/calendar-types.csdl.xml'),
  'utf8',
);

interface StructuredType {
  readonly base: string | null;
  readonly properties: Map<string, string>;
}

const structured = new Map<string, StructuredType>();
for (const match of CSDL.matchAll(
  /<(?:EntityType|ComplexType) Name="(\w+)"([^>]*?)(\/>|>([\s\S]*?)<\/(?:EntityType|ComplexType)>)/g,
)) {
  const base = /BaseType="graph\.(\w+)"/.exec(match[2] ?? '')?.[1] ?? null;
  const properties = new Map<string, string>();
  for (const p of (match[4] ?? '').matchAll(/<(?:Navigation)?Property Name="(\w+)" Type="([^"]+)"/g))
    properties.set(p[1] as string, p[2] as string);
  structured.set(match[1] as string, { base, properties });
}
const enums = new Map<string, Set<string>>();
for (const match of CSDL.matchAll(/<EnumType Name="(\w+)"[^>]*>([\s\S]*?)<\/EnumType>/g)) {
  enums.set(
    match[1] as string,
    new Set([...(match[2] ?? '').matchAll(/<Member Name="(\w+)"/g)].map((m) => m[1] as string)),
  );
}
const actionParameters = (action: string, boundTo: string): Map<string, string> => {
  for (const match of CSDL.matchAll(/<Action Name="(\w+)"[^>]*>([\s\S]*?)<\/Action>/g)) {
    if (match[1] !== action || !(match[2] ?? '').includes(`Name="bindingParameter" Type="graph.${boundTo}"`))
      continue;
    const parameters = new Map<string, string>();
    for (const p of (match[2] ?? '').matchAll(/<Parameter Name="(\w+)" Type="([^"]+)"/g)) {
      if (p[1] !== 'bindingParameter') parameters.set(p[1] as string, p[2] as string);
    }
    return parameters;
  }
  throw new Error(`No action ${action} bound to ${boundTo} in the schema excerpt.`);
};

const propertyType = (typeName: string, property: string): string | undefined => {
  for (let t: string | null = typeName; t; t = structured.get(t)?.base ?? null) {
    const found = structured.get(t)?.properties.get(property);
    if (found) return found;
  }
  return undefined;
};

/** Problems with `value` as an instance of a CSDL type, as `path: message` strings. */
const check = (value: unknown, type: string, at: string): string[] => {
  const collection = /^Collection\((.+)\)$/.exec(type);
  if (collection) {
    if (!Array.isArray(value)) return [`${at}: expected a collection of ${collection[1]}`];
    return value.flatMap((item, i) => check(item, collection[1] as string, `${at}[${i}]`));
  }
  if (type.startsWith('Edm.')) {
    const ok =
      type === 'Edm.Boolean'
        ? typeof value === 'boolean'
        : /Int|Double/.test(type)
          ? typeof value === 'number'
          : typeof value === 'string';
    return ok || value === null ? [] : [`${at}: ${JSON.stringify(value)} is not ${type}`];
  }
  const name = type.replace(/^graph\./, '');
  const members = enums.get(name);
  if (members)
    return typeof value === 'string' && members.has(value)
      ? []
      : [`${at}: ${JSON.stringify(value)} is not a member of ${name}`];
  if (!structured.has(name)) return [`${at}: type ${name} is missing from the schema excerpt`];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${at}: expected a ${name} object`];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (key.startsWith('@odata.')) return [];
    const innerType = propertyType(name, key);
    return innerType
      ? check(inner, innerType, `${at}.${key}`)
      : [`${at}.${key}: ${name} has no property '${key}'`];
  });
};

const checkAction = (body: unknown, action: string, boundTo: string): string[] => {
  const parameters = actionParameters(action, boundTo);
  return Object.entries(body as Record<string, unknown>).flatMap(([key, value]) => {
    const parameterType = parameters.get(key);
    return parameterType ? check(value, parameterType, key) : [`${action} has no parameter '${key}'`];
  });
};

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A Graph client whose fetch records each request and answers as Graph would, without a network. */
const recordingCalendar = (sharedCalendarMailbox: string | null = null) => {
  const sent: Sent[] = [];
  const answer = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ method, path: url.pathname.replace(/^\/v1\.0/, ''), body });
    if (url.pathname.endsWith('/$batch')) {
      const requests = (body as { requests: { id: string }[] }).requests;
      return answer(200, {
        responses: requests.map((r) => ({
          id: r.id,
          status: 201,
          body: { id: `E${r.id}`, iCalUId: `U${r.id}` },
        })),
      });
    }
    if (url.pathname.endsWith('/cancel')) return answer(202);
    if (url.pathname.endsWith('/findMeetingTimes'))
      return answer(200, { emptySuggestionsReason: 'AttendeesUnavailable', meetingTimeSuggestions: [] });
    if (url.pathname.endsWith('/getSchedule')) return answer(200, { value: [] });
    if (method === 'PATCH') return answer(200, { id: 'E1' });
    return answer(201, { id: 'E1', iCalUId: 'U1' });
  };
  const client = createGraphClient({
    baseUrl: 'https://graph.microsoft.com/',
    getAccessToken: async () => 't',
    scopes: [],
    fetchImpl,
  });
  return { sent, calendar: createGraphReviewCalendar(client, { sharedCalendarMailbox }) };
};

const plan = buildPlan();
const review = (overrides: Partial<Review> = {}): Review =>
  ReviewSchema.parse({
    id: asReviewId('42'),
    seriesId: plan.seriesId,
    planId: plan.id,
    type: 'annual',
    start: '2026-03-30T15:00:00Z',
    end: '2026-03-30T16:00:00Z',
    location: 'SENCO office',
    invitees: [
      { name: 'Alex Taylor', email: 'alex@example.org', role: 'parent-carer' },
      { name: 'Ms Jones', email: 'jones@school.example', role: 'senco', internal: true },
    ],
    ...overrides,
  });

describe('calendar requests against Graph v1.0 schema', () => {
  it('reads the schema excerpt (a sanity check that the checker can fail)', () => {
    expect(check({ subject: 'x', colour: 'red' }, 'graph.event', 'event')).toEqual([
      "event.colour: event has no property 'colour'",
    ]);
    expect(check({ onlineMeetingProvider: 'zoom' }, 'graph.event', 'event')).toHaveLength(1);
    expect(checkAction({ comment: 'x' }, 'cancel', 'event')).toEqual(["cancel has no parameter 'comment'"]);
  });

  it('creates, moves and cancels events with event properties only', async () => {
    const { sent, calendar } = recordingCalendar();
    await calendar.createReviewEvent({
      review: review(),
      plan,
      reminderMinutes: 30,
      note: 'Bring the reading record.',
    });
    await calendar.createReviewEvent({
      review: review({ online: true, location: '' }),
      plan,
      reminderMinutes: 0,
    });
    await calendar.rescheduleReviewEvent(
      'E1',
      '2026-10-26T16:00:00Z',
      '2026-10-26T17:00:00Z',
      'Europe/London',
    );
    await calendar.cancelReviewEvent('E1', 'We need to rearrange.');
    const [created, online, patch, cancel] = sent;
    expect(created?.path).toBe('/me/events');
    expect(check(created?.body, 'graph.event', 'event')).toEqual([]);
    expect(check(online?.body, 'graph.event', 'event')).toEqual([]);
    expect(online?.body).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect(patch?.method).toBe('PATCH');
    expect(check(patch?.body, 'graph.event', 'event')).toEqual([]);
    expect(cancel?.path).toBe('/me/events/E1/cancel');
    expect(checkAction(cancel?.body, 'cancel', 'event')).toEqual([]);
  });

  it('asks for meeting times and free/busy with the actions’ own parameters', async () => {
    const { sent, calendar } = recordingCalendar();
    await calendar.suggestTimes({
      attendees: [{ name: 'Ms Jones', email: 'jones@school.example' }],
      durationMinutes: 45,
      from: '2026-03-30T07:00:00Z',
      to: '2026-03-31T17:00:00Z',
      timeZone: 'Europe/London',
    });
    const [find, schedule] = sent;
    expect(find?.path).toBe('/me/findMeetingTimes');
    expect(checkAction(find?.body, 'findMeetingTimes', 'user')).toEqual([]);
    // No suggestions, so the adapter fell back to free/busy.
    expect(schedule?.path).toBe('/me/calendar/getSchedule');
    expect(checkAction(schedule?.body, 'getSchedule', 'calendar')).toEqual([]);
  });

  it("sends a parents' evening as $batch sub-requests that are events, each with its own transactionId", async () => {
    const { sent, calendar } = recordingCalendar('sen-reviews@school.example');
    const results = await calendar.createReviewEvents([
      { review: review({ id: asReviewId('1') }), plan, reminderMinutes: 15 },
      { review: review({ id: asReviewId('2') }), plan, reminderMinutes: 15 },
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const batch = sent[0]?.body as { requests: { url: string; body: unknown }[] };
    expect(batch.requests.map((r) => r.url)).toEqual([
      '/users/sen-reviews%40school.example/events',
      '/users/sen-reviews%40school.example/events',
    ]);
    for (const request of batch.requests) expect(check(request.body, 'graph.event', 'event')).toEqual([]);
    expect(batch.requests.map((r) => (r.body as { transactionId: string }).transactionId)).toEqual([
      'iep-review-1-1',
      'iep-review-2-1',
    ]);
  });
});

describe('finding a meeting again', () => {
  it('tags each invitation with the review id as a String extended property the schema knows', async () => {
    const { sent, calendar } = recordingCalendar();
    await calendar.createReviewEvent({ review: review(), plan, reminderMinutes: 15 });
    const body = sent[0]?.body as { singleValueExtendedProperties: unknown };
    expect(check(body, 'graph.event', 'event')).toEqual([]);
    expect(body.singleValueExtendedProperties).toEqual([
      { id: 'String {6f3c2b1a-4d5e-4f60-8a7b-9c0d1e2f3a4b} Name IepReviewId', value: '42' },
    ]);
  });
});
