import { randomBytes } from 'node:crypto';
import { GraphError, invalidRequest } from '../core/errors';
import type { Directory } from '../directory/directory';
import { allowedOnlineMeetingProviders, type DirectoryUser } from '../directory/model';
import type { Collection, JournalStore } from '../persistence/journalStore';
import type { EventChanges } from './eventInput';
import { mergeExtendedProperties } from './extendedProperties';
import type { StoredEmailAddress, StoredEvent } from './model';
import type { Outbox } from './outbox';

/**
 * Events in users' calendars, as Exchange keeps them: the organiser's event plus a copy in the
 * calendar of every attendee who is in the tenant, all sharing one iCalUId. Changes the attendees
 * must hear about raise SEQUENCE and go to the outbox. A second POST with a transactionId the
 * organiser already used creates nothing and is refused (see `duplicateTransaction`).
 */
const NOTIFYING_FIELDS = [
  'subject',
  'body',
  'start',
  'end',
  'location',
  'attendees',
  'isOnlineMeeting',
] as const;

const itemNotFound = (): GraphError =>
  new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

/**
 * Exchange's answer to a retried POST whose transactionId already made an event: 400 with this code,
 * not the first event (as reported by Graph users; the docs only say such a POST is recognised:
 * https://learn.microsoft.com/en-us/graph/api/resources/event?view=graph-rest-1.0#properties).
 */
const duplicateTransaction = (): GraphError =>
  new GraphError(
    400,
    'ErrorDuplicateTransactionId',
    "Your request can't be completed. The TransactionId specified in the request has already been used to create a different event.",
  );

const newEventId = (): string => `AAMkAD${randomBytes(30).toString('base64url')}AAA=`;
const newICalUId = (): string =>
  `040000008200E00074C5B7101A82E00800000000${randomBytes(16).toString('hex').toUpperCase()}`;
const newChangeKey = (): string => randomBytes(12).toString('base64');

