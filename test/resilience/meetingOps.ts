import {
  EditConflict,
  ReviewSchema,
  systemClock,
  type Plan,
  type PlanId,
  type Review,
} from '../../src/domain';
import {
  rescheduleReview,
  saveReviewFirst,
  sendInvitations,
  type ReviewActionDeps,
} from '../../src/app/usecases/reviews/reviewCalendarActions';
import { choosePlan, open, persist, violation, whileThrottled, type OpContext } from './attempts';
import { marker, tokensIn, type Meeting } from './ledger';
import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { classStaffOf } from './users';

/**
 * Review meetings, through the same use cases the Reviews page calls (src/app/usecases/reviews): save the
 * record, send the invitations (Outlook event with a transactionId), note the meeting on the record; move it.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DURATION = 45 * MINUTE;

const depsOf = (ctx: OpContext): ReviewActionDeps => ({
  store: ctx.user.store,
  calendar: ctx.user.calendar,
  clock: systemClock,
});

const sameInstant = (a: string | null, b: string): boolean => a !== null && Date.parse(a) === Date.parse(b);

/** The family, the SENCO and the plan's own class's teacher and TA: the people a review is for. */
const inviteesFor = (ctx: OpContext, planId: PlanId) => {
  const staff = classStaffOf(planId, ctx.world);
  const member = (demoKey: string, role: 'senco' | 'class-teacher' | 'teaching-assistant') => {
    const person = DEMO_SCHOOL.users[demoKey];
    if (!person) throw new Error(`The demo school has no ${demoKey}.`);
    return { name: person.name, email: person.upn, role, internal: true };
  };
  return [
    {
      name: 'Parent or carer',
      email: `carer.${ctx.token.replace(/\./g, '-')}@home.example`,
      role: 'parent-carer' as const,
    },
    member('senco', 'senco'),
    member(staff.teacher, 'class-teacher'),
    member(staff.assistant, 'teaching-assistant'),
  ];
};

/** Saves a new review record, then sends its invitations; retries never invite anyone twice. */
export const scheduleReview = async (ctx: OpContext): Promise<void> => {
  const planId = choosePlan(ctx);
  const startMs =
    Date.UTC(2026, 2, 2) +
    ctx.user.random.int(0, 60) * DAY +
    (15 * 60 + 15 * ctx.user.random.int(0, 3)) * MINUTE;
  const start = new Date(startMs).toISOString();
  const end = new Date(startMs + DURATION).toISOString();
  const invitees = inviteesFor(ctx, planId);
  // Filled in by the rounds below (a holder, because closures' assignments are invisible to narrowing).
  const got: { plan: Plan | null; saved: Review | null } = { plan: null, saved: null };
  let sent = false;

  const recorded = await persist(ctx, `recording a review of plan ${planId}`, async () => {
    const doc = await open(ctx, planId);
    const plan = doc.plan;
    got.plan = plan;
    const found = doc.reviews.filter((r) => tokensIn(r.location).includes(ctx.token));
    if (found[0]) {
      if (!sent) violation(ctx, `review ${ctx.token} was there before it was saved`);
      got.saved = found[0];
    } else {
      const review = ReviewSchema.parse({
        id: `new-${ctx.token}`,
        seriesId: plan.seriesId,
        planId: plan.id,
        type: 'termly',
        start,
        end,
        location: `SENCO office ${marker(ctx.token)}`,
        invitees,
      });
      sent = true;
      ctx.ledger.attempted.add(ctx.token);
      got.saved = await whileThrottled(ctx, planId, () => saveReviewFirst(depsOf(ctx), review));
    }
    ctx.ledger.acknowledgeCreate({
      user: ctx.user.persona.name,
      step: ctx.step,
      kind: 'review',
      token: ctx.token,
      planId,
      itemId: got.saved.id,
      confirmedByReading: found.length > 0,
    });
    return 'done';
  });
  const review = got.saved;
  const reviewedPlan = got.plan;
  if (!recorded || !review || !reviewedPlan) return;

  const organiser = ctx.user.persona.email.toLowerCase();
  const meeting: Meeting = {
    user: ctx.user.persona.name,
    step: ctx.step,
    reviewId: review.id,
    token: ctx.token,
    planId,
    organiser,
    recipients: invitees.map((i) => i.email.toLowerCase()).filter((email) => email !== organiser),
    eventId: null,
    iCalUId: null,
    start,
    end,
    createdUids: new Set(),
    createCalls: 0,
    moveCalls: 0,
    movesAnswered: 0,
  };
  ctx.ledger.meetings.push(meeting);
  let current = review;
  await persist(ctx, `sending the invitations for review ${review.id}`, async () => {
    try {
      const { review: updated } = await sendInvitations(depsOf(ctx), {
        plan: reviewedPlan,
        review: current,
        reminderMinutes: 15,
        note: 'Please bring anything you would like to share.',
      });
      meeting.eventId = updated.eventId;
      meeting.iCalUId = updated.iCalUId;
      return 'done';
    } catch (error) {
      if (!(error instanceof EditConflict)) throw error;
      // An earlier try noted the meeting on the record but its answer was lost: read the record again.
      const doc = await open(ctx, planId);
      const now = doc.reviews.find((r) => r.id === review.id);
      if (!now) {
        violation(ctx, `review ${review.id} disappeared while its invitations were being sent`);
        return 'done';
      }
      if (now.eventId) {
        meeting.eventId = now.eventId;
        meeting.iCalUId = now.iCalUId;
        return 'done';
      }
      current = now;
      return 'again';
    }
  });
};

/** Moves one of this user's own meetings (only the organiser can) and the review record with it. */
export const moveReview = async (ctx: OpContext): Promise<void> => {
  const mine = ctx.ledger.meetings.filter(
    (m) => m.organiser === ctx.user.persona.email.toLowerCase() && m.eventId !== null,
  );
  if (mine.length === 0) return scheduleReview(ctx);
  const meeting = ctx.user.random.pick(mine);
  const startMs = Date.parse(meeting.start) + ctx.user.random.int(1, 10) * DAY;
  const start = new Date(startMs).toISOString();
  const end = new Date(startMs + DURATION).toISOString();
  let sent = false;
  await persist(ctx, `moving review ${meeting.reviewId}`, async () => {
    const doc = await open(ctx, meeting.planId as Plan['id']);
    const review = doc.reviews.find((r) => r.id === meeting.reviewId);
    if (!review) {
      violation(ctx, `review ${meeting.reviewId} has disappeared`);
      return 'done';
    }
    if (!(sent && sameInstant(review.start, start))) {
      sent = true;
      try {
        await rescheduleReview(depsOf(ctx), review, start, end);
      } catch (error) {
        // The record was updated by an earlier try whose answer was lost; the next round reads it again.
        if (error instanceof EditConflict) return 'again';
        throw error;
      }
    }
    meeting.start = start;
    meeting.end = end;
    return 'done';
  });
};
