import { GraphError } from '@microsoft/microsoft-graph-client';
import {
  AccessDenied,
  EditConflict,
  Invalid,
  NotFound,
  Offline,
  RecordLocked,
  ServiceError,
  Throttled,
} from '../domain/errors';
import { domainErrorFromStatus, parseRetryAfter, toDomainError } from './httpErrors';

const plan = { kind: 'plan', id: '7' } as const;

describe('one mapping from HTTP to domain errors', () => {
  test.each([
    [404, NotFound],
    [412, EditConflict],
    [429, Throttled],
    [503, Throttled],
    [401, AccessDenied],
    [403, AccessDenied],
    [423, RecordLocked],
    [500, ServiceError],
    [409, ServiceError],
  ])('HTTP %i becomes %p', (status, type) => {
    expect(domainErrorFromStatus({ status }, plan)).toBeInstanceOf(type);
  });

  test('a refusal that says the item is a record is a locked record, whatever its status', () => {
    const said =
      'This item cannot be deleted, moved, or renamed because it is either on hold or is a record which blocks deletion.';
    expect(domainErrorFromStatus({ status: 403, message: said }, plan)).toBeInstanceOf(RecordLocked);
    expect(domainErrorFromStatus({ status: 400, message: said }, plan)).toBeInstanceOf(RecordLocked);
    expect(domainErrorFromStatus({ status: 403, message: 'Access denied.' }, plan)).toBeInstanceOf(
      AccessDenied,
    );
  });

  test('the item is named, so the user is told which plan was not found', () => {
    const error = domainErrorFromStatus({ status: 404 }, plan);
    expect(error.message).toBe('The plan 7 was not found.');
  });

  test('throttling keeps the Retry-After the service asked for', () => {
    const error = domainErrorFromStatus({ status: 429, retryAfterSeconds: 12 });
    expect(error).toBeInstanceOf(Throttled);
    expect((error as Throttled).retryAfterSeconds).toBe(12);
  });

  test('a 400 that names a column becomes Invalid on that field; any other 400 is a service error', () => {
    const named = domainErrorFromStatus({
      status: 400,
      message: "Field 'PupilName' cannot be referenced in filter or orderby as it is not indexed.",
    });
    expect(named).toBeInstanceOf(Invalid);
    expect((named as Invalid).issues[0]?.path).toBe('PupilName');
    expect(domainErrorFromStatus({ status: 400, message: 'Invalid request' })).toBeInstanceOf(ServiceError);
  });

  test('Retry-After is read as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-02-10T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('Tue, 10 Feb 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });

  test('a GraphError from a response maps by its status, with Retry-After from its headers', () => {
    const error = new GraphError(429, 'Too many requests');
    error.headers = new Headers({ 'Retry-After': '3' });
    const mapped = toDomainError(error);
    expect(mapped).toBeInstanceOf(Throttled);
    expect((mapped as Throttled).retryAfterSeconds).toBe(3);
  });

  test('fetch failing (no network) is Offline, whether wrapped by the SDK or not', () => {
    const wrapped = new GraphError(-1, 'fetch failed');
    wrapped.code = 'TypeError';
    expect(toDomainError(wrapped)).toBeInstanceOf(Offline);
    expect(toDomainError(new TypeError('fetch failed'))).toBeInstanceOf(Offline);
  });

  test('domain errors pass through unchanged; a programming TypeError is not mistaken for Offline', () => {
    const conflict = new EditConflict(plan, null, null);
    expect(toDomainError(conflict)).toBe(conflict);
    expect(toDomainError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBeInstanceOf(
      ServiceError,
    );
  });
});

test('the list view threshold is not "busy, try later": it is reported as a service error', () => {
  const error = domainErrorFromStatus({
    status: 429,
    message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
  });
  expect(error).toBeInstanceOf(ServiceError);
  expect(error).not.toBeInstanceOf(Throttled);
});
