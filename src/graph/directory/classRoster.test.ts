import { AccessDenied, Throttled } from '../../domain/errors';
import { createGraphClient } from '../client';
import { fakeFetch, type FakeAnswer, type SeenRequest } from '../testing/fakeFetch';
import { loadClassRoster } from './classRoster';

const BASE = 'http://127.0.0.1:5123/';
const CLASS = 'class-4b';

const clientWith = (answer: (request: SeenRequest, index: number) => FakeAnswer) => {
  const fake = fakeFetch(answer);
  const client = createGraphClient({
    baseUrl: BASE,
    getAccessToken: () => Promise.resolve('token'),
    scopes: ['EduRoster.ReadBasic'],
    fetchImpl: fake.fetch,
    retry: { maxRetries: 0, delaySeconds: 0 },
  });
  return { client, seen: fake.seen };
};

const educationUser = (
  id: string,
  givenName: string | null,
  surname: string | null,
  primaryRole: string,
  displayName: string | null = `${givenName ?? ''} ${surname ?? ''}`.trim(),
) => ({ id, displayName, givenName, surname, primaryRole });

const notFound = { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'No class' } } };

test('keeps the class roster’s students, not its teachers, sorted by family name then given name', async () => {
  const { client, seen } = clientWith(() => ({
    status: 200,
    body: {
      value: [
        educationUser('t1', 'Emma', 'Clarke', 'teacher'),
        educationUser('s1', 'Zoë', "O'Brien", 'student'),
        educationUser('s2', 'Amara', 'Mensah', 'student'),
        educationUser('s3', 'Ishaan', 'Kapoor', 'student'),
        educationUser('s4', 'Aisha', 'Mensah', 'student'),
        educationUser('n1', 'Visiting', 'Speaker', 'none'),
      ],
    },
  }));
  const roster = await loadClassRoster(client, CLASS);
  expect(roster.source).toBe('education-class');
  expect(roster.students.map((s) => s.displayName)).toEqual([
    'Ishaan Kapoor',
    'Aisha Mensah',
    'Amara Mensah',
    "Zoë O'Brien",
  ]);
  expect(roster.students[0]).toEqual({
    userId: 's3',
    displayName: 'Ishaan Kapoor',
    givenName: 'Ishaan',
    familyName: 'Kapoor',
  });
  const url = new URL(seen[0]?.url ?? '');
  expect(url.pathname).toBe('/v1.0/education/classes/class-4b/members');
  expect(url.searchParams.get('$select')).toBe('id,displayName,givenName,surname,primaryRole');
});

test('sorts accented and apostrophe names as an English class list does', async () => {
  const { client } = clientWith(() => ({
    status: 200,
    body: {
      value: [
        educationUser('a', 'Olly', 'Öztürk', 'student'),
        educationUser('b', 'Ned', 'Oakes', 'student'),
        educationUser('c', 'Siobhán', 'Murphy', 'student'),
        educationUser('d', 'Ava', 'murray', 'student'),
      ],
    },
  }));
  const roster = await loadClassRoster(client, CLASS);
  expect(roster.students.map((s) => s.familyName)).toEqual(['Murphy', 'murray', 'Oakes', 'Öztürk']);
});

test('a student without a display name is still named, from their given and family names', async () => {
  const { client } = clientWith(() => ({
    status: 200,
    body: { value: [educationUser('s1', ' Nia ', 'Adeyemi ', 'student', null)] },
  }));
  const roster = await loadClassRoster(client, CLASS);
  expect(roster.students).toEqual([
    { userId: 's1', displayName: 'Nia Adeyemi', givenName: 'Nia', familyName: 'Adeyemi' },
  ]);
});

test('follows @odata.nextLink until every page of a large class is read', async () => {
  const { client, seen } = clientWith((_, index) =>
    index === 0
      ? {
          status: 200,
          body: {
            value: [educationUser('s1', 'Amara', 'Mensah', 'student')],
            '@odata.nextLink': `${BASE}v1.0/education/classes/${CLASS}/members?$select=id&$skiptoken=abc`,
          },
        }
      : { status: 200, body: { value: [educationUser('s2', 'Harvey', 'Whitfield', 'student')] } },
  );
  const roster = await loadClassRoster(client, CLASS);
  expect(roster.students.map((s) => s.userId)).toEqual(['s1', 's2']);
  expect(seen).toHaveLength(2);
  expect(new URL(seen[1]?.url ?? '').searchParams.get('$skiptoken')).toBe('abc');
});

test('a team that is not an education class gives its members who are not owners or guests', async () => {
  const { client, seen } = clientWith((request) =>
    request.url.includes('/education/')
      ? notFound
      : {
          status: 200,
          body: {
            value: [
              { userId: 'u1', displayName: 'Sarah Hughes', roles: ['owner'] },
              { userId: 'u2', displayName: 'Mary Jane Watson', roles: [] },
              { userId: 'u3', displayName: 'Kofi Asante', roles: null },
              { userId: 'u4', displayName: 'A Visitor', roles: ['guest'] },
              { userId: 'u5', displayName: 'Cher', roles: [] },
            ],
          },
        },
  );
  const roster = await loadClassRoster(client, CLASS);
  expect(roster.source).toBe('team-members');
  expect(roster.students).toEqual([
    { userId: 'u5', displayName: 'Cher', givenName: 'Cher', familyName: '' },
    { userId: 'u3', displayName: 'Kofi Asante', givenName: 'Kofi', familyName: 'Asante' },
    { userId: 'u2', displayName: 'Mary Jane Watson', givenName: 'Mary Jane', familyName: 'Watson' },
  ]);
  expect(new URL(seen[1]?.url ?? '').pathname).toBe('/v1.0/teams/class-4b/members');
});

test('a class the user is not in is refused, and not read again as a team', async () => {
  const { client, seen } = clientWith(() => ({
    status: 403,
    body: { error: { code: 'accessDenied', message: 'Access denied.' } },
  }));
  await expect(loadClassRoster(client, CLASS)).rejects.toBeInstanceOf(AccessDenied);
  expect(seen).toHaveLength(1);
});

test('a failure of the fallback maps through the same errors', async () => {
  const { client } = clientWith((request) =>
    request.url.includes('/education/')
      ? notFound
      : { status: 429, headers: { 'Retry-After': '7' }, body: { error: { code: 'TooManyRequests' } } },
  );
  const failure = await loadClassRoster(client, CLASS).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(Throttled);
  expect((failure as Throttled).retryAfterSeconds).toBe(7);
});
