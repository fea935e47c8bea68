import {
  PlacementSchema,
  ProvisionSchema,
  type NewPlacement,
  type NewProvision,
  type Placement,
} from './provision';
import {
  attendanceFraction,
  costProvisionTerm,
  formatHours,
  formatPounds,
  shareByLargestRemainder,
  staffHoursByPerson,
} from './provisionCost';
import { defaultEnglishTerms, wholeTerms, type SchoolTerm } from './termDates';

// Autumn 2026 in the default English dates: 07/09–23/10 and 02/11–18/12, 35 school days each.
const autumn = wholeTerms(defaultEnglishTerms(2026))[0] as SchoolTerm;

const provision = (id: string, overrides: Partial<NewProvision> = {}) =>
  ProvisionSchema.parse({
    id,
    name: `Provision ${id}`,
    areaOfNeed: 'cognition-and-learning',
    delivery: 'group',
    groupSize: 6,
    staffRole: 'teaching-assistant',
    sessionsPerWeek: 1,
    minutesPerSession: 60,
    weeksPerTerm: 10,
    costPerHourPence: 2000,
    ...overrides,
  });

let nextPlacement = 1;
const placement = (provisionId: string, pupilId: string, overrides: Partial<NewPlacement> = {}): Placement =>
  PlacementSchema.parse({
    id: `placement-${String(nextPlacement++).padStart(3, '0')}`,
    provisionId,
    pupilId,
    term: autumn.start,
    start: autumn.start,
    end: autumn.end,
    ...overrides,
  });

describe('attendance through a term', () => {
  test('the whole term is 1 and half term is not a school day', () => {
    expect(autumn.start).toBe('2026-09-07');
    expect(attendanceFraction({ start: autumn.start, end: autumn.end }, autumn)).toBe(1);
    // Joining on the Monday after half term, or during half term itself, is the second half only.
    expect(attendanceFraction({ start: '2026-11-02', end: autumn.end }, autumn)).toBe(0.5);
    expect(attendanceFraction({ start: '2026-10-28', end: autumn.end }, autumn)).toBe(0.5);
  });

  test('counts weekdays only and clamps dates outside the term', () => {
    expect(attendanceFraction({ start: '2026-09-07', end: '2026-09-13' }, autumn)).toBeCloseTo(5 / 70, 12);
    // Thursday to Monday: three school days across a weekend.
    expect(attendanceFraction({ start: '2026-09-10', end: '2026-09-14' }, autumn)).toBeCloseTo(3 / 70, 12);
    expect(attendanceFraction({ start: '2026-08-01', end: '2027-01-31' }, autumn)).toBe(1);
    expect(attendanceFraction({ start: '2027-01-04', end: '2027-02-01' }, autumn)).toBe(0);
  });
});

