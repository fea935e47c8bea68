import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  asPlanId,
  asPlanSeriesId,
  asReviewId,
  NO_ACCESS,
  type BusyInterval,
  type ClassDashboard,
  type Plan,
  type Review,
  type ScheduleRequest,
} from '../../domain';
import { CLASS_4B, fakeServices, planSummary, pupil } from '../../../test/support/fakeServices';
import { buildPlan } from '../../../test/support/planBuilder';
import { ParentsEveningPage } from './ParentsEveningPage';

// Frozen clock: Tuesday 24/11/2026 09:00 UTC; the evening is Tuesday 1 December (GMT).
const amira = pupil({ id: 'p1', givenName: 'Amira', familyName: 'Khan' });
const ben = pupil({ id: 'p2', givenName: 'Ben', familyName: 'Jones' });
const planFor = (id: string, name: string): Plan =>
  buildPlan({
    id,
    seriesId: `series-${id}`,
    pupil: {
      pupilId: id,
      name,
      classTeamId: CLASS_4B,
      className: 'Class 4B',
      yearGroup: 'Year 4',
      pupilRef: '',
    },
  });
const plans = [planFor('plan-p1', 'Amira Khan'), planFor('plan-p2', 'Ben Jones')];

const setUp = () => {
  const base = fakeServices({
    currentUser: { name: 'Ms Jones', email: 'jones@school.example' },
    loadClass: (): Promise<ClassDashboard> =>
      Promise.resolve({
        pupils: [amira, ben],
        plans: [planSummary(amira), planSummary(ben)],
        booked: [],
        problems: [],
      }),
  });
  const batches: ScheduleRequest[][] = [];
  const busyAsked: string[][] = [];
  let saves = 0;
  let saveRequests = 0;
  const services = {
    ...base,
    store: {
      ...base.store,
      openPlan: (id: string) => {
        const plan = plans.find((p) => p.id === id);
        return plan
          ? Promise.resolve({ plan, reviews: [], problems: [] })
          : Promise.reject(new Error(`no plan ${id}`));
      },
      saveReviews: (reviews: readonly Review[]) => {
        saveRequests += 1;
        return Promise.resolve(
          reviews.map((review) => {
            saves += 1;
            return {
              ok: true as const,
              review: {
                ...review,
                id: review.etag ? review.id : asReviewId(`r${saves}`),
                etag: `"${saves}"`,
              },
            };
          }),
        );
      },
    },
    calendar: {
      ...base.calendar,
      // Mr Brown (the class teacher on both plans) is at a meeting 16:00-16:20.
      getBusy: (emails: readonly string[]): Promise<readonly BusyInterval[]> => {
        busyAsked.push([...emails]);
        return Promise.resolve([
          { email: 'brown@school.example', start: '2026-12-01T16:00:00Z', end: '2026-12-01T16:20:00Z' },
        ]);
      },
      createReviewEvents: (requests: readonly ScheduleRequest[]) => {
        batches.push([...requests]);
        return Promise.resolve(
          requests.map((r, i) => ({
            reviewId: r.review.id,
            ok: true as const,
            event: { eventId: `E${i}`, iCalUId: `U${i}` },
          })),
        );
      },
    },
  };
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ParentsEveningPage services={services} classTeamId={CLASS_4B} />
    </FluentProvider>,
  );
  return { batches, busyAsked, saveRequests: () => saveRequests };
};

