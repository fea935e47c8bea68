import type { Clock, IepStore, InvitationWording, Plan, Review, ReviewCalendar } from '../../../domain';
import { todayIn } from '../../../domain';

export type SlotResult =
  | { readonly status: 'sent'; readonly review: Review }
  | { readonly status: 'failed'; readonly error: unknown };

export interface EveningAppointment {
  readonly plan: Plan;
  /** The review record: unsaved (no eTag) the first time, the saved one on a resend. */
  readonly review: Review;
  /** This family's invitation lists the plan's targets (ticked for them). */
  readonly includeTargets?: boolean;
}

export interface EveningSendDeps {
  readonly store: Pick<IepStore, 'saveReviews'>;
  readonly calendar: Pick<ReviewCalendar, 'createReviewEvents'>;
  readonly clock: Clock;
}

export interface EveningSendOutcome {
  /** Review records that now exist, by plan id: a resend reuses them, so nobody is invited twice. */
  readonly saved: ReadonlyMap<string, Review>;
  readonly results: ReadonlyMap<string, SlotResult>;
}

/**
 * A parents' evening in three Graph requests whatever its size (up to 20 families): save the review
 * records (their ids make each invitation's transactionId), send every invitation in one `$batch`,
 * then note each meeting on its record. Each family's appointment succeeds or fails on its own.
 */
export const sendEveningInvitations = async (
  deps: EveningSendDeps,
  appointments: readonly EveningAppointment[],
  options: {
    readonly reminderMinutes: number;
    readonly timeZone: string;
    readonly wording?: InvitationWording;
  },
): Promise<EveningSendOutcome> => {
  const saved = new Map<string, Review>();
  const results = new Map<string, SlotResult>();

  const unsaved = appointments.filter((a) => a.review.etag === undefined);
  const savedFirst = unsaved.length > 0 ? await deps.store.saveReviews(unsaved.map((a) => a.review)) : [];
  const ready: EveningAppointment[] = [];
  for (const appointment of appointments) {
    const index = unsaved.indexOf(appointment);
    const answer = index >= 0 ? savedFirst[index] : { ok: true as const, review: appointment.review };
    if (answer?.ok) {
      saved.set(appointment.plan.id, answer.review);
      ready.push({ ...appointment, review: answer.review });
    } else {
      results.set(appointment.plan.id, { status: 'failed', error: answer?.error });
    }
  }
  if (ready.length === 0) return { saved, results };

  const events = await deps.calendar.createReviewEvents(
    ready.map((a) => ({
      plan: a.plan,
      review: a.review,
      reminderMinutes: options.reminderMinutes,
      includeTargets: a.includeTargets === true,
      ...(options.wording ? { wording: options.wording } : {}),
    })),
  );
  const scheduled: EveningAppointment[] = [];
  for (const [i, appointment] of ready.entries()) {
    const event = events[i];
    if (!event?.ok) {
      results.set(appointment.plan.id, { status: 'failed', error: event?.error });
      continue;
    }
    scheduled.push({
      plan: appointment.plan,
      review: {
        ...appointment.review,
        status: 'scheduled',
        eventId: event.event.eventId,
        iCalUId: event.event.iCalUId,
        invitationsSentOn: todayIn(deps.clock, options.timeZone),
      },
    });
  }
  if (scheduled.length === 0) return { saved, results };

  const noted = await deps.store.saveReviews(scheduled.map((a) => a.review));
  for (const [i, appointment] of scheduled.entries()) {
    const answer = noted[i];
    results.set(
      appointment.plan.id,
      answer?.ok ? { status: 'sent', review: answer.review } : { status: 'failed', error: answer?.error },
    );
    if (answer?.ok) saved.set(appointment.plan.id, answer.review);
  }
  return { saved, results };
};
