/** Stored shapes of the stand-in's calendar (what the journal holds, not what Graph prints). */
export interface StoredEmailAddress {
  readonly name: string;
  readonly address: string;
}

export interface StoredAttendee {
  readonly type: 'required' | 'optional' | 'resource';
  readonly emailAddress: StoredEmailAddress;
  readonly response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
}

export interface StoredLocation {
  readonly displayName: string;
  readonly locationType: string;
  readonly locationUri?: string;
  readonly locationEmailAddress?: string;
}

/** A MAPI named property set through `singleValueExtendedProperties` (id as Graph spells it). */
export interface StoredExtendedProperty {
  readonly id: string;
  readonly value: string;
}

export interface StoredEvent {
  readonly id: string;
  readonly iCalUId: string;
  readonly changeKey: string;
  /** Directory id of the user whose calendar holds this copy. */
  readonly mailboxUserId: string;
  readonly isOrganizer: boolean;
  readonly organizer: StoredEmailAddress;
  readonly transactionId: string | null;
  readonly subject: string;
  readonly body: { readonly contentType: 'text' | 'html'; readonly content: string };
  readonly startUtcMs: number;
  readonly endUtcMs: number;
  /** The zone the organiser gave, as given (Windows or IANA name). */
  readonly originalStartTimeZone: string;
  readonly originalEndTimeZone: string;
  readonly attendees: readonly StoredAttendee[];
  readonly location: StoredLocation | null;
  readonly isOnlineMeeting: boolean;
  readonly onlineMeetingProvider: 'unknown' | 'skypeForBusiness' | 'skypeForConsumer' | 'teamsForBusiness';
  readonly joinUrl: string | null;
  readonly isReminderOn: boolean;
  readonly reminderMinutesBeforeStart: number;
  readonly sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  readonly showAs: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  readonly importance: 'low' | 'normal' | 'high';
  readonly responseRequested: boolean;
  readonly allowNewTimeProposals: boolean;
  readonly categories: readonly string[];
  /**
   * Each attendee sees only themselves in the invitation and their copy (Graph's `hideAttendees`).
   * Optional because events journalled before it was kept have none: they show everyone.
   */
  readonly hideAttendees?: boolean;
  /** Stored but never printed: Graph shows them only through `$expand` (not offered here) or `$filter`. */
  readonly extendedProperties?: readonly StoredExtendedProperty[];
  readonly isCancelled: boolean;
  /** iCalendar SEQUENCE: raised on every change attendees are told about. */
  readonly sequence: number;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
}

/** One message the stand-in "sent": an .ics file for one recipient, listed in the outbox index. */
export interface OutboxMessage {
  readonly file: string;
  readonly sentAt: string;
  readonly method: 'REQUEST' | 'CANCEL';
  /** invitation (first REQUEST), update (later REQUEST) or cancellation. */
  readonly kind: 'invitation' | 'update' | 'cancellation';
  readonly to: string;
  readonly toName: string;
  readonly from: string;
  readonly subject: string;
  readonly uid: string;
  readonly sequence: number;
  readonly eventId: string;
  readonly ics: string;
}
