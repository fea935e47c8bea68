import { fixedClock, UK_TIME_ZONE } from '../../../domain';
import {
  ALL_REGISTER,
  buildRegisterRows,
  filterRegisterRows,
  registerFilterOptions,
  sortByWhatNeedsDoing,
  type RegisterRow,
} from './registerRows';
import { currentPlan, meetingFor, registerPupil } from './testing/registerFixtures';

// Thursday 3 December 2026, mid-morning in London.
const clock = fixedClock('2026-12-03T10:00:00Z');
const rowsOf = (register: Parameters<typeof buildRegisterRows>[0]) =>
  buildRegisterRows(register, clock, UK_TIME_ZONE);
const names = (rows: readonly RegisterRow[]) => rows.map((row) => row.name);

describe('the whole-school register rows', () => {
  const ada = registerPupil('1', { givenName: 'Ada', familyName: 'Lovelace', preferredName: 'Addie' });
  const ben = registerPupil('2', { givenName: 'Ben', familyName: 'Nwosu' });
  const cara = registerPupil('3', { givenName: 'Cara', familyName: 'Doyle' });

  test('each pupil shows their preferred name and how their review stands; no plan means none', () => {
    const rows = rowsOf({
      pupils: [ada, ben, cara],
      plans: [currentPlan(ada, '2026-11-20'), currentPlan(ben, '2026-12-17')],
      booked: [],
    });
    expect(rows.map((r) => [r.name, r.review, r.plan?.nextReviewDate ?? null])).toEqual([
      ['Addie Lovelace', 'overdue', '2026-11-20'],
      ['Ben Nwosu', 'due-soon', '2026-12-17'],
      ['Cara Doyle', 'none', null],
    ]);
  });

  test('a meeting booked for later makes the review booked even when it is overdue', () => {
    const plan = currentPlan(ada, '2026-11-20');
    const [row] = rowsOf({
      pupils: [ada],
      plans: [plan],
      booked: [meetingFor(plan, '2026-12-10T14:00:00Z'), meetingFor(plan, '2026-12-08T09:00:00Z')],
    });
    expect(row).toMatchObject({ review: 'booked', bookedFor: '2026-12-08T09:00:00Z' });
  });

  test('a meeting that has already started, or is for another plan, does not count as booked', () => {
    const plan = currentPlan(ada, '2026-11-20');
    const other = currentPlan(ben, '2027-02-01');
    const [row] = rowsOf({
      pupils: [ada],
      plans: [plan, other],
      booked: [meetingFor(plan, '2026-12-03T09:30:00Z'), meetingFor(other, '2026-12-09T09:00:00Z')],
    });
    expect(row).toMatchObject({ review: 'overdue', bookedFor: null });
  });

  test('a draft of the next version is the plan shown, not the version it replaces', () => {
    const active = currentPlan(ada, '2026-11-20', { version: 2 });
    const draft = currentPlan(ada, '2027-03-20', { id: 'plan-draft', version: 3, status: 'draft' });
    expect(rowsOf({ pupils: [ada], plans: [draft, active], booked: [] })[0]?.plan?.id).toBe('plan-draft');
    expect(rowsOf({ pupils: [ada], plans: [active, draft], booked: [] })[0]?.review).toBe('ok');
  });

  test('a plan whose pupil is no longer on the register gets no row', () => {
    expect(names(rowsOf({ pupils: [ben], plans: [currentPlan(ada, '2026-11-20')], booked: [] }))).toEqual([
      'Ben Nwosu',
    ]);
  });
});

