import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AccessDenied,
  asPlanSeriesId,
  NO_ACCESS,
  Throttled,
  type ClassDashboard as ClassData,
} from '../../domain';
import {
  CLASS_4B,
  fakeServices,
  planSummary,
  pupil,
  type FakeOptions,
} from '../../../test/support/fakeServices';
import { ClassDashboard } from './ClassDashboard';

// Frozen clock: Tuesday 24/11/2026, 09:00 UTC (see fakeServices TEST_NOW).
const amira = pupil({ id: 'p1', givenName: 'Amira', familyName: 'Khan', pupilRef: 'R101' });
const ben = pupil({ id: 'p2', givenName: 'Benjamin', familyName: 'Jones', preferredName: 'Ben' });
const chloe = pupil({ id: 'p3', givenName: 'Chloe', familyName: 'Evans' });
const dan = pupil({ id: 'p4', givenName: 'Dan', familyName: 'Patel' });

const classData = (overrides: Partial<ClassData> = {}): ClassData => ({
  pupils: [dan, chloe, ben, amira],
  plans: [
    planSummary(amira, { nextReviewDate: '2026-11-20', targetCount: 5, achievedCount: 2 }),
    planSummary(ben, { nextReviewDate: '2026-12-01', status: 'draft' }),
    planSummary(chloe, { nextReviewDate: '2027-02-01', stage: 'ehc-plan', version: 3 }),
  ],
  booked: [],
  problems: [],
  ...overrides,
});

const renderDashboard = (options: FakeOptions = {}) => {
  const services = fakeServices({ loadClass: () => Promise.resolve(classData()), ...options });
  render(
    <FluentProvider theme={teamsLightTheme}>
      <ClassDashboard services={services} classTeamId={CLASS_4B} />
    </FluentProvider>,
  );
  return { services };
};

const bodyRows = async () => {
  const table = await screen.findByRole('table', { name: 'Pupils in Class 4B' });
  return within(table).getAllByRole('row').slice(1);
};
const rowFor = async (name: string) => {
  const row = (await bodyRows()).find((r) => within(r).queryByText(name) !== null);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};
const namesInOrder = async () =>
  (await bodyRows()).map((r) => within(r).getAllByRole('cell')[0]?.textContent ?? '');

