import type { Clock } from './clock';
import type { DomainError, EditConflict, FieldIssue, ItemRef } from './errors';
import type { ClassTeamId, PlanId, PlanSeriesId, PupilId } from './ids';
import type { Person, StaffIdentity } from './people';
import type { Plan, PlanSummary } from './plan';
import type { PlanHistory } from './planHistory';
import type { NewPupil, Pupil } from './pupil';
import type { ClassTeam } from './classTeam';
import type { RegisterEntry } from './register';
import type { InvitationWording } from './invitationWording';
import type { Review } from './review';
import type { SchoolSettings } from './school';

export type { Clock };

/** An item that came back from SharePoint but does not fit the schema: reported, never fatal for the list. */
export interface ItemProblem {
  readonly item: ItemRef;
  readonly field: string;
  readonly message: string;
}

/** The plans that name one member of staff, and the review meetings booked for them. */
export interface StaffPlans {
  readonly plans: readonly PlanSummary[];
  readonly booked: readonly BookedReview[];
}

export interface ClassDashboard {
  readonly pupils: readonly Pupil[];
  /** The current (not closed) version of each pupil's plan in the class. */
  readonly plans: readonly PlanSummary[];
  /** Review meetings booked for those plans, for the same summary line as the whole-school register. */
  readonly booked: readonly BookedReview[];
  readonly problems: readonly ItemProblem[];
}

export interface PlanDocument {
  readonly plan: Plan;
  readonly reviews: readonly Review[];
  readonly problems: readonly ItemProblem[];
}

export interface ItemFailure {
  readonly item: ItemRef;
  readonly status: number;
  readonly message: string;
}

/**
 * What a save did. Items that saved carry their new eTags in `plan`; a conflicted item keeps the
 * user's version (and old eTag) in `plan` and is listed in `conflicts` with the server's version.
 */
export interface SaveResult {
  readonly plan: Plan;
  readonly conflicts: readonly EditConflict[];
  readonly failures: readonly ItemFailure[];
}

export interface NewPlanRequest {
  readonly pupil: Pupil;
  readonly plan: Omit<Plan, 'id' | 'seriesId' | 'version' | 'status' | 'etag' | 'updatedAt' | 'updatedBy'>;
}

/** A review meeting that is booked (invitations sent, not yet held), for the register's counts. */
export interface BookedReview {
  readonly planSeriesId: PlanSeriesId;
  /** ISO 8601 instant the meeting starts. */
  readonly start: string;
}

/** The whole school's SEN register: read in at most three Graph requests, through indexed queries only. */
export interface SchoolRegister {
  /** Every pupil on the active register, in every class. */
  readonly pupils: readonly Pupil[];
  /** The current (draft or active) version of each pupil's plan. */
  readonly plans: readonly PlanSummary[];
  readonly booked: readonly BookedReview[];
  readonly problems: readonly ItemProblem[];
}

/** Pupils kept as records, off the active register: those who left and those who no longer need support. */
export interface OffRegister {
  readonly pupils: readonly Pupil[];
  readonly problems: readonly ItemProblem[];
}

/** One row of an import (MIS file or class roster) as the SENCO confirmed it in the preview. */
export interface RegisterWrite {
  readonly entry: RegisterEntry;
  /** The class team `entry.className` was matched to. */
  readonly classTeamId: ClassTeamId;
  /** The pupil with the same pupil reference, as read for the preview; null adds a new pupil. */
  readonly existing: Pupil | null;
}

export interface RegisterImportResult {
  readonly added: readonly Pupil[];
  readonly updated: readonly Pupil[];
  /** Pupils someone else changed since the preview read them: not overwritten, shown again. */
  readonly conflicts: readonly EditConflict[];
  readonly failures: readonly ItemFailure[];
}

/** Last year's class team and the one its pupils move to in September. */
export interface ClassMove {
  readonly from: ClassTeamId;
  readonly to: ClassTeam;
}

export interface RolloverResult {
  readonly pupilsMoved: number;
  readonly plansMoved: number;
  readonly conflicts: readonly EditConflict[];
  readonly failures: readonly ItemFailure[];
}

/** Progress of long work (imports, the rollover): items written so far out of the total. */
export type ProgressReport = (done: number, total: number) => void;

