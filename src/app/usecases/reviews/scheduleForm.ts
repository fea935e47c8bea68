import {
  INVITEE_ROLE_LABELS,
  instantOf,
  InviteeSchema,
  ReviewSchema,
  terminologyFor,
  todayIn,
  type Clock,
  type CurrentUser,
  type Invitee,
  type InviteeRole,
  type IsoDate,
  type Plan,
  type Review,
  type ReviewType,
} from '../../../domain';
import { newLocalReviewId } from '../localIds';

/**
 * The Schedule review form as plain data, and the rules that turn it into a review record. Kept free
 * of React so the rules (who is invited, who is "internal", when the meeting starts) are tested alone.
 */
export interface ScheduleForm {
  readonly type: ReviewType;
  /** `YYYY-MM-DD` in the school's zone. */
  readonly date: string | null;
  /** `HH:mm` on the wall clock in the school's zone. */
  readonly time: string;
  readonly durationMinutes: number;
  readonly online: boolean;
  readonly location: string;
  readonly reminderMinutes: number;
  readonly invitees: readonly InviteeChoice[];
  readonly note: string;
  /** The plan's targets in the invitation: off unless the organiser ticks it for this family. */
  readonly includeTargets: boolean;
}

/** An invitee the organiser can tick or untick. */
export interface InviteeChoice extends Invitee {
  readonly invited: boolean;
}

export const DURATION_OPTIONS = [
  { value: '30', label: '30 minutes' },
  { value: '45', label: '45 minutes' },
  { value: '60', label: '1 hour' },
  { value: '90', label: '1 hour 30 minutes' },
] as const;

export const REMINDER_OPTIONS = [
  { value: '0', label: 'No reminder' },
  { value: '15', label: '15 minutes before' },
  { value: '30', label: '30 minutes before' },
  { value: '60', label: '1 hour before' },
  { value: '1440', label: '1 day before' },
] as const;

/** Quarter hours from 07:30 to 19:00: reviews happen in and after the school day. */
export const TIME_OPTIONS: readonly { readonly value: string; readonly label: string }[] = Array.from(
  { length: 47 },
  (_, i) => {
    const minutes = 7 * 60 + 30 + i * 15;
    const value = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { value, label: value };
  },
);

const DEFAULT_DURATION: Readonly<Record<ReviewType, number>> = { termly: 45, annual: 60, interim: 30 };
export const defaultDuration = (type: ReviewType): number => DEFAULT_DURATION[type];

const domainOf = (email: string): string => email.trim().toLowerCase().split('@')[1] ?? '';

/**
 * Everyone the plan names, as invitees. Staff and anyone else with an address in the organiser's own
 * domain are "internal" (their free/busy can be asked); parents and outside professionals are not.
 */
export const inviteesFromPlan = (plan: Plan, organiser: CurrentUser): InviteeChoice[] => {
  const schoolDomain = domainOf(organiser.email);
  const isInternal = (email: string): boolean => schoolDomain !== '' && domainOf(email) === schoolDomain;
  const people: { name: string; email: string; role: InviteeRole; staff: boolean }[] = [
    ...plan.people.parentsCarers.map((p) => ({
      name: p.name,
      email: p.email,
      role: 'parent-carer' as const,
      staff: false,
    })),
    ...(plan.people.classTeacher
      ? [{ ...plan.people.classTeacher, role: 'class-teacher' as const, staff: true }]
      : []),
    ...(plan.people.senco ? [{ ...plan.people.senco, role: 'senco' as const, staff: true }] : []),
    ...plan.people.teachingAssistants.map((p) => ({
      name: p.name,
      email: p.email,
      role: 'teaching-assistant' as const,
      staff: true,
    })),
    ...plan.people.professionals.map((p) => ({
      name: p.name,
      email: p.email,
      role: 'professional' as const,
      staff: false,
    })),
  ];
  const seen = new Set<string>();
  const choices: InviteeChoice[] = [];
  for (const person of people) {
    const key = person.email.trim().toLowerCase() || `name:${person.name.trim().toLowerCase()}`;
    if (!person.name.trim() || seen.has(key)) continue;
    seen.add(key);
    const invitee = InviteeSchema.parse({
      name: person.name.trim(),
      email: person.email.trim(),
      role: person.role,
      internal:
        person.email.trim() !== '' && (isInternal(person.email) || (person.staff && schoolDomain === '')),
    });
    // Without an email address nobody can be sent an invitation; they stay on the list, unticked.
    // Outside professionals are never invited without the organiser choosing them.
    choices.push({ ...invitee, invited: invitee.email !== '' && invitee.role !== 'professional' });
  }
  return choices;
};

/**
 * The plan's next review date when it is still to come; an overdue date is left for the organiser to
 * choose, so nobody sends an invitation for a day already gone by accepting what was filled in.
 */