const addressOf = (user: DirectoryUser): StoredEmailAddress => ({
  name: user.displayName,
  address: user.mail,
});
const sameAddress = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export class CalendarStore {
  private readonly events: Collection<StoredEvent>;
  /** `<mailbox user id> <transactionId>` → the event that transaction created. */
  private readonly transactions: Collection<string>;

  constructor(
    store: JournalStore,
    private readonly directory: Directory,
    private readonly outbox: Outbox,
    private readonly joinUrlBase: () => string,
  ) {
    this.events = store.collection<StoredEvent>('calendar.events');
    this.transactions = store.collection<string>('calendar.transactions');
  }

  find(mailbox: DirectoryUser, id: string): StoredEvent {
    const event = this.events.get(id);
    if (!event || event.mailboxUserId !== mailbox.id) throw itemNotFound();
    return event;
  }

  /** Events in a user's calendar (cancelled ones have gone to Deleted Items). */
  inMailbox(userId: string): StoredEvent[] {
    return [...this.events.values()]
      .filter((e) => e.mailboxUserId === userId && !e.isCancelled)
      .sort((a, b) => a.startUtcMs - b.startUtcMs);
  }

  /** Creates an event; refuses a transactionId this organiser already used. */
  create(mailbox: DirectoryUser, changes: EventChanges, now: Date): StoredEvent {
    if (changes.transactionId) {
      const existingId = this.transactions.get(`${mailbox.id} ${changes.transactionId}`);
      if (existingId && this.events.get(existingId)) throw duplicateTransaction();
    }
    if (!changes.start || !changes.end) throw invalidRequest('An event needs both a start and an end.');
    if (changes.end.utcMs < changes.start.utcMs)
      throw invalidRequest('The end of the event must be after its start.');
    const stamp = now.toISOString();
    const online = this.onlineMeetingAllowed(mailbox, changes);
    const event: StoredEvent = {
      id: newEventId(),
      iCalUId: newICalUId(),
      changeKey: newChangeKey(),
      mailboxUserId: mailbox.id,
      isOrganizer: true,
      organizer: addressOf(mailbox),
      transactionId: changes.transactionId ?? null,
      subject: changes.subject ?? '',
      body: changes.body ?? { contentType: 'text', content: '' },
      startUtcMs: changes.start.utcMs,
      endUtcMs: changes.end.utcMs,
      originalStartTimeZone: changes.start.zone,
      originalEndTimeZone: changes.end.zone,
      attendees: (changes.attendees ?? []).filter((a) => !sameAddress(a.emailAddress.address, mailbox.mail)),
      location: changes.location ?? null,
      isOnlineMeeting: online,
      onlineMeetingProvider: online ? (changes.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown',
      joinUrl: online ? `${this.joinUrlBase()}/teams-meeting/${randomBytes(8).toString('hex')}` : null,
      isReminderOn: changes.isReminderOn ?? true,
      reminderMinutesBeforeStart: changes.reminderMinutesBeforeStart ?? 15,
      sensitivity: changes.sensitivity ?? 'normal',
      showAs: changes.showAs ?? 'busy',
      importance: changes.importance ?? 'normal',
      responseRequested: changes.responseRequested ?? true,
      allowNewTimeProposals: changes.allowNewTimeProposals ?? true,
      categories: changes.categories ?? [],
      hideAttendees: changes.hideAttendees ?? false,
      extendedProperties: changes.extendedProperties ?? [],
      isCancelled: false,
      sequence: 0,
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
    };
    this.events.put(event.id, event);
    if (event.transactionId) this.transactions.put(`${mailbox.id} ${event.transactionId}`, event.id);
    this.syncAttendeeCopies(event, []);
    this.outbox.send(
      event,
      'invitation',
      event.attendees.map((a) => a.emailAddress),
      now,
    );
    return event;
  }

  /**
   * Whether the organiser's calendar can hold the online meeting asked for. When the provider is not in
   * the calendar's allowedOnlineMeetingProviders (Teams not licensed or turned off for the mailbox), Graph
   * still creates the event, but as an ordinary one with no link (microsoftgraph/microsoft-graph-docs-contrib#1027).
   */
  private onlineMeetingAllowed(mailbox: DirectoryUser, changes: EventChanges): boolean {
    if (!changes.isOnlineMeeting) return false;
    const provider = changes.onlineMeetingProvider ?? 'teamsForBusiness';
    return allowedOnlineMeetingProviders(mailbox).includes(provider);
  }

  update(mailbox: DirectoryUser, id: string, changes: EventChanges, now: Date): StoredEvent {
    const current = this.find(mailbox, id);
    if (current.isCancelled)
      throw new GraphError(
        400,
        'ErrorItemNotFound',
        'The meeting has been cancelled and can no longer be changed.',
      );
    if (changes.transactionId && changes.transactionId !== current.transactionId) {
      throw invalidRequest('The transactionId of an event cannot be changed after it is created.');
    }
    const start = changes.start ?? { utcMs: current.startUtcMs, zone: current.originalStartTimeZone };
    const end = changes.end ?? { utcMs: current.endUtcMs, zone: current.originalEndTimeZone };
    if (end.utcMs < start.utcMs) throw invalidRequest('The end of the event must be after its start.');
    const notify = current.isOrganizer && NOTIFYING_FIELDS.some((field) => changes[field] !== undefined);
    const { start: _s, end: _e, extendedProperties, ...plain } = changes;
    const online =
      changes.isOnlineMeeting === undefined
        ? current.isOnlineMeeting
        : this.onlineMeetingAllowed(mailbox, {
            isOnlineMeeting: changes.isOnlineMeeting,
            onlineMeetingProvider: changes.onlineMeetingProvider ?? current.onlineMeetingProvider,
          });
    const next: StoredEvent = {
      ...current,
      ...plain,
      isOnlineMeeting: online,
      onlineMeetingProvider: online
        ? (changes.onlineMeetingProvider ?? current.onlineMeetingProvider)
        : 'unknown',
      attendees: (changes.attendees ?? current.attendees).filter(
        (a) => !sameAddress(a.emailAddress.address, current.organizer.address),
      ),
      extendedProperties: mergeExtendedProperties(current.extendedProperties ?? [], extendedProperties ?? []),
      startUtcMs: start.utcMs,
      endUtcMs: end.utcMs,
      originalStartTimeZone: start.zone,
      originalEndTimeZone: end.zone,
      joinUrl: online
        ? (current.joinUrl ?? `${this.joinUrlBase()}/teams-meeting/${randomBytes(8).toString('hex')}`)
        : null,
      changeKey: newChangeKey(),
      sequence: notify ? current.sequence + 1 : current.sequence,
      lastModifiedDateTime: now.toISOString(),
    };
    this.events.put(next.id, next);
    if (!notify) return next;
    const removed = current.attendees.filter(
      (a) => !next.attendees.some((b) => sameAddress(a.emailAddress.address, b.emailAddress.address)),
    );
    this.syncAttendeeCopies(
      next,
      removed.map((a) => a.emailAddress),
    );
    this.outbox.send(
      next,
      'update',
      next.attendees.map((a) => a.emailAddress),
      now,
    );
    if (removed.length > 0)
      this.outbox.send(
        next,
        'cancellation',
        removed.map((a) => a.emailAddress),
        now,
      );
    return next;
  }

  /** Only the organiser may cancel; a second cancel of the same meeting sends nothing more. */
  cancel(mailbox: DirectoryUser, id: string, comment: string, now: Date): void {
    const current = this.find(mailbox, id);
    if (!current.isOrganizer) {
      throw new GraphError(
        400,
        'ErrorAccessDenied',
        "Your request can't be completed. You need to be an organizer to cancel a meeting.",
      );
    }
    if (current.isCancelled) return;
    const cancelled: StoredEvent = {
      ...current,
      isCancelled: true,
      sequence: current.sequence + 1,
      changeKey: newChangeKey(),
      lastModifiedDateTime: now.toISOString(),
    };
    this.events.put(cancelled.id, cancelled);
    this.syncAttendeeCopies(cancelled, []);
    this.outbox.send(
      cancelled,
      'cancellation',
      cancelled.attendees.map((a) => a.emailAddress),
      now,
      comment,
    );
  }

  /** Keeps each in-tenant attendee's copy in step with the organiser's event. */
  private syncAttendeeCopies(event: StoredEvent, removed: readonly StoredEmailAddress[]): void {
    const copies = [...this.events.values()].filter((e) => e.iCalUId === event.iCalUId && !e.isOrganizer);
    for (const copy of copies) {
      if (removed.some((r) => this.directory.findUser(r.address)?.id === copy.mailboxUserId))
        this.events.delete(copy.id);
    }
    for (const attendee of event.attendees) {
      const user = this.directory.findUser(attendee.emailAddress.address);
      if (!user || user.id === event.mailboxUserId) continue;
      const existing = copies.find((c) => c.mailboxUserId === user.id);
      const id = existing?.id ?? newEventId();
      this.events.put(id, {
        ...event,
        id,
        mailboxUserId: user.id,
        isOrganizer: false,
        attendees: event.hideAttendees === true ? [attendee] : event.attendees,
        transactionId: null,
        // The organiser's own named properties stay in the organiser's item; invitations do not carry them.
        extendedProperties: [],
        changeKey: newChangeKey(),
        createdDateTime: existing?.createdDateTime ?? event.lastModifiedDateTime,
      });
    }
  }
}
