import fs from 'node:fs';
import path from 'node:path';
import type { Collection, JournalStore } from '../persistence/journalStore';
import { htmlToText } from './htmlText';
import { buildIcs } from './ics';
import type { OutboxMessage, StoredEmailAddress, StoredEvent } from './model';
import { ianaZoneOf } from './timeZones';

/**
 * What Outlook would have emailed. Nothing leaves the machine: each invitation, update and
 * cancellation becomes one `.ics` file per recipient, kept in the journal (so it survives restarts)
 * and, when the stand-in has a data folder, written to `<dataDir>/outbox/` with an `index.json`.
 */
export class Outbox {
  private readonly messages: Collection<OutboxMessage>;

  constructor(
    store: JournalStore,
    private readonly folder: string | null,
  ) {
    this.messages = store.collection<OutboxMessage>('calendar.outbox');
  }

  /** Newest last, without the file contents. */
  list(): Omit<OutboxMessage, 'ics'>[] {
    return [...this.messages.values()]
      .sort((a, b) => a.file.localeCompare(b.file))
      .map(({ ics: _ics, ...summary }) => summary);
  }

  get(file: string): OutboxMessage | undefined {
    return this.messages.get(file);
  }

  /** Sends `method` for `event` to each recipient (never to the organiser). */
  send(
    event: StoredEvent,
    kind: OutboxMessage['kind'],
    recipients: readonly StoredEmailAddress[],
    now: Date,
    comment?: string,
  ): OutboxMessage[] {
    const method = kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
    const organiser = event.organizer.address.toLowerCase();
    const zone = ianaZoneOf(event.originalStartTimeZone) ?? 'UTC';
    const icsFor = (recipient: StoredEmailAddress): string =>
      buildIcs({
        method,
        uid: event.iCalUId,
        sequence: event.sequence,
        stamp: now.getTime(),
        startUtcMs: event.startUtcMs,
        endUtcMs: event.endUtcMs,
        zone,
        summary: event.subject,
        location: event.isOnlineMeeting ? 'Microsoft Teams Meeting' : (event.location?.displayName ?? ''),
        descriptionText: this.descriptionText(event),
        descriptionHtml: event.body.contentType === 'html' ? event.body.content : '',
        organizer: { name: event.organizer.name, email: event.organizer.address },
        // With hideAttendees Exchange sends each attendee a request naming only themselves.
        attendees: (event.hideAttendees === true ? [{ emailAddress: recipient }] : event.attendees).map(
          (a) => ({ name: a.emailAddress.name, email: a.emailAddress.address }),
        ),
        reminderMinutes: event.isReminderOn ? event.reminderMinutesBeforeStart : null,
        isPrivate: event.sensitivity === 'private' || event.sensitivity === 'confidential',
        ...(comment ? { comment } : {}),
      });
    const sent: OutboxMessage[] = [];
    const seen = new Set<string>();
    for (const recipient of recipients) {
      const address = recipient.address.toLowerCase();
      if (address === organiser || seen.has(address)) continue;
      seen.add(address);
      const number = String(this.messages.size + 1).padStart(5, '0');
      const file = `${number}-${kind}-${slug(recipient.address)}.ics`;
      const message: OutboxMessage = {
        file,
        sentAt: now.toISOString(),
        method,
        kind,
        to: recipient.address,
        toName: recipient.name,
        from: event.organizer.address,
        subject: kind === 'cancellation' ? `Cancelled: ${event.subject}` : event.subject,
        uid: event.iCalUId,
        sequence: event.sequence,
        eventId: event.id,
        ics: icsFor(recipient),
      };
      this.messages.put(file, message);
      sent.push(message);
    }
    this.writeFiles(sent);
    return sent;
  }

  private descriptionText(event: StoredEvent): string {
    const text = event.body.contentType === 'html' ? htmlToText(event.body.content) : event.body.content;
    return event.joinUrl ? `${text}\n\nJoin the Microsoft Teams meeting: ${event.joinUrl}` : text;
  }

  private writeFiles(sent: readonly OutboxMessage[]): void {
    if (!this.folder || sent.length === 0) return;
    fs.mkdirSync(this.folder, { recursive: true });
    for (const message of sent) fs.writeFileSync(path.join(this.folder, message.file), message.ics, 'utf8');
    fs.writeFileSync(path.join(this.folder, 'index.json'), JSON.stringify(this.list(), null, 2), 'utf8');
  }
}

const slug = (email: string): string =>
  email
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'recipient';
