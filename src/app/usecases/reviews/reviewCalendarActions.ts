import {
  todayIn,
  type Clock,
  type IepStore,
  type InvitationWording,
  type Plan,
  type Review,
  type ReviewCalendar,
} from '../../../domain';

/**
 * The steps of scheduling, moving and cancelling a review meeting, in the order that makes a retry
 * safe. The review record is saved first, so it has its SharePoint id; the invitation's transactionId
 * comes from that id, so sending again after a failure (throttling, a lost connection) finds the
 * meeting already made instead of inviting everyone twice; then the record notes the meeting.
 */
export interface ReviewActionDeps {
  readonly store: IepStore;
  readonly calendar: ReviewCalendar;
  readonly clock: Clock;
}

export interface ScheduleInput {
  readonly plan: Plan;
  /** The record to schedule: new (no eTag) on the first try, the saved one on a retry. */
  readonly review: Review;
  readonly reminderMinutes: number;
  readonly note: string;
  /** The school's wording of the subject and first line; the neutral default when not given. */
  readonly wording?: InvitationWording;
  /** The plan's targets in the body: only when the organiser ticked it for this family. */
  readonly includeTargets?: boolean;
}

/** Saves the record if it is new; the caller keeps the result and passes it back on a retry. */
export const saveReviewFirst = async (deps: ReviewActionDeps, review: Review): Promise<Review> =>
  review.etag === undefined ? deps.store.saveReview(review) : review;

export interface InvitationsSent {
  readonly review: Review;
  /** A Teams meeting was asked for, but the invitations went without a link to join. */
  readonly teamsLinkMissing: boolean;
}

export const sendInvitations = async (
  deps: ReviewActionDeps,
  input: ScheduleInput,
): Promise<InvitationsSent> => {
  const event = await deps.calendar.createReviewEvent({
    review: input.review,
    plan: input.plan,
    reminderMinutes: input.reminderMinutes,
    note: input.note,
    ...(input.wording ? { wording: input.wording } : {}),
    includeTargets: input.includeTargets === true,
  });
  const review = await deps.store.saveReview({
    ...input.review,
    status: 'scheduled',
    eventId: event.eventId,
    iCalUId: event.iCalUId,
    invitationsSentOn: input.review.invitationsSentOn ?? todayIn(deps.clock, input.review.timeZone),
  });
  return { review, teamsLinkMissing: event.teamsLinkMissing === true };
};

export const rescheduleReview = async (
  deps: ReviewActionDeps,
  review: Review,
  start: string,
  end: string,
): Promise<Review> => {
  if (!review.eventId)
    throw new RangeError('This review has no meeting in Outlook to move. Schedule it instead.');
  await deps.calendar.rescheduleReviewEvent(review.eventId, start, end, review.timeZone);
  return deps.store.saveReview({ ...review, start, end });
};

export const cancelReviewMeeting = async (
  deps: ReviewActionDeps,
  review: Review,
  message: string,
): Promise<Review> => {
  if (review.eventId) await deps.calendar.cancelReviewEvent(review.eventId, message);
  return deps.store.saveReview({ ...review, status: 'cancelled' });
};
