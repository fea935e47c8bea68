import {
  instantOf,
  planParentsEvening,
  ReviewSchema,
  type BusyInterval,
  type Clock,
  type CurrentUser,
  type Invitee,
  type ParentsEveningPlan,
  type Plan,
  type Review,
} from '../../../domain';
import { newLocalReviewId } from '../localIds';
import { inviteesFromPlan, meetingTimeProblems } from './scheduleForm';

/** The parents' evening form, and the rules that turn it into one review meeting per pupil. */
export interface EveningForm {
  readonly date: string | null;
  readonly start: string;
  readonly finish: string;
  readonly slotMinutes: number;
  readonly gapMinutes: number;
  readonly location: string;
  readonly reminderMinutes: number;
  /** Plan ids of the pupils whose families are invited. */
  readonly chosen: readonly string[];
  /** Plan ids of the families whose invitation lists the plan's targets: none unless ticked. */
  readonly targetsFor: readonly string[];
}

export const SLOT_OPTIONS = [
  { value: '10', label: '10 minutes' },
  { value: '15', label: '15 minutes' },
  { value: '20', label: '20 minutes' },
  { value: '30', label: '30 minutes' },
] as const;

export const GAP_OPTIONS = [
  { value: '0', label: 'No gap' },
  { value: '5', label: '5 minutes' },
  { value: '10', label: '10 minutes' },
] as const;

/** Staff whose diaries decide a pupil's slot: the class teacher and the SENCO, when in the school. */
export const staffFor = (plan: Plan, organiser: CurrentUser): string[] =>
  inviteesFromPlan(plan, organiser)
    .filter((i) => i.internal && (i.role === 'class-teacher' || i.role === 'senco'))
    .map((i) => i.email);

export const eveningBounds = (form: EveningForm, timeZone: string): { start: string; end: string } => {
  if (!form.date) throw new RangeError("Choose the date of the parents' evening.");
  return {
    start: instantOf(`${form.date}T${form.start}:00`, timeZone).toISOString(),
    end: instantOf(`${form.date}T${form.finish}:00`, timeZone).toISOString(),
  };
};

export const eveningProblems = (form: EveningForm, clock: Clock, timeZone: string): string[] => {
  const problems: string[] = meetingTimeProblems(
    { date: form.date, time: form.start },
    clock,
    timeZone,
    "Choose the date of the parents' evening.",
  ).map((p) => p.message);
  if (form.finish <= form.start) problems.push('The evening must finish after it starts.');
  if (form.chosen.length === 0) problems.push('Choose at least one pupil.');
  if (!form.location.trim()) problems.push('Say where the appointments are, for example the classroom.');
  return problems;
};

/** Back-to-back appointments in the order the pupils are listed, avoiding the staff's busy times. */
export const planEvening = (
  plans: readonly Plan[],
  form: EveningForm,
  busy: readonly BusyInterval[],
  organiser: CurrentUser,
  timeZone: string,
): ParentsEveningPlan => {
  const { start, end } = eveningBounds(form, timeZone);
  return planParentsEvening({
    pupils: plans
      .filter((p) => form.chosen.includes(p.id))
      .map((p) => ({ key: p.id as string, staffEmails: staffFor(p, organiser) })),
    start,
    end,
    slotMinutes: form.slotMinutes,
    gapMinutes: form.gapMinutes,
    busy,
  });
};

/**
 * Who one family's appointment invites: the parents and carers with an address and the school staff
 * the plan names. Outside professionals are never invited to a parents' evening.
 */
export const eveningInvitees = (plan: Plan, organiser: CurrentUser): Invitee[] =>
  inviteesFromPlan(plan, organiser)
    .filter((i) => i.invited && i.role !== 'professional')
    .map(({ invited: _invited, ...invitee }) => invitee);

/** The review record for one appointment: a termly review held at the parents' evening. */
export const eveningReview = (
  plan: Plan,
  slot: { start: string; end: string },
  form: EveningForm,
  organiser: CurrentUser,
  timeZone: string,
): Review =>
  ReviewSchema.parse({
    id: newLocalReviewId(),
    seriesId: plan.seriesId,
    planId: plan.id,
    type: 'termly',
    format: 'parents-evening',
    status: 'planned',
    start: slot.start,
    end: slot.end,
    timeZone,
    location: form.location.trim(),
    online: false,
    invitees: eveningInvitees(plan, organiser),
  });
