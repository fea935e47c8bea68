/**
 * Domain errors. The Graph adapters map HTTP failures to these exactly once, so the UI can say
 * what happened and what to do without knowing about HTTP.
 */
export type StoredItemKind =
  | 'pupil'
  | 'plan'
  | 'target'
  | 'evidence'
  | 'review'
  | 'event'
  | 'list'
  | 'site'
  | 'provision'
  | 'placement'
  | 'group-plan';

export interface ItemRef {
  readonly kind: StoredItemKind;
  readonly id: string;
}

export abstract class DomainError extends Error {
  abstract readonly code:
    | 'not-found'
    | 'edit-conflict'
    | 'throttled'
    | 'access-denied'
    | 'invalid'
    | 'offline'
    | 'service'
    | 'record-locked';
  /** One sentence a school user can act on. */
  abstract readonly advice: string;
}

export class NotFound extends DomainError {
  readonly code = 'not-found';
  readonly advice = 'It may have been deleted. Refresh the list to see the current plans.';
  constructor(readonly item: ItemRef) {
    super(`The ${item.kind} ${item.id} was not found.`);
    this.name = 'NotFound';
  }
}

/**
 * Someone else saved the item since it was read (HTTP 412 on If-Match). `theirs` is the server's
 * current version, mapped to the domain type of the item, so the user can compare field by field.
 */
export class EditConflict<T = unknown> extends DomainError {
  readonly code = 'edit-conflict';
  readonly advice =
    'Someone else saved this since you opened it. Compare the changes and choose what to keep.';
  constructor(
    readonly item: ItemRef,
    readonly theirs: T | null,
    readonly theirEtag: string | null,
  ) {
    super(`The ${item.kind} ${item.id} was changed by someone else.`);
    this.name = 'EditConflict';
  }
}

export class Throttled extends DomainError {
  readonly code = 'throttled';
  readonly advice = 'Microsoft 365 is busy. Your changes are kept; try again in a minute.';
  constructor(readonly retryAfterSeconds: number | null) {
    super('Microsoft 365 asked us to slow down (throttled).');
    this.name = 'Throttled';
  }
}

export class AccessDenied extends DomainError {
  readonly code = 'access-denied';
  readonly advice = "You don't have access to IEPs. Ask your SENCO or school IT to add you to the SEN site.";
  constructor(readonly item?: ItemRef) {
    super('Access to the IEP data was refused.');
    this.name = 'AccessDenied';
  }
}

/**
 * SharePoint refused a change because the item is a locked record: a closed plan version carries the
 * school's record label (docs/RECORDS.md), so nobody, SEN leads included, can change or delete it.
 */
export class RecordLocked extends DomainError {
  readonly code = 'record-locked';
  readonly advice =
    'Closed versions are kept unchanged as the record of what was agreed. Open the current version to make changes.';
  constructor(readonly item?: ItemRef) {
    super('This plan version is a locked record: SharePoint keeps it exactly as it was when it closed.');
    this.name = 'RecordLocked';
  }
}

export interface FieldIssue {
  /** Dotted path, e.g. `shortTermTargets.2.text`. */
  readonly path: string;
  /** Names the field as the form labels it. */
  readonly message: string;
}

export class Invalid extends DomainError {
  readonly code = 'invalid';
  readonly advice = 'Correct the highlighted fields and save again.';
  constructor(
    readonly issues: readonly FieldIssue[],
    readonly item?: ItemRef,
  ) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'Invalid';
  }
}

export class Offline extends DomainError {
  readonly code = 'offline';
  readonly advice =
    'Check your connection. Your changes are kept on this device; save again when you are back online.';
  constructor() {
    super('Microsoft 365 could not be reached.');
    this.name = 'Offline';
  }
}

export class ServiceError extends DomainError {
  readonly code = 'service';
  readonly advice =
    'Microsoft 365 reported a problem. Your changes are kept; try again, and tell school IT if it keeps happening.';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
