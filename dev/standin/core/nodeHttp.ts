import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphError } from './errors';
import type { GraphResponse } from './http';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new GraphError(413, 'requestTooLarge', 'The request body is too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A file's bytes as they came (`PUT .../content`), for the routes that store files: a `Buffer` body.
 * Every other request's body is JSON.
 */
export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  return readBytes(req);
}

/** Reads and parses a JSON request body; an empty body is `undefined`. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBytes(req)).toString('utf8');
  if (text.trim().length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphError(400, 'BadRequest', 'The request body is not valid JSON.');
  }
}

/** Node gives lower-case header names; repeated headers are joined as HTTP allows. */
export function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export function writeGraphResponse(res: ServerResponse, response: GraphResponse): void {
  const body = response.body === undefined ? undefined : JSON.stringify(response.body);
  res.writeHead(response.status, {
    ...(response.headers ?? {}),
    ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}),
  });
  res.end(body);
}
