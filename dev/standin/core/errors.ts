import { JSON_CONTENT_TYPE, type GraphResponse } from './http';

/**
 * An error answered in Graph's shape: `{ error: { code, message, innerError: { date, request-id } } }`.
 * Handlers throw it; the dispatcher turns it into the response.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

/** Graph's own format for `innerError.date`: ISO 8601 without milliseconds or zone. */
const graphErrorDate = (now: Date): string => now.toISOString().slice(0, 19);

export const errorResponse = (
  status: number,
  code: string,
  message: string,
  requestId: string,
  headers: Record<string, string> = {},
): GraphResponse => ({
  status,
  headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers },
  body: {
    error: {
      code,
      message,
      innerError: {
        date: graphErrorDate(new Date()),
        'request-id': requestId,
        'client-request-id': requestId,
      },
    },
  },
});

export const fromGraphError = (error: GraphError, requestId: string): GraphResponse =>
  errorResponse(error.status, error.code, error.message, requestId, error.headers);

export const invalidRequest = (message: string): GraphError => new GraphError(400, 'invalidRequest', message);
export const notFound = (message: string): GraphError => new GraphError(404, 'itemNotFound', message);
export const accessDenied = (): GraphError =>
  new GraphError(
    403,
    'accessDenied',
    'Access denied. You do not have permission to perform this action or access this resource.',
  );

/** OData's own wording when a payload names a property its type does not have. */
export const unknownProperty = (property: string, type: string): GraphError =>
  new GraphError(
    400,
    'invalidRequest',
    `The property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );

export const rejectUnknownProperties = (
  body: Record<string, unknown>,
  allowed: readonly string[],
  type: string,
): void => {
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.')) continue;
    if (!allowed.includes(key)) throw unknownProperty(key, type);
  }
};

export const isRecordOrThrow = (value: unknown, what: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidRequest(`'${what}' must be a JSON object.`);
  }
  return value as Record<string, unknown>;
};
