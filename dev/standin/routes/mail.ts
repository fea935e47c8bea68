import { GraphError, invalidRequest } from '../core/errors';
import { isRecord, type GraphResponse } from '../core/http';
import type { RouteContext } from '../core/router';
import type { StandInServices } from '../core/services';
import { MailOutbox, type SentAttachment } from '../mail/mailOutbox';
import type { RouteModule } from './module';
import { OUTBOX_FOLDER_KEY } from './calendar';

/** The sent mail of one running stand-in, kept with the invitations' outbox folder. */
export const mailOutboxOf = (services: StandInServices): MailOutbox =>
  services.shared(
    'mail.outbox',
    () =>
      new MailOutbox(
        services.store,
        services.shared<string | null>(OUTBOX_FOLDER_KEY, () => null),
      ),
  );

/**
 * Graph takes at most 4 MB in one request; attachments over 3 MB need an upload session
 * (https://learn.microsoft.com/en-us/graph/outlook-large-attachments). Measured on the JSON as sent.
 */
const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** OData parameter names are case-insensitive here: the CSDL says `Message`, the docs `message`. */
const param = (body: Record<string, unknown>, name: string): unknown => {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : body[key];
};

const recipientsOf = (value: unknown): { name: string; address: string }[] => {
  if (!Array.isArray(value) || value.length === 0)
    throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
  return value.map((r) => {
    const email = isRecord(r) && isRecord(r['emailAddress']) ? r['emailAddress'] : null;
    const address = email && typeof email['address'] === 'string' ? email['address'].trim() : '';
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
      throw new GraphError(400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    return { name: typeof email?.['name'] === 'string' ? email['name'] : address, address };
  });
};

const attachmentsOf = (value: unknown): SentAttachment[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidRequest('attachments must be an array.');
  return value.map((a) => {
    if (!isRecord(a) || a['@odata.type'] !== '#microsoft.graph.fileAttachment')
      throw invalidRequest('The stand-in sends file attachments only (#microsoft.graph.fileAttachment).');
    const name = a['name'];
    const bytes = a['contentBytes'];
    if (typeof name !== 'string' || name.trim() === '') throw invalidRequest('An attachment has no name.');
    if (typeof bytes !== 'string' || !BASE64.test(bytes))
      throw invalidRequest(`The attachment '${name}' has no base64 contentBytes.`);
    return {
      name,
      contentType: typeof a['contentType'] === 'string' ? a['contentType'] : 'application/octet-stream',
      size: Buffer.from(bytes, 'base64').length,
      contentBase64: bytes,
    };
  });
};

const sendMail = (ctx: RouteContext): GraphResponse => {
  const body = ctx.req.body;
  if (!isRecord(body)) throw invalidRequest('The request body must be a JSON object with a message.');
  if (Buffer.byteLength(JSON.stringify(body)) > MAX_REQUEST_BYTES)
    throw new GraphError(413, 'ErrorRequestEntityTooLarge', 'The request is larger than 4 MB.');
  const message = param(body, 'message');
  if (!isRecord(message)) throw invalidRequest("The parameter 'Message' is required.");
  const to = recipientsOf(message['toRecipients']);
  const content = isRecord(message['body']) ? message['body'] : {};
  const outbox = mailOutboxOf(ctx.services);
  outbox.add({
    id: outbox.nextId(),
    sentAt: ctx.services.now().toISOString(),
    from: ctx.caller.mail,
    fromName: ctx.caller.displayName,
    to,
    subject: typeof message['subject'] === 'string' ? message['subject'] : '',
    bodyContentType: String(content['contentType'] ?? 'text').toLowerCase() === 'html' ? 'html' : 'text',
    body: typeof content['content'] === 'string' ? content['content'] : '',
    savedToSentItems: param(body, 'saveToSentItems') !== false,
    attachments: attachmentsOf(message['attachments']),
  });
  ctx.services.store.flush();
  // Accepted for delivery; Graph sends no body.
  return { status: 202, headers: {} };
};

export const registerMail: RouteModule = (router) => {
  router.add('POST', '/me/sendMail', sendMail);
};
