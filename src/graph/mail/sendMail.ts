/**
 * `POST /me/sendMail` from the signed-in person's mailbox, with file attachments inline. It answers
 * 202 Accepted with no body. Sending is the one request here that must never happen twice, so the
 * caller learns whether Outlook certainly took it, certainly did not, or may have.
 */
import { ResponseType, type Client } from '@microsoft/microsoft-graph-client';
import { Offline, type DomainError } from '../../domain';
import { domainErrorOfResponse, toDomainError } from '../httpErrors';

export interface MailAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface MailMessage {
  readonly to: readonly { readonly name: string; readonly email: string }[];
  readonly subject: string;
  /** HTML, already escaped by whoever wrote it. */
  readonly htmlBody: string;
  readonly attachments: readonly MailAttachment[];
}

export type SendOutcome =
  | { readonly kind: 'sent' }
  /** Outlook refused it (or asked to wait): nothing went; sending again is safe. */
  | { readonly kind: 'refused'; readonly error: DomainError }
  /** No answer came back: it may have gone. Check Sent Items before sending again. */
  | { readonly kind: 'unknown' };

/** Base64 without Node's Buffer, which the browser bundle does not have. */
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
};

export const sendMailBody = (message: MailMessage): Record<string, unknown> => ({
  message: {
    subject: message.subject,
    body: { contentType: 'HTML', content: message.htmlBody },
    toRecipients: message.to.map((r) => ({ emailAddress: { name: r.name, address: r.email } })),
    attachments: message.attachments.map((a) => ({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: a.name,
      contentType: a.contentType,
      contentBytes: toBase64(a.bytes),
    })),
  },
  // The sender's own record of what went to the family, as any email they write.
  saveToSentItems: true,
});

/**
 * Sends once. The client given must not retry on its own: a 504 from a gateway, or a connection cut
 * after the request left, says nothing about whether Exchange accepted the message.
 */
export const sendMail = async (client: Client, message: MailMessage): Promise<SendOutcome> => {
  let response: Response;
  try {
    response = (await client
      .api('/me/sendMail')
      .responseType(ResponseType.RAW)
      .post(sendMailBody(message))) as Response;
  } catch (error) {
    const failure = toDomainError(error);
    return failure instanceof Offline ? { kind: 'unknown' } : { kind: 'refused', error: failure };
  }
  if (response.ok) return { kind: 'sent' };
  if (response.status === 504 || response.status === 502) return { kind: 'unknown' };
  return { kind: 'refused', error: await domainErrorOfResponse(response) };
};
