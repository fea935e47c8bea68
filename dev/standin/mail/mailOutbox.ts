import fs from 'node:fs';
import path from 'node:path';
import type { Collection, JournalStore } from '../persistence/journalStore';

export interface SentAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly contentBase64: string;
}

/** One message sent with `POST /me/sendMail`, as Exchange would have delivered it. */
export interface SentMail {
  readonly id: string;
  readonly sentAt: string;
  readonly from: string;
  readonly fromName: string;
  readonly to: readonly { readonly name: string; readonly address: string }[];
  readonly subject: string;
  readonly bodyContentType: 'html' | 'text';
  readonly body: string;
  readonly savedToSentItems: boolean;
  readonly attachments: readonly SentAttachment[];
}

export type SentMailSummary = Omit<SentMail, 'attachments'> & {
  readonly attachments: readonly Omit<SentAttachment, 'contentBase64'>[];
};

/**
 * Mail the stand-in "sent": nothing leaves the machine. Kept in the journal beside the calendar's
 * invitations, and with a data folder written to `<dataDir>/outbox/mail-NNNNN/` (message.json and each
 * attachment as a file), so a developer can open what a parent would receive.
 */
export class MailOutbox {
  private readonly messages: Collection<SentMail>;

  constructor(
    store: JournalStore,
    private readonly folder: string | null,
  ) {
    this.messages = store.collection<SentMail>('mail.outbox');
  }

  nextId(): string {
    return `mail-${String(this.messages.size + 1).padStart(5, '0')}`;
  }

  add(message: SentMail): void {
    this.messages.put(message.id, message);
    this.writeFiles(message);
  }

  /** Oldest first, without attachment bytes. */
  list(): SentMailSummary[] {
    return [...this.messages.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((m) => ({ ...m, attachments: m.attachments.map(({ contentBase64: _bytes, ...rest }) => rest) }));
  }

  get(id: string): SentMail | undefined {
    return this.messages.get(id);
  }

  private writeFiles(message: SentMail): void {
    if (!this.folder) return;
    const folder = path.join(this.folder, message.id);
    fs.mkdirSync(folder, { recursive: true });
    const { attachments, ...rest } = message;
    fs.writeFileSync(
      path.join(folder, 'message.json'),
      JSON.stringify({ ...rest, attachments: attachments.map((a) => a.name) }, null, 2),
      'utf8',
    );
    attachments.forEach((a, i) =>
      fs.writeFileSync(
        path.join(folder, `${i + 1}-${a.name.replace(/[^\w.() -]+/g, '_')}`),
        Buffer.from(a.contentBase64, 'base64'),
      ),
    );
  }
}