export type ReviewSaveResult =
  { readonly ok: true; readonly review: Review } | { readonly ok: false; readonly error: DomainError };

/**
 * Whether a closed version's items now carry the school's record label (docs/RECORDS.md): SharePoint then
 * refuses every change to them. A failure leaves the version closed; labelling again later is safe.
 */
export type RecordLockOutcome =
  | { readonly status: 'locked'; readonly items: number }
  | { readonly status: 'not-configured' }
  | { readonly status: 'failed'; readonly error: DomainError };

export interface IepStore {
  /** Pupils and current plans of one class, in one Graph request. */
  loadClass(classTeamId: ClassTeamId): Promise<ClassDashboard>;
  /**
   * Current plans naming any of these addresses (one member of staff's, see `addressesOf`): the Word
   * task pane's list, in one Graph request.
   */
  listPlansForStaff(addresses: string | readonly string[]): Promise<readonly PlanSummary[]>;
  /** The same plans with their booked review meetings, for the "My pupils" tab: still one request. */
  loadMyPupils(addresses: string | readonly string[]): Promise<StaffPlans>;
  /** A plan version with its targets, evidence and reviews, in one Graph request. */
  openPlan(planId: PlanId): Promise<PlanDocument>;
  /** Every version of a pupil's plan, newest first. */
  listVersions(seriesId: PlanSeriesId): Promise<readonly PlanSummary[]>;
  /**
   * How this plan version changed: the kept versions of its plan item, targets and evidence, with who
   * made each as the store recorded it (in one request after the plan is read).
   */
  planHistory(planId: PlanId): Promise<PlanHistory>;
  createPlan(request: NewPlanRequest): Promise<Plan>;
  /**
   * Deletes a draft (never an active or closed version) with its targets and evidence. Refused with an
   * EditConflict when someone saved the plan item since `draft` was read.
   */
  deleteDraft(draft: Plan): Promise<void>;
  /** Saves what changed between `base` (as read) and `edited`, in as few requests as Graph allows. */
  savePlan(edited: Plan, base: Plan): Promise<SaveResult>;
  saveReview(review: Review): Promise<Review>;
  /** Several review records at once (a parents' evening), each succeeding or failing on its own. */
  saveReviews(reviews: readonly Review[]): Promise<readonly ReviewSaveResult[]>;
  /** Closes `closing`, creates `next` as a new version, records the completed review: one operation. */
  commitNextVersion(
    closing: Plan,
    next: Plan,
    review: Review,
  ): Promise<{
    readonly closed: Plan;
    readonly opened: Plan;
    readonly review: Review;
    /** The closed version labelled as a record, or why not (absent where the store keeps no labels). */
    readonly recordLock?: RecordLockOutcome;
  }>;
  /**
   * Labels every closed version of the pupil's plans as a record (docs/RECORDS.md): after a pupil leaves,
   * and again by an SEN lead when an earlier labelling failed. Absent where the store keeps no labels.
   */
  lockClosedVersions?(pupilId: PupilId): Promise<RecordLockOutcome>;
  findPupil(pupilId: PupilId): Promise<Pupil>;
  /** Every active pupil in the school with their current plans and booked reviews (the SENCO's home). */
  loadRegister(): Promise<SchoolRegister>;
  /** Pupils who left or no longer need support, kept as records (the SENCO can put them back). */
  listOffRegister(): Promise<OffRegister>;
  /** Every version of every plan written for the pupil, the newest first, closed records included. */
  listPupilPlans(pupilId: PupilId): Promise<readonly PlanSummary[]>;
  /** Adds pupils to the register, recording "added" in each one's history. */
  addPupils(pupils: readonly NewPupil[]): Promise<readonly Pupil[]>;
  /**
   * Saves a pupil's register entry under If-Match (EditConflict when someone saved it since `base`),
   * recording the change in its history. A new class moves the pupil's current plans with them;
   * leaving the school closes them (kept, read-only records).
   */
  updatePupil(edited: Pupil, base: Pupil): Promise<Pupil>;
  /** Writes a previewed import: adds and updates in `$batch`es of 20, idempotent by pupil reference. */
  importRegister(rows: readonly RegisterWrite[], onProgress?: ProgressReport): Promise<RegisterImportResult>;
  /** September: moves every active pupil of each `from` class, with their current plans, to `to`. */
  rolloverClasses(moves: readonly ClassMove[], onProgress?: ProgressReport): Promise<RolloverResult>;
}