export const initialScheduleForm = (
  plan: Plan,
  organiser: CurrentUser,
  today: IsoDate,
  type: ReviewType = 'termly',
): ScheduleForm => ({
  type,
  date: plan.nextReviewDate !== null && plan.nextReviewDate >= today ? plan.nextReviewDate : null,
  time: '15:45',
  durationMinutes: defaultDuration(type),
  online: false,
  location: '',
  reminderMinutes: 1440,
  invitees: inviteesFromPlan(plan, organiser),
  note: '',
  includeTargets: false,
});

export interface FormProblem {
  readonly field: 'date' | 'time' | 'invitees' | 'location';
  readonly message: string;
}

/**
 * A meeting must start after now: a date before today, or a time today already gone, would send
 * invitations for a meeting that cannot happen. Used by scheduling and by moving a meeting.
 */
export const meetingTimeProblems = (
  value: Pick<ScheduleForm, 'date' | 'time'>,
  clock: Clock,
  timeZone: string,
  missingDate = 'Choose the date of the review.',
): FormProblem[] => {
  if (!value.date) return [{ field: 'date', message: missingDate }];
  const today = todayIn(clock, timeZone);
  if (value.date < today)
    return [{ field: 'date', message: 'That date is in the past. Choose a date from today on.' }];
  if (!/^\d{2}:\d{2}$/.test(value.time)) return [{ field: 'time', message: 'Choose a start time.' }];
  const startsAt = instantOf(`${value.date}T${value.time}:00`, timeZone).getTime();
  if (value.date === today && startsAt <= clock.now().getTime())
    return [
      { field: 'time', message: 'That time today has already passed. Choose a later time, or another day.' },
    ];
  return [];
};

/** What stops the form from being sent, worded for the person filling it in. */
export const scheduleProblems = (form: ScheduleForm, clock: Clock, timeZone: string): FormProblem[] => {
  const problems: FormProblem[] = meetingTimeProblems(form, clock, timeZone);
  if (!form.invitees.some((i) => i.invited && i.email)) {
    problems.push({ field: 'invitees', message: 'Invite at least one person with an email address.' });
  }
  if (!form.online && form.location.trim() === '') {
    problems.push({ field: 'location', message: 'Say where the meeting is, or choose a Teams meeting.' });
  }
  return problems;
};

/** Start and end instants (ISO, UTC) of the form's meeting, read in the school's zone. */
export const meetingTimes = (
  form: Pick<ScheduleForm, 'date' | 'time' | 'durationMinutes'>,
  timeZone: string,
): { start: string; end: string } => {
  if (!form.date) throw new RangeError('Choose the date of the review.');
  const start = instantOf(`${form.date}T${form.time}:00`, timeZone);
  return {
    start: start.toISOString(),
    end: new Date(start.getTime() + form.durationMinutes * 60_000).toISOString(),
  };
};

/** The review record the form describes, not yet saved (a local id, no eTag). */
export const reviewFromForm = (plan: Plan, form: ScheduleForm, timeZone: string): Review => {
  const { start, end } = meetingTimes(form, timeZone);
  return ReviewSchema.parse({
    id: newLocalReviewId(),
    seriesId: plan.seriesId,
    planId: plan.id,
    type: form.type,
    format: form.online ? 'online' : 'in-person',
    status: 'planned',
    start,
    end,
    timeZone,
    location: form.online ? '' : form.location.trim(),
    online: form.online,
    invitees: form.invitees.filter((i) => i.invited).map(({ invited: _invited, ...invitee }) => invitee),
  });
};

export interface RecipientGroup {
  readonly label: string;
  readonly people: readonly InviteeChoice[];
}

/** Who an invitation will reach, families first, as the organiser confirms it before sending. */
export const invitationRecipients = (invitees: readonly InviteeChoice[]): RecipientGroup[] => {
  const sending = invitees.filter((i) => i.invited && i.email);
  const groups: RecipientGroup[] = [
    { label: 'Parents and carers', people: sending.filter((i) => i.role === 'parent-carer') },
    { label: 'School staff', people: sending.filter((i) => i.internal && i.role !== 'parent-carer') },
    {
      label: 'From outside school',
      people: sending.filter((i) => !i.internal && i.role !== 'parent-carer'),
    },
  ];
  return groups.filter((g) => g.people.length > 0);
};

/** Only people inside the school can have their calendars checked. */
export const internalInvitees = (form: ScheduleForm): InviteeChoice[] =>
  form.invitees.filter((i) => i.invited && i.internal && i.email);

export const roleLabel = (role: InviteeRole, plan: Pick<Plan, 'nation'>): string =>
  role === 'senco' ? terminologyFor(plan.nation).coordinatorTitle : INVITEE_ROLE_LABELS[role];