describe('the cost of a provision in a term, in pounds and pence', () => {
  test('£20.00 an hour for 7.5 hours is £150.00', () => {
    const precision = provision('p1', { delivery: 'one-to-one', minutesPerSession: 45, groupSize: 1 });
    const cost = costProvisionTerm(precision, [placement('p1', 'ada')], autumn);
    expect(cost.groups).toEqual([expect.objectContaining({ staffHours: 7.5, weeks: 10, costPence: 15000 })]);
    expect(formatPounds(cost.pupils[0]?.costPence ?? 0)).toBe('£150.00');
  });

  test("a half penny is rounded up once, on the group's cost", () => {
    // £10.01 an hour for half an hour is 500.5p.
    const short = provision('p2', { minutesPerSession: 30, weeksPerTerm: 1, costPerHourPence: 1001 });
    const cost = costProvisionTerm(short, [placement('p2', 'ada')], autumn);
    expect(cost.groups[0]?.costPence).toBe(501);
  });

  test('a £100 group shared by three is 3334, 3333 and 3333 pence, adding up to £100 exactly', () => {
    const books = provision('p3', { costPerHourPence: 0, resourcesCostPence: 10000 });
    const cost = costProvisionTerm(
      books,
      [placement('p3', 'ada'), placement('p3', 'ben'), placement('p3', 'cara')],
      autumn,
    );
    expect(cost.groups[0]?.costPence).toBe(10000);
    expect(cost.pupils.map((p) => p.costPence)).toEqual([3334, 3333, 3333]);
  });

  test('a pupil joining after half term pays for and receives half of what a whole-term pupil does', () => {
    // 2 × 30 minutes a week for 10 weeks at £30 an hour: 10 hours, £300.
    const phonics = provision('p4', { sessionsPerWeek: 2, minutesPerSession: 30, costPerHourPence: 3000 });
    const cost = costProvisionTerm(
      phonics,
      [placement('p4', 'ada'), placement('p4', 'ben', { start: '2026-11-02' })],
      autumn,
    );
    expect(cost.groups).toEqual([expect.objectContaining({ weeks: 10, staffHours: 10, costPence: 30000 })]);
    expect(cost.pupils.map((p) => [p.pupilId, p.hours, p.costPence])).toEqual([
      ['ada', 10, 20000],
      ['ben', 5, 10000],
    ]);
  });

  test('a group that starts after half term runs, and costs, half a term, resources included', () => {
    const phonics = provision('p5', { resourcesCostPence: 5001 });
    const cost = costProvisionTerm(
      phonics,
      [placement('p5', 'ada', { start: '2026-11-02' }), placement('p5', 'ben', { start: '2026-11-02' })],
      autumn,
    );
    // 5 hours at £20 plus half of £50.01 (2500.5p, rounded up).
    expect(cost.groups).toEqual([
      expect.objectContaining({ weeks: 5, staffHours: 5, costPence: 10000 + 2501 }),
    ]);
    expect(cost.pupils.map((p) => p.costPence)).toEqual([6251, 6250]);
  });

  test('1:1 is a group per pupil; a small group is shared, and a second group costs again', () => {
    const pupils = ['ada', 'ben', 'cara'];
    const oneToOne = provision('p6', { delivery: 'one-to-one', groupSize: 1 });
    const solo = costProvisionTerm(
      oneToOne,
      pupils.map((id) => placement('p6', id)),
      autumn,
    );
    expect(solo.groups).toHaveLength(3);
    expect(solo.pupils.map((p) => p.costPence)).toEqual([20000, 20000, 20000]);

    const group = provision('p7');
    const shared = costProvisionTerm(
      group,
      pupils.map((id) => placement('p7', id)),
      autumn,
    );
    expect(shared.groups).toEqual([expect.objectContaining({ staffHours: 10, costPence: 20000 })]);
    expect(shared.pupils.map((p) => p.costPence)).toEqual([6667, 6667, 6666]);

    const two = costProvisionTerm(
      group,
      [placement('p7', 'ada'), placement('p7', 'ben'), placement('p7', 'cara', { group: 2 })],
      autumn,
    );
    expect(two.groups.map((g) => [g.group, g.costPence])).toEqual([
      [1, 20000],
      [2, 20000],
    ]);
    expect(two.pupils.map((p) => p.costPence)).toEqual([10000, 10000, 20000]);
  });

  test('two adults in each session double the staff hours and their cost', () => {
    const motor = provision('p8', { staffPerSession: 2 });
    const cost = costProvisionTerm(motor, [placement('p8', 'ada')], autumn);
    expect(cost.groups).toEqual([expect.objectContaining({ staffHours: 20, costPence: 40000 })]);
  });

  test("other provisions' and other terms' placements are not counted", () => {
    const phonics = provision('p9');
    const cost = costProvisionTerm(
      phonics,
      [placement('p9', 'ada'), placement('other', 'ben'), placement('p9', 'cara', { term: '2027-01-04' })],
      autumn,
    );
    expect(cost.pupils.map((p) => p.pupilId)).toEqual(['ada']);
  });
});

describe('shares by the largest remainder', () => {
  test('always add up to the whole and favour the larger remainders', () => {
    expect(shareByLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(shareByLargestRemainder(10, [1, 2])).toEqual([3, 7]);
    expect(shareByLargestRemainder(7, [0, 0])).toEqual([0, 0]);
  });
});

describe('staff hours across provisions', () => {
  test('one teaching assistant running two groups carries both groups; named pairs split a group', () => {
    const phonics = provision('s1', { staffNames: ['Mrs Patel'] });
    const social = provision('s2', { staffNames: ['Mrs  Patel ', 'Mr Jones'], minutesPerSession: 30 });
    const hours = staffHoursByPerson(
      [phonics, social, provision('s3')],
      [
        placement('s1', 'ada'),
        placement('s1', 'ben', { group: 2 }),
        placement('s2', 'cara'),
        placement('s3', 'dev'),
      ],
      autumn,
    );
    // Phonics: two groups of 10 hours. Social skills: 5 hours, split between its two named staff.
    expect(Object.fromEntries(hours)).toEqual({ 'Mrs Patel': 22.5, 'Mr Jones': 2.5 });
  });
});

describe('figures as staff read them', () => {
  test('pounds in en-GB with pence', () => {
    expect(formatPounds(123450)).toBe('£1,234.50');
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(0)).toBe('£0.00');
  });

  test('hours to one decimal place at most', () => {
    expect(formatHours(15)).toBe('15 hours');
    expect(formatHours(7.5)).toBe('7.5 hours');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(10 / 3)).toBe('3.3 hours');
    expect(formatHours(1250)).toBe('1,250 hours');
  });
});
