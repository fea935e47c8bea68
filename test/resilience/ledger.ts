/**
 * What the users were told had been saved. Every entry is an acknowledged write (or one confirmed by
 * reading it back after an unclear outcome); the verifier checks the service against it at the end.
 *
 * Versions come from SharePoint eTags (`"{GUID},N"`): N rises by one on every change to an item, so
 * they order the writes to one item the way the service applied them, whatever order the answers
 * reached the three users in.
 */
export type CreatedKind = 'target' | 'evidence' | 'review';

export interface Actor {
  readonly user: string;
  readonly step: number;
}

export interface FieldWrite extends Actor {
  readonly itemKind: 'plan' | 'target';
  readonly itemId: string;
  readonly planId: string;
  readonly field: string;
  readonly value: string;
  /** The item's version after the write (or when it was read back showing the value). */
  readonly version: number;
  /** The version the user had read before saving; null when the value was confirmed by re-reading. */
  readonly baseVersion: number | null;
}

export interface CreatedEntry extends Actor {
  readonly kind: CreatedKind;
  readonly token: string;
  readonly planId: string;
  readonly itemId: string;
  readonly confirmedByReading: boolean;
}

export interface ConflictSeen extends Actor {
  readonly item: string;
  readonly baseVersion: number | null;
  readonly theirVersion: number | null;
}

export interface Meeting extends Actor {
  readonly reviewId: string;
  readonly token: string;
  readonly planId: string;
  readonly organiser: string;
  /** Everyone who should receive mail: the invitees with an email address, less the organiser. */
  readonly recipients: readonly string[];
  eventId: string | null;
  iCalUId: string | null;
  /** The start the last acknowledged schedule or move gave the meeting (ISO, UTC). */
  start: string;
  end: string;
  /** Every iCalUId `createReviewEvent` answered with for this review: one meeting means one. */
  readonly createdUids: Set<string>;
  createCalls: number;
  /** Calls to move the meeting, and how many of them were answered (a lost answer may still have landed). */
  moveCalls: number;
  movesAnswered: number;
}

export interface LedgerSnapshot {
  readonly fields: readonly FieldWrite[];
  readonly created: readonly CreatedEntry[];
  readonly meetings: readonly Meeting[];
}

/** The number in a SharePoint eTag (`"{GUID},7"` → 7), or null for anything else. */
export const versionOf = (etag: string | undefined | null): number | null => {
  const match = /,(\d+)"?$/.exec(etag ?? '');
  return match ? Number(match[1]) : null;
};

/** Unique markers put into every value a user writes, so each can be found (and counted) later. */
export const marker = (token: string): string => `[${token}]`;
// User keys are camel case (`otherTeacher`): a marker the pattern missed would be a create nobody can find.
export const MARKER_PATTERN = /\[(r\d+\.[A-Za-z]+\.\d+(?:\.[a-z]+)?)\]/g;
export const tokensIn = (text: string): string[] => [...text.matchAll(MARKER_PATTERN)].map((m) => m[1] ?? '');

export class Ledger {
  readonly fields: FieldWrite[] = [];
  readonly created: CreatedEntry[] = [];
  readonly conflicts: ConflictSeen[] = [];
  readonly meetings: Meeting[] = [];
  /** Tokens of creates that were sent, acknowledged or not (a lost answer may still have landed). */
  readonly attempted = new Set<string>();
  /**
   * Plans a save of which ended unclear (connection lost, stand-in killed): which of its writes landed
   * is unknown to the product, so the dashboard counts it keeps on the plan may lag until the next save.
   */
  readonly unclearPlans = new Set<string>();
  /** Tokens of changes tried by someone whose role may not make them (refusedOps.ts): none may be stored. */
  readonly refusable = new Set<string>();
  /** Those SharePoint refused with 403, as it must. */
  refusals = 0;
  /** Problems seen while running (unexpected errors, impossible answers); the verifier adds its own. */
  readonly violations: string[] = [];
  /** Errors the users met and retried, by domain error code. */
  readonly retried: Record<string, number> = {};
  readonly operationsByKind: Record<string, number> = {};
  operations = 0;
  /** How many operations the run starts in all (run.ts). */
  planned = Infinity;
  private leftOpen = false;
  /** Set when the run is being abandoned: no new operation starts and retries stop. */
  halted = false;

  acknowledgeField(write: FieldWrite): void {
    this.fields.push(write);
  }

  acknowledgeCreate(entry: CreatedEntry): void {
    this.created.push(entry);
  }

  /** True once a run: the one edit that is left open until a colleague has saved (attempts.ts `leaveOpen`). */
  claimLeftOpen(): boolean {
    if (this.leftOpen) return false;
    this.leftOpen = true;
    return true;
  }

  allStarted(): boolean {
    return this.operations >= this.planned;
  }

  noteRetry(code: string): void {
    this.retried[code] = (this.retried[code] ?? 0) + 1;
  }

  acknowledgedCount(): number {
    return (
      this.fields.length +
      this.created.length +
      this.meetings.filter((m) => m.eventId !== null).length +
      this.meetings.reduce((sum, m) => sum + m.movesAnswered, 0)
    );
  }

  /** A copy of what had been acknowledged so far (meetings copied too: later moves change them). */
  snapshot(): LedgerSnapshot {
    return {
      fields: [...this.fields],
      created: [...this.created],
      meetings: this.meetings
        .filter((m) => m.eventId !== null)
        .map((m) => ({ ...m, createdUids: new Set(m.createdUids) })),
    };
  }
}