describe("Parents' evening", () => {
  it('plans back-to-back appointments around staff busy times and sends every invitation in one batch', async () => {
    const { batches, busyAsked, saveRequests } = setUp();
    const user = userEvent.setup();
    fireEvent.change(await screen.findByLabelText(/^Date/), { target: { value: '2026-12-01' } });
    await user.selectOptions(screen.getByRole('combobox', { name: /Starts at/ }), '15:45');
    await user.type(screen.getByRole('textbox', { name: /Location/ }), 'Class 4B classroom');
    await user.click(screen.getByRole('button', { name: 'Plan appointments' }));

    const table = await screen.findByRole('table', { name: 'Appointments' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    // 15:45-16:00 fits; 16:05 would clash with Mr Brown's meeting, so Ben is seen at 16:20.
    // Each family's recipients are shown before anything is sent.
    const invited =
      'Alex Taylor (Parent/carer): alex@example.orgMr Brown (Class teacher): brown@school.exampleMs Jones (SENCO): jones@school.example';
    expect(rows).toEqual([
      `Tuesday 1 December 2026, 15:45Amira Khan${invited}List the targets for Amira Khan's familyNot sent yet`,
      `Tuesday 1 December 2026, 16:20Ben Jones${invited}List the targets for Ben Jones's familyNot sent yet`,
    ]);
    // Only Ben's family is to see the targets.
    await user.click(screen.getByRole('checkbox', { name: "List the targets for Ben Jones's family" }));
    expect(busyAsked[0]).toEqual(['brown@school.example', 'jones@school.example']);

    await user.click(screen.getByRole('button', { name: 'Send invitations' }));
    expect(await screen.findAllByText('Invitations sent')).toHaveLength(2);
    expect(batches).toHaveLength(1);
    // The records are saved together before the invitations, and updated together after.
    expect(saveRequests()).toBe(2);
    expect(batches[0]?.map((r) => [r.plan.id, r.review.format, r.review.location])).toEqual([
      [asPlanId('plan-p1'), 'parents-evening', 'Class 4B classroom'],
      [asPlanId('plan-p2'), 'parents-evening', 'Class 4B classroom'],
    ]);
    expect(batches[0]?.map((r) => r.includeTargets)).toEqual([false, true]);
    expect(batches[0]?.map((r) => r.review.seriesId)).toEqual([
      asPlanSeriesId('series-plan-p1'),
      asPlanSeriesId('series-plan-p2'),
    ]);
  });

  it('shows when each review is due, and can choose nobody then one pupil', async () => {
    const { batches } = setUp();
    const user = userEvent.setup();
    const group = await screen.findByRole('group', { name: 'Pupils whose families are invited' });
    expect(within(group).getByRole('checkbox', { name: 'Amira Khan (review due 24/03/2026)' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Select none' }));
    expect(
      within(group)
        .getAllByRole('checkbox')
        .filter((c) => (c as HTMLInputElement).checked),
    ).toEqual([]);
    await user.click(within(group).getByRole('checkbox', { name: /^Ben Jones/ }));
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2026-12-01' } });
    await user.type(screen.getByRole('textbox', { name: /Location/ }), 'Class 4B classroom');
    await user.click(screen.getByRole('button', { name: 'Plan appointments' }));
    await user.click(await screen.findByRole('button', { name: 'Send invitations' }));
    await screen.findByText('Invitations sent');
    expect(batches[0]?.map((r) => r.plan.pupil.name)).toEqual(['Ben Jones']);
  });

  it('refuses an evening that started earlier today', async () => {
    const { batches } = setUp();
    const user = userEvent.setup();
    // The frozen clock says 09:00 on 24 November; the evening would have started at 07:30.
    fireEvent.change(await screen.findByLabelText(/^Date/), { target: { value: '2026-11-24' } });
    await user.selectOptions(screen.getByRole('combobox', { name: /Starts at/ }), '07:30');
    await user.type(screen.getByRole('textbox', { name: /Location/ }), 'Class 4B classroom');
    await user.click(screen.getByRole('button', { name: 'Plan appointments' }));
    expect(
      await screen.findByText(/That time today has already passed. Choose a later time, or another day./),
    ).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Appointments' })).toBeNull();
    expect(batches).toHaveLength(0);
  });

  it("says that families' availability is not checked", async () => {
    setUp();
    expect(await screen.findByText(/Families' availability is not checked/)).toBeTruthy();
  });
});

describe("a parents' evening by role", () => {
  it('tells a teaching assistant who arranges review meetings, and reads nothing of the class', async () => {
    const services = fakeServices({ access: { ...NO_ACCESS, assistantOf: new Set([CLASS_4B]) } });
    render(<ParentsEveningPage services={services} classTeamId={CLASS_4B} />);
    expect(
      await screen.findByText(
        "Only the class's teachers and the SEN leads arrange review meetings. Ask the class teacher or the SENCO.",
      ),
    ).toBeTruthy();
    expect(services.calls.loadClass).toBeUndefined();
  });
});
