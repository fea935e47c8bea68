/**
 * Round trips of review meetings, made with the tab's own use cases and the real calendar adapter:
 * - one review: `saveReviewFirst` then `sendInvitations` (src/app/usecases/reviews/
 *   reviewCalendarActions.ts), exactly what the Schedule review dialog runs;
 * - a parents' evening of 10: `sendEveningInvitations` (src/app/usecases/reviews/
 *   sendEveningInvitations.ts), the function the parents' evening page calls.
 */
import { GRAPH_SCOPES } from '../../src/auth/scopes';
import { asClassTeamId, fixedClock, type Plan, type ReviewCalendar } from '../../src/domain';
import { createGraphReviewCalendar } from '../../src/graph/calendar/graphReviewCalendar';
import {
  eveningReview,
  planEvening,
  type EveningForm,
} from '../../src/app/usecases/reviews/parentsEveningForm';
import { saveReviewFirst, sendInvitations } from '../../src/app/usecases/reviews/reviewCalendarActions';
import { sendEveningInvitations } from '../../src/app/usecases/reviews/sendEveningInvitations';
import { initialScheduleForm, reviewFromForm } from '../../src/app/usecases/reviews/scheduleForm';
import { atMost, type BenchRow } from './report';
import { BENCH_NOW, SENCO, YEAR_4, type BenchSchool } from './school';
import type { MeasuredSchool } from './schoolData';

const TIME_ZONE = 'Europe/London';
const EVENING_SIZE = 10;

const scheduleOneReview = async (
  school: BenchSchool,
  calendar: ReviewCalendar,
  plan: Plan,
): Promise<BenchRow> => {
  const deps = { store: school.storeFor(SENCO), calendar, clock: fixedClock(BENCH_NOW) };
  const form = {
    ...initialScheduleForm(plan, SENCO, '2026-12-01'),
    date: '2026-12-01',
    location: 'SENCO office',
  };
  const { requests } = await school.requestsFor(async () => {
    const saved = await saveReviewFirst(deps, reviewFromForm(plan, form, TIME_ZONE));
    const { review: sent } = await sendInvitations(deps, {
      plan,
      review: saved,
      reminderMinutes: form.reminderMinutes,
      note: form.note,
    });
    if (!sent.eventId) throw new Error('Scheduling a review left the record without its meeting.');
  });
  return {
    name: 'Graph: schedule a review',
    value: requests,
    unit: 'requests',
    budget: atMost(3),
    note: 'save record, create event, note event on record',
  };
};

/** The parents' evening send (the page's `sendEveningInvitations`); counts the invitations apart. */
const sendParentsEvening = async (
  school: BenchSchool,
  calendar: ReviewCalendar,
  plans: readonly Plan[],
): Promise<{ whole: number; invitations: number }> => {
  const store = school.storeFor(SENCO);
  const clock = fixedClock(BENCH_NOW);
  const form: EveningForm = {
    date: '2026-12-03',
    start: '15:30',
    finish: '18:30',
    slotMinutes: 15,
    gapMinutes: 0,
    location: 'Year 4 classroom',
    reminderMinutes: 1440,
    chosen: plans.map((plan) => plan.id),
    targetsFor: [],
  };
  // Planning (staff free/busy) is an earlier, separate step of the page; only the send is counted.
  const preview = planEvening(plans, form, [], SENCO, TIME_ZONE);
  if (preview.slots.length !== plans.length) throw new Error('The evening did not fit every appointment.');

  // The page's own send; the calendar is wrapped only to count the invitations' share of requests.
  let invitations = 0;
  const counted: Pick<ReviewCalendar, 'createReviewEvents'> = {
    createReviewEvents: async (requests) => {
      const before = school.standIn.stats().httpRequests;
      const answers = await calendar.createReviewEvents(requests);
      invitations = school.standIn.stats().httpRequests - before;
      return answers;
    },
  };
  const { requests: whole } = await school.requestsFor(async () => {
    const appointments = preview.slots.map((slot) => {
      const plan = plans.find((p) => p.id === slot.key) as Plan;
      return { plan, review: eveningReview(plan, slot, form, SENCO, TIME_ZONE) };
    });
    const outcome = await sendEveningInvitations({ store, calendar: counted, clock }, appointments, {
      reminderMinutes: form.reminderMinutes,
      timeZone: TIME_ZONE,
    });
    const failed = [...outcome.results.values()].filter((r) => r.status !== 'sent').length;
    if (failed > 0 || outcome.results.size !== appointments.length)
      throw new Error(`${failed} invitation(s) of the evening failed.`);
  });
  return { whole, invitations };
};

export const benchReviewRequests = async (school: BenchSchool, data: MeasuredSchool): Promise<BenchRow[]> => {
  const calendar = createGraphReviewCalendar(school.clientFor(SENCO, GRAPH_SCOPES.calendar));
  const store = school.storeFor(SENCO);
  const { plan } = await store.openPlan(data.editedPlanId);
  const single = await scheduleOneReview(school, calendar, plan);

  const year4 = await store.loadClass(asClassTeamId(YEAR_4.teamId));
  const plans = await Promise.all(
    year4.plans.slice(0, EVENING_SIZE).map(async (summary) => (await store.openPlan(summary.id)).plan),
  );
  const evening = await sendParentsEvening(school, calendar, plans);
  return [
    single,
    {
      name: `Graph: parents' evening of ${EVENING_SIZE}, invitations`,
      value: evening.invitations,
      unit: 'requests',
      budget: atMost(1),
      note: `one $batch of ${EVENING_SIZE} events`,
    },
    {
      name: `Graph: parents' evening of ${EVENING_SIZE}, whole send`,
      value: evening.whole,
      unit: 'requests',
      budget: atMost(3),
      note: 'budget: one $batch each for records, events, records',
    },
  ];
};
