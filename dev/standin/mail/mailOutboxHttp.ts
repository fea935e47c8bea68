import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StandInServices } from '../core/services';
import { mailOutboxOf } from '../routes/mail';

/**
 * `GET /outbox/mail` (every message sent with sendMail, attachments listed without their bytes) and
 * `GET /outbox/mail/{id}/attachments/{n}` (one attachment's bytes, n from 1). Not part of Graph: what a
 * test or a developer reads back, like the invitations' outbox.
 */
export const MAIL_OUTBOX_PREFIX = '/outbox/mail';

export const isMailOutboxPath = (rawPath: string): boolean =>
  rawPath === MAIL_OUTBOX_PREFIX || rawPath.startsWith(`${MAIL_OUTBOX_PREFIX}/`);

const text = (res: ServerResponse, status: number, body: string): void => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
};

export const serveMailOutbox = (
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  services: StandInServices,
): void => {
  if (req.method !== 'GET') return text(res, 405, 'The outbox is read-only.');
  const outbox = mailOutboxOf(services);
  if (rawPath === MAIL_OUTBOX_PREFIX || rawPath === `${MAIL_OUTBOX_PREFIX}/`) {
    const body = JSON.stringify({ messages: outbox.list() });
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
    return;
  }
  const match = /^\/outbox\/mail\/(mail-\d{5})\/attachments\/(\d+)$/.exec(rawPath);
  const message = match ? outbox.get(match[1] ?? '') : undefined;
  const attachment = message?.attachments[Number(match?.[2]) - 1];
  if (!attachment) return text(res, 404, 'No such message or attachment in the outbox.');
  const bytes = Buffer.from(attachment.contentBase64, 'base64');
  res.writeHead(200, {
    'Content-Type': attachment.contentType,
    'Content-Length': String(bytes.length),
    'Content-Disposition': 'attachment',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
};
