import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInServices } from '../core/services';
import { CONTENT_SECURITY_POLICY } from '../static';
import { calendarOf } from '../routes/calendar';

/**
 * `GET /outbox` (the JSON index of every message the stand-in "sent") and `GET /outbox/{file}` (one
 * `.ics`). Not part of Graph, so outside `/v1.0`; served to the local tab's Outbox page on the same
 * origin. Only invented demo data ever reaches it.
 */
export const isOutboxPath = (rawPath: string): boolean =>
  rawPath === '/outbox' || rawPath.startsWith('/outbox/');

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

const send = (
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  extra: Record<string, string> = {},
): void => {
  res.writeHead(status, {
    ...HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(body);
};

export const serveOutbox = (
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  services: StandInServices,
): void => {
  if (req.method !== 'GET') {
    send(res, 405, 'text/plain; charset=utf-8', 'The outbox is read-only.', { Allow: 'GET' });
    return;
  }
  const { outbox } = calendarOf(services);
  if (rawPath === '/outbox' || rawPath === '/outbox/') {
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ messages: outbox.list() }));
    return;
  }
  let file: string;
  try {
    file = decodeURIComponent(rawPath.slice('/outbox/'.length));
  } catch {
    send(res, 400, 'text/plain; charset=utf-8', 'Bad file name.');
    return;
  }
  const message = /^[a-z0-9.-]+\.ics$/.test(file) ? outbox.get(file) : undefined;
  if (!message) {
    send(res, 404, 'text/plain; charset=utf-8', 'No such message in the outbox.');
    return;
  }
  send(res, 200, 'text/calendar; charset=utf-8; method=' + message.method, message.ics, {
    'Content-Disposition': `attachment; filename="${file}"`,
  });
};