export interface TimeSlot {
  readonly start: string;
  readonly end: string;
  /** 0-100, from findMeetingTimes. */
  readonly confidence: number;
}

export interface BusyInterval {
  readonly email: string;
  readonly start: string;
  readonly end: string;
}

export interface ScheduleRequest {
  readonly review: Review;
  readonly plan: Plan;
  readonly reminderMinutes: number;
  /** A note from the organiser for the invitation body. */
  readonly note?: string;
  /** The school's wording of the subject and first line; a neutral default when not given. */
  readonly wording?: InvitationWording;
  /** The plan's targets go in the body only when the organiser ticks it for this family. */
  readonly includeTargets?: boolean;
  /**
   * 1 for a review's first invitation; raised only when a cancelled meeting is arranged again, so a
   * retried request is recognised as the same invitation (Graph `transactionId`) and never sent twice.
   */
  readonly attempt?: number;
}

/** One pupil's outcome in a parents' evening batch: each invitation succeeds or fails on its own. */
export type BatchScheduleResult =
  | { readonly reviewId: Review['id']; readonly ok: true; readonly event: ScheduledEvent }
  | { readonly reviewId: Review['id']; readonly ok: false; readonly error: DomainError };

export interface ScheduledEvent {
  readonly eventId: string;
  readonly iCalUId: string;
  /**
   * A Teams meeting was asked for but Microsoft 365 made an ordinary one (Teams not allowed for the
   * organiser's calendar): the invitations went out without a link to join.
   */
  readonly teamsLinkMissing?: boolean;
}

export interface ReviewCalendar {
  /** Suggestions for the internal attendees only: parents are outside the tenant. */
  suggestTimes(request: {
    readonly attendees: readonly Person[];
    readonly durationMinutes: number;
    readonly from: string;
    readonly to: string;
    readonly timeZone: string;
  }): Promise<readonly TimeSlot[]>;
  getBusy(
    emails: readonly string[],
    from: string,
    to: string,
    timeZone: string,
  ): Promise<readonly BusyInterval[]>;
  createReviewEvent(request: ScheduleRequest): Promise<ScheduledEvent>;
  /** Many invitations at once (a parents' evening), in as few requests as Graph allows. */
  createReviewEvents(requests: readonly ScheduleRequest[]): Promise<readonly BatchScheduleResult[]>;
  rescheduleReviewEvent(eventId: string, start: string, end: string, timeZone: string): Promise<void>;
  cancelReviewEvent(eventId: string, message: string): Promise<void>;
}

export interface SettingsStore {
  loadSettings(): Promise<SchoolSettings>;
}

/** Who runs a class team, and the signed-in user's job, to name them on a new plan. */
export interface ClassStaff {
  /** Owners of the class team: the class teacher, and often the SENCO or a head of year too. */
  readonly owners: readonly Person[];
  /** The signed-in user's job title in the directory, e.g. "SENCO"; '' when not set or not readable. */
  readonly myJobTitle: string;
  /** False when the team's members could not be read (no consent, no access). */
  readonly ownersKnown: boolean;
}

/** One class's reminder: how many of its pupils' reviews are overdue or due soon (never who). */
export interface ClassReviewReminder {
  readonly classTeamId: ClassTeamId;
  readonly pupilCount: number;
}

/** What became of one class's reminder. */
export interface ClassReminderOutcome {
  readonly classTeamId: ClassTeamId;
  /** Teachers whose activity feed it reached. */
  readonly reached: number;
  /** Teachers it was sent to but did not reach (refused or throttled to the end). */
  readonly failed: number;
  /** False when the class team's owners could not be read, so nobody was sent anything. */
  readonly teachersKnown: boolean;
}

/** Teams activity-feed reminders to class teachers (TeamsActivity.Send, asked for on first use). */
export interface ReviewReminderSender {
  send(reminders: readonly ClassReviewReminder[]): Promise<readonly ClassReminderOutcome[]>;
}

/** The signed-in member of staff; `addresses` are all their mailbox's addresses (see StaffIdentity). */
export interface CurrentUser extends StaffIdentity {
  readonly name: string;
}

export type { FieldIssue };
