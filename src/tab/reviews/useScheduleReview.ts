import { useCallback, useRef, useState } from 'react';
import type { AppServices } from '../../app/services';
import type { Plan, Review, TimeSlot } from '../../domain';
import {
  internalInvitees,
  reviewFromForm,
  scheduleProblems,
  type FormProblem,
  type ScheduleForm,
} from '../../app/usecases/reviews/scheduleForm';
import { saveReviewFirst, sendInvitations } from '../../app/usecases/reviews/reviewCalendarActions';

export type SendState =
  | { readonly status: 'editing' }
  | { readonly status: 'confirming' }
  | { readonly status: 'sending' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'sent'; readonly review: Review; readonly teamsLinkMissing: boolean };

export type SuggestState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly slots: readonly TimeSlot[] };

const DAY = 86_400_000;

/**
 * The Schedule review dialog's behaviour. Once the review record has been saved the form is locked:
 * a retry must send exactly the meeting that may already have reached Outlook (same transactionId).
 */
export const useScheduleReview = (services: AppServices, plan: Plan, initial: ScheduleForm) => {
  const [form, setForm] = useState<ScheduleForm>(initial);
  const [send, setSend] = useState<SendState>({ status: 'editing' });
  const [suggest, setSuggest] = useState<SuggestState>({ status: 'idle' });
  const [showProblems, setShowProblems] = useState(false);
  const saved = useRef<Review | null>(null);
  const timeZone = services.settings.timeZone;

  const problems: readonly FormProblem[] = scheduleProblems(form, services.clock, timeZone);
  const locked = saved.current !== null || send.status === 'sending' || send.status === 'sent';

  const update = useCallback(
    (change: Partial<ScheduleForm>) => setForm((current) => ({ ...current, ...change })),
    [],
  );

  const findTimes = useCallback(async () => {
    const staff = internalInvitees(form);
    setSuggest({ status: 'loading' });
    const now = services.clock.now().getTime();
    const from = form.date ? Math.max(now, Date.parse(`${form.date}T00:00:00Z`)) : now;
    try {
      const slots = await services.calendar.suggestTimes({
        attendees: staff.map((i) => ({ name: i.name, email: i.email })),
        durationMinutes: form.durationMinutes,
        from: new Date(from).toISOString(),
        to: new Date(from + 7 * DAY).toISOString(),
        timeZone,
      });
      setSuggest({ status: 'ready', slots });
    } catch (error) {
      setSuggest({ status: 'failed', error });
    }
  }, [form, services, timeZone]);

  const sendNow = useCallback(async () => {
    // Time passes while the organiser checks the list: a meeting that has started is never sent.
    if (saved.current === null && scheduleProblems(form, services.clock, timeZone).length > 0) {
      setShowProblems(true);
      setSend({ status: 'editing' });
      return;
    }
    setSend({ status: 'sending' });
    const deps = { store: services.store, calendar: services.calendar, clock: services.clock };
    try {
      saved.current ??= await saveReviewFirst(deps, reviewFromForm(plan, form, timeZone));
      const sent = await sendInvitations(deps, {
        plan,
        review: saved.current,
        reminderMinutes: form.reminderMinutes,
        note: form.note,
        wording: services.settings.invitations,
        includeTargets: form.includeTargets,
      });
      setSend({ status: 'sent', ...sent });
    } catch (error) {
      setSend({ status: 'failed', error });
    }
  }, [services, plan, form, timeZone]);

  /** The organiser sees who will get what before anything is sent; a retry goes straight on. */
  const submit = useCallback(() => {
    if (saved.current !== null) return void sendNow();
    if (problems.length > 0) {
      setShowProblems(true);
      return;
    }
    setSend({ status: 'confirming' });
  }, [problems.length, sendNow]);

  const backToForm = useCallback(() => setSend({ status: 'editing' }), []);

  return {
    form,
    update,
    send,
    submit,
    sendNow,
    backToForm,
    suggest,
    findTimes,
    problems: showProblems ? problems : [],
    locked,
    timeZone,
  };
};