describe('sorting by what needs doing', () => {
  const pupil = (id: string, givenName: string) => registerPupil(id, { givenName, familyName: 'Smith' });
  const overdueLong = pupil('1', 'Olu');
  const overdueShort = pupil('2', 'Omar');
  const dueTomorrow = pupil('3', 'Dani');
  const dueNextWeek = pupil('4', 'Dev');
  const noPlanZoe = pupil('5', 'Zoe');
  const noPlanAmy = pupil('6', 'Amy');
  const bookedLater = pupil('7', 'Bea');
  const bookedSooner = pupil('8', 'Bob');
  const okLater = pupil('9', 'Kit');
  const okSooner = pupil('10', 'Kai');
  const bookedLaterPlan = currentPlan(bookedLater, '2026-11-01');
  const bookedSoonerPlan = currentPlan(bookedSooner, '2027-03-01');
  const plans = [
    currentPlan(overdueLong, '2026-10-01'),
    currentPlan(overdueShort, '2026-12-01'),
    currentPlan(dueTomorrow, '2026-12-04'),
    currentPlan(dueNextWeek, '2026-12-10'),
    bookedLaterPlan,
    bookedSoonerPlan,
    currentPlan(okLater, '2027-04-01'),
    currentPlan(okSooner, '2027-02-01'),
  ];
  const rows = rowsOf({
    pupils: [okLater, noPlanZoe, bookedLater, dueNextWeek, overdueShort, okSooner, noPlanAmy, bookedSooner],
    plans,
    booked: [
      meetingFor(bookedLaterPlan, '2026-12-15T09:00:00Z'),
      meetingFor(bookedSoonerPlan, '2026-12-07T09:00:00Z'),
    ],
  }).concat(rowsOf({ pupils: [dueTomorrow, overdueLong], plans, booked: [] }));

  test('overdue (most overdue first), due soon, no plan, booked (soonest meeting), then the rest', () => {
    expect(names(sortByWhatNeedsDoing(rows))).toEqual([
      'Olu Smith',
      'Omar Smith',
      'Dani Smith',
      'Dev Smith',
      'Amy Smith',
      'Zoe Smith',
      'Bob Smith',
      'Bea Smith',
      'Kai Smith',
      'Kit Smith',
    ]);
  });

  test('ties go by name, with numbers in names in counting order', () => {
    const same = ['Pupil 10', 'Pupil 2', 'pupil 1'].map((givenName, i) =>
      registerPupil(String(i), { givenName, familyName: 'Year' }),
    );
    expect(names(sortByWhatNeedsDoing(rowsOf({ pupils: same, plans: [], booked: [] })))).toEqual([
      'pupil 1 Year',
      'Pupil 2 Year',
      'Pupil 10 Year',
    ]);
  });
});

describe('filtering the register', () => {
  const ada = registerPupil('1', {
    givenName: 'Ada',
    familyName: "O'Brien",
    yearGroup: 'Year 3',
    classTeamId: 'team-3o',
    className: 'Year 3 Oak',
    senStatus: 'E',
    primaryNeed: 'ASD',
  });
  const ben = registerPupil('2', { givenName: 'Ben', familyName: 'Nwosu', primaryNeed: 'SLCN' });
  const rows = rowsOf({ pupils: [ada, ben], plans: [currentPlan(ada, '2026-11-01')], booked: [] });
  const only = (filter: Partial<typeof ALL_REGISTER>) =>
    names(filterRegisterRows(rows, { ...ALL_REGISTER, ...filter }));

  test('everything shows with no filter', () => {
    expect(only({})).toEqual(["Ada O'Brien", 'Ben Nwosu']);
  });

  test.each([
    [{ text: 'obrien' }],
    [{ text: ada.pupilRef }],
    [{ yearGroup: 'Year 3' }],
    [{ classTeamId: 'team-3o' }],
    [{ senStatus: 'E' as const }],
    [{ primaryNeed: 'ASD' as const }],
    [{ review: 'overdue' as const }],
  ])('%j finds only the pupil who matches it', (filter) => {
    expect(only(filter)).toEqual(["Ada O'Brien"]);
  });

  test('filters combine: a pupil must match all of them', () => {
    expect(only({ yearGroup: 'Year 3', primaryNeed: 'SLCN' })).toEqual([]);
  });
});

describe('the filters offered', () => {
  const pupils = [
    registerPupil('1', { yearGroup: 'Year 10', classTeamId: 't10', className: '10H' }),
    registerPupil('2', {
      yearGroup: 'Year 2',
      classTeamId: 't2',
      className: 'Year 2 Willow',
      primaryNeed: 'SEMH',
    }),
    registerPupil('3', {
      yearGroup: 'Reception',
      classTeamId: 'tr',
      className: 'Robins',
      primaryNeed: 'ASD',
    }),
    registerPupil('4', { yearGroup: 'Hawthorn group', classTeamId: 't2', className: 'Year 2 Willow' }),
    registerPupil('5', { yearGroup: 'Year 2', classTeamId: 't2b', className: '2B', primaryNeed: 'SPLD' }),
    registerPupil('6', {
      yearGroup: '',
      classTeamId: 'tn',
      className: 'Nursery',
      senStatus: 'N',
      primaryNeed: null,
    }),
  ];
  const options = registerFilterOptions(rowsOf({ pupils, plans: [], booked: [] }));

  test('year groups come in school order, with a school’s own groups after Year 13', () => {
    expect(options.yearGroups).toEqual(['Reception', 'Year 2', 'Year 10', 'Hawthorn group']);
  });

  test('each class once, by name', () => {
    expect(options.classes).toEqual([
      { id: 't2b', name: '2B' },
      { id: 't10', name: '10H' },
      { id: 'tn', name: 'Nursery' },
      { id: 'tr', name: 'Robins' },
      { id: 't2', name: 'Year 2 Willow' },
    ]);
  });

  test('only the primary needs some pupil has, in census order', () => {
    expect(options.primaryNeeds).toEqual(['SPLD', 'SEMH', 'ASD']);
  });
});