describe('ClassDashboard', () => {
  it('shows a skeleton while loading, then every pupil from a single loadClass call', async () => {
    const { services } = renderDashboard();
    expect(screen.getByRole('status', { name: 'Loading the class' })).toBeTruthy();
    expect(await bodyRows()).toHaveLength(4);
    expect(services.calls.loadClass).toEqual([[CLASS_4B]]);
    expect(screen.getByRole('heading', { level: 1, name: 'Class 4B: IEPs' })).toBeTruthy();
  });

  it('shows an overdue review with its meeting booked as booked, for the meeting day, not as overdue', async () => {
    renderDashboard({
      loadClass: () =>
        Promise.resolve(
          classData({
            booked: [
              // Amira's is booked for next week; an earlier meeting of Ben's already started counts for nothing.
              { planSeriesId: asPlanSeriesId('series-p1'), start: '2026-12-02T16:00:00Z' },
              { planSeriesId: asPlanSeriesId('series-p2'), start: '2026-11-24T08:00:00Z' },
            ],
          }),
        ),
    });
    const amiraRow = await rowFor('Amira Khan');
    expect(within(amiraRow).getByText('Meeting booked')).toBeTruthy();
    expect(within(amiraRow).getByText('02/12/2026')).toBeTruthy();
    expect(within(amiraRow).queryByText('Overdue')).toBeNull();
    expect(within(await rowFor('Ben Jones')).getByText('Due soon')).toBeTruthy();
  });

  it('marks reviews as overdue or due soon from the frozen clock, with UK dates', async () => {
    renderDashboard();
    const amiraRow = await rowFor('Amira Khan');
    expect(within(amiraRow).getByText('20/11/2026')).toBeTruthy();
    expect(within(amiraRow).getByText('Overdue')).toBeTruthy();
    expect(within(amiraRow).getByText('2 of 5')).toBeTruthy();
    expect(within(amiraRow).getByText('Ms Priya Shah, 10/11/2026')).toBeTruthy();

    const benRow = await rowFor('Ben Jones');
    expect(within(benRow).getByText('01/12/2026')).toBeTruthy();
    expect(within(benRow).getByText('Due soon')).toBeTruthy();
    expect(within(benRow).getByText('Draft, version 1')).toBeTruthy();

    const chloeRow = await rowFor('Chloe Evans');
    expect(within(chloeRow).getByText('01/02/2027')).toBeTruthy();
    expect(within(chloeRow).queryByText('Overdue')).toBeNull();
    expect(within(chloeRow).queryByText('Due soon')).toBeNull();
    expect(within(chloeRow).getByText('EHC plan')).toBeTruthy();
  });

  it('a review due in 14 days is due soon; one due yesterday in London is overdue', async () => {
    // 30/06/2026 23:30 UTC is already 01/07/2026 in London (BST).
    const late = pupil({ id: 'p9', givenName: 'Lily', familyName: 'Moss' });
    renderDashboard({
      now: '2026-06-30T23:30:00Z',
      loadClass: () =>
        Promise.resolve({
          pupils: [amira, late],
          plans: [
            planSummary(amira, { nextReviewDate: '2026-07-15' }),
            planSummary(late, { nextReviewDate: '2026-06-30' }),
          ],
          booked: [],
          problems: [],
        }),
    });
    expect(within(await rowFor('Amira Khan')).getByText('Due soon')).toBeTruthy();
    expect(within(await rowFor('Lily Moss')).getByText('Overdue')).toBeTruthy();
  });

  it('filters by text, plan status and review state, and says how many are shown', async () => {
    const user = userEvent.setup();
    renderDashboard();
    await bodyRows();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), 'Overdue');
    expect(await namesInOrder()).toEqual([expect.stringContaining('Amira Khan')]);
    expect(screen.getByText('Showing 1 of 4 pupils')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Review' }), 'Any review date');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plan status' }), 'No plan yet');
    expect(await namesInOrder()).toEqual([expect.stringContaining('Dan Patel')]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Plan status' }), 'All pupils');
    await user.type(screen.getByRole('searchbox', { name: 'Search pupils' }), 'r101');
    expect(await namesInOrder()).toEqual([expect.stringContaining('Amira Khan')]);

    await user.clear(screen.getByRole('searchbox', { name: 'Search pupils' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search pupils' }), 'benjamin');
    expect(await namesInOrder()).toEqual([expect.stringContaining('Ben Jones')]);
  });

  it('finds a pupil whatever the accents, apostrophes, hyphens and case typed', async () => {
    const user = userEvent.setup();
    const siobhan = pupil({ id: 'p5', givenName: 'Siobhán', familyName: 'O’Brien-Núñez' });
    const zoe = pupil({ id: 'p6', givenName: 'Zoë', familyName: 'Evans', preferredName: 'Zozo' });
    renderDashboard({
      loadClass: () =>
        Promise.resolve({ pupils: [amira, siobhan, zoe], plans: [], booked: [], problems: [] }),
    });
    const search = await screen.findByRole('searchbox', { name: 'Search pupils' });
    for (const typed of ['obrien', "O'Brien", 'siobhan obrien', 'obrien nunez', 'NUNEZ']) {
      await user.clear(search);
      await user.type(search, typed);
      expect(await namesInOrder()).toEqual([expect.stringContaining('Siobhán O’Brien-Núñez')]);
    }
    // Zoë goes by Zozo: her given name still finds her.
    await user.clear(search);
    await user.type(search, 'zoe');
    expect(await namesInOrder()).toEqual([expect.stringContaining('Zozo Evans')]);
  });

  it('sorts by name by default and marks the sorted column for screen readers', async () => {
    const user = userEvent.setup();
    renderDashboard();
    expect((await namesInOrder()).map((n) => n.replace(/Year 4.*$/, ''))).toEqual([
      'Amira Khan',
      'Ben Jones',
      'Chloe Evans',
      'Dan Patel',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Pupil' }).getAttribute('aria-sort')).toBe('ascending');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Next review');
    expect(screen.getByRole('columnheader', { name: 'Next review' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(screen.getByRole('columnheader', { name: 'Pupil' }).getAttribute('aria-sort')).toBeNull();
  });

  it('sorts by next review (no date last) and by stage, not by name', async () => {
    const user = userEvent.setup();
    renderDashboard({
      loadClass: () =>
        Promise.resolve({
          pupils: [amira, ben, chloe],
          plans: [
            planSummary(amira, { nextReviewDate: '2027-03-01', stage: 'ehc-plan' }),
            planSummary(ben, { nextReviewDate: null }),
            planSummary(chloe, { nextReviewDate: '2026-12-10' }),
          ],
          booked: [],
          problems: [],
        }),
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sort by' }), 'Next review');
    expect((await namesInOrder()).map((n) => n.replace(/Year 4.*$/, ''))).toEqual([
      'Chloe Evans',
      'Amira Khan',
      'Ben Jones',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Stage');
    expect((await namesInOrder()).map((n) => n.replace(/Year 4.*$/, ''))).toEqual([
      'Ben Jones',
      'Chloe Evans',
      'Amira Khan',
    ]);
  });

  it('"Start a plan" opens a new plan for that pupil and writes nothing yet', async () => {
    const { services } = renderDashboard();
    expect(within(await rowFor('Amira Khan')).queryByRole('link', { name: /Start a plan/ })).toBeNull();

    const start = screen.getByRole('link', { name: 'Start a plan for Dan Patel' });
    expect(start.getAttribute('href')).toBe('#/new/p4');
    await userEvent.setup().click(start);
    expect(services.calls.createPlan).toBeUndefined();
  });

  it('lists items the store could not read in a message bar, and still shows the rest', async () => {
    renderDashboard({
      loadClass: () =>
        Promise.resolve(
          classData({
            problems: [
              {
                item: { kind: 'plan', id: '17' },
                field: 'NextReviewDate',
                message: 'Next review date is not a real date.',
              },
            ],
          }),
        ),
    });
    expect(await screen.findByText('1 plan could not be read:')).toBeTruthy();
    expect(
      screen.getByText('plan item 17, NextReviewDate: Next review date is not a real date.'),
    ).toBeTruthy();
    expect(await bodyRows()).toHaveLength(4);
  });

  it('shows the access-denied screen and no pupil data when access is refused', async () => {
    renderDashboard({ loadClass: () => Promise.reject(new AccessDenied({ kind: 'site', id: 'sen' })) });
    expect(await screen.findByRole('heading', { name: "You don't have access to IEPs" })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/Amira/)).toBeNull();
  });

  it('explains other failures and tries again on request', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    const { services } = renderDashboard({
      loadClass: () => (++attempts === 1 ? Promise.reject(new Throttled(10)) : Promise.resolve(classData())),
    });
    expect(await screen.findByText('The class could not be loaded')).toBeTruthy();
    expect(screen.getByText(/Microsoft 365 is busy/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await bodyRows()).toHaveLength(4);
    expect(services.calls.loadClass).toHaveLength(2);
  });
});

describe('ClassDashboard by role', () => {
  const actionsOffered = () => ({
    roster: screen.queryByRole('button', { name: /class roster/i }) !== null,
    register: screen.queryByRole('link', { name: /Whole-school/ }) !== null,
    parentsEvening: screen.queryByRole('link', { name: "Plan a parents' evening of reviews" }) !== null,
    startPlan: screen.queryByRole('link', { name: 'Start a plan for Dan Patel' }) !== null,
  });

  it('offers a SEN lead the roster, the register, a parents evening and new plans', async () => {
    renderDashboard();
    await bodyRows();
    expect(actionsOffered()).toEqual({ roster: true, register: true, parentsEvening: true, startPlan: true });
  });

  it('offers a class teacher a parents evening and new plans, but not the roster or the register', async () => {
    renderDashboard({ access: { ...NO_ACCESS, teacherOf: new Set([CLASS_4B]) } });
    await bodyRows();
    expect(actionsOffered()).toEqual({
      roster: false,
      register: false,
      parentsEvening: true,
      startPlan: true,
    });
  });

  it('offers a teaching assistant none of them', async () => {
    renderDashboard({ access: { ...NO_ACCESS, assistantOf: new Set([CLASS_4B]) } });
    await bodyRows();
    expect(actionsOffered()).toEqual({
      roster: false,
      register: false,
      parentsEvening: false,
      startPlan: false,
    });
    expect(screen.getByRole('link', { name: 'Open plan for Amira Khan' })).toBeTruthy();
  });
});
