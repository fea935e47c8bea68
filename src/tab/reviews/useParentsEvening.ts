import { useCallback, useRef, useState } from 'react';
import type { AppServices } from '../../app/services';
import { type ClassTeamId, type ParentsEveningPlan, type Plan, type Review } from '../../domain';
import { sendEveningInvitations, type SlotResult } from '../../app/usecases/reviews/sendEveningInvitations';
import {
  eveningBounds,
  eveningProblems,
  eveningReview,
  planEvening,
  staffFor,
  type EveningForm,
} from '../../app/usecases/reviews/parentsEveningForm';

export type { SlotResult } from '../../app/usecases/reviews/sendEveningInvitations';

type Step =
  | { readonly status: 'idle' | 'planning' | 'sending' }
  | { readonly status: 'failed'; readonly error: unknown; readonly title: string };

/** Loads the class's current plans (each opened, for its people and targets). */
export const loadEveningPlans = async (
  services: AppServices,
  classTeamId: ClassTeamId,
): Promise<{ className: string; plans: Plan[] }> => {
  const dashboard = await services.store.loadClass(classTeamId);
  const current = dashboard.plans.filter((p) => p.status !== 'closed');
  const documents = await Promise.all(current.map((p) => services.store.openPlan(p.id)));
  const plans = documents
    .map((d) => d.plan)
    .sort((a, b) => a.pupil.name.localeCompare(b.pupil.name, 'en-GB'));
  return { className: dashboard.pupils[0]?.className ?? plans[0]?.pupil.className ?? 'the class', plans };
};

/**
 * The parents' evening page's behaviour: plan back-to-back appointments around staff busy times,
 * then send every invitation in one go. Each appointment's review record is saved before its
 * invitation, so resending the ones that failed never invites a family twice.
 */
export const useParentsEvening = (services: AppServices, plans: readonly Plan[]) => {
  const timeZone = services.settings.timeZone;
  const [form, setForm] = useState<EveningForm>({
    date: null,
    start: '15:30',
    finish: '18:00',
    slotMinutes: 15,
    gapMinutes: 5,
    location: '',
    reminderMinutes: 1440,
    chosen: plans.map((p) => p.id),
    targetsFor: [],
  });
  const [preview, setPreview] = useState<ParentsEveningPlan | null>(null);
  const [results, setResults] = useState<ReadonlyMap<string, SlotResult>>(new Map());
  const [step, setStep] = useState<Step>({ status: 'idle' });
  const [problems, setProblems] = useState<readonly string[]>([]);
  const saved = useRef(new Map<string, Review>());

  const update = useCallback((change: Partial<EveningForm>) => {
    setForm((current) => ({ ...current, ...change }));
    setPreview(null);
  }, []);

  /** Ticking a family's targets changes what is sent, not when: the appointments stay. */
  const setTargetsFor = useCallback((planId: string, include: boolean) => {
    setForm((current) => ({
      ...current,
      targetsFor: include
        ? [...new Set([...current.targetsFor, planId])]
        : current.targetsFor.filter((id) => id !== planId),
    }));
  }, []);

  const planAppointments = useCallback(async () => {
    const found = eveningProblems(form, services.clock, timeZone);
    setProblems(found);
    if (found.length > 0) return;
    setStep({ status: 'planning' });
    try {
      const { start, end } = eveningBounds(form, timeZone);
      const chosen = plans.filter((p) => form.chosen.includes(p.id));
      const staff = [...new Set(chosen.flatMap((p) => staffFor(p, services.currentUser)))];
      const busy = staff.length > 0 ? await services.calendar.getBusy(staff, start, end, timeZone) : [];
      setPreview(planEvening(plans, form, busy, services.currentUser, timeZone));
      setResults(new Map());
      saved.current = new Map();
      setStep({ status: 'idle' });
    } catch (error) {
      setStep({ status: 'failed', error, title: 'Staff calendars could not be checked' });
    }
  }, [form, plans, services, timeZone]);

  const send = useCallback(async () => {
    if (!preview) return;
    setStep({ status: 'sending' });
    const pending = preview.slots.filter((slot) => results.get(slot.key)?.status !== 'sent');
    const next = new Map(results);
    try {
      const appointments = pending.flatMap((slot) => {
        const plan = plans.find((p) => p.id === slot.key);
        if (!plan) return [];
        const review =
          saved.current.get(slot.key) ?? eveningReview(plan, slot, form, services.currentUser, timeZone);
        return [{ plan, review, includeTargets: form.targetsFor.includes(plan.id) }];
      });
      const outcome = await sendEveningInvitations(services, appointments, {
        reminderMinutes: form.reminderMinutes,
        timeZone,
        wording: services.settings.invitations,
      });
      for (const [key, review] of outcome.saved) saved.current.set(key, review);
      for (const [key, result] of outcome.results) next.set(key, result);
      setResults(next);
      setStep({ status: 'idle' });
    } catch (error) {
      setResults(next);
      setStep({ status: 'failed', error, title: 'The invitations could not be sent' });
    }
  }, [preview, results, plans, services, form, timeZone]);

  // Once any review record is saved the appointments are fixed, so a resend matches what was sent.
  const locked = saved.current.size > 0 || step.status === 'sending';
  return {
    form,
    update,
    setTargetsFor,
    preview,
    results,
    step,
    problems,
    planAppointments,
    send,
    timeZone,
    locked,
  };
};
