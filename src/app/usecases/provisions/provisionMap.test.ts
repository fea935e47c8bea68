import { type NewPlacement, type NewProvision, type ProvisionMapData, type PupilId } from '../../../domain';
import { PlacementSchema, ProvisionSchema } from '../../../domain/provision';
import { defaultEnglishTerms, wholeTerms, type SchoolTerm } from '../../../domain/termDates';
import { registerPupil } from '../register/testing/registerFixtures';
import {
  buildProvisionMap,
  pupilCostStatement,
  WHOLE_PROVISION_MAP,
  type ProvisionMap,
} from './provisionMap';

// Autumn 2026: 70 school days, half term after the 35th.
const autumn = wholeTerms(defaultEnglishTerms(2026))[0] as SchoolTerm;

const provision = (id: string, overrides: Partial<NewProvision>) =>
  ProvisionSchema.parse({
    id,
    name: id,
    areaOfNeed: 'cognition-and-learning',
    delivery: 'group',
    groupSize: 6,
    staffRole: 'teaching-assistant',
    sessionsPerWeek: 1,
    minutesPerSession: 30,
    weeksPerTerm: 10,
    costPerHourPence: 2500,
    ...overrides,
  });

const placement = (provisionId: string, pupilId: string, overrides: Partial<NewPlacement> = {}) =>
  PlacementSchema.parse({
    id: `${provisionId}-${pupilId}`,
    provisionId,
    pupilId,
    term: autumn.start,
    start: autumn.start,
    end: autumn.end,
    ...overrides,
  });

const pupils = [
  registerPupil('ada', {
    givenName: 'Ada',
    familyName: 'Adeyemi',
    yearGroup: 'Year 3',
    classTeamId: 't3a',
    className: '3A',
  }),
  registerPupil('ben', {
    givenName: 'Ben',
    familyName: 'Brown',
    yearGroup: 'Year 3',
    classTeamId: 't3b',
    className: '3B',
  }),
  registerPupil('cara', {
    givenName: 'Cara',
    familyName: 'Cole',
    yearGroup: 'Reception',
    classTeamId: 'tra',
    className: 'RA',
  }),
  registerPupil('dev', {
    givenName: 'Dev',
    familyName: 'Das',
    yearGroup: 'Year 10',
    classTeamId: 't10x',
    className: '10X',
  }),
];

/**
 * By hand: Phonics, 2 × 30 minutes for 10 weeks at £30 an hour (10 hours, £300) and £60 of books,
 * £360 shared 2:2:1 by Ada, Ben and Cara (who joined after half term): £144, £144, £72.
 * Precision teaching, 1:1, 3 × 10 minutes for 10 weeks at £15 (5 hours, £75), for Ada and a pupil
 * who has left. ELSA, 1:1, 30 minutes for 10 weeks at £25 (5 hours, £125), for Dev.
 * The school: 25 staff hours, £635, five pupils on six placements.
 */
const data: ProvisionMapData = {
  provisions: [
    provision('Phonics catch-up', {
      staffNames: ['Mrs Patel'],
      sessionsPerWeek: 2,
      costPerHourPence: 3000,
      resourcesCostPence: 6000,
    }),
    provision('Precision teaching', {
      delivery: 'one-to-one',
      groupSize: 1,
      sessionsPerWeek: 3,
      minutesPerSession: 10,
      costPerHourPence: 1500,
      staffNames: ['Mrs Patel', 'Mr Jones'],
      entryExit: { name: 'Words read', higherIsBetter: true },
    }),
    provision('ELSA', {
      areaOfNeed: 'social-emotional-mental-health',
      delivery: 'one-to-one',
      staffRole: 'specialist',
    }),
    provision('Social skills', { areaOfNeed: 'communication-and-interaction' }),
  ],
  placements: [
    placement('Phonics catch-up', 'ada'),
    placement('Phonics catch-up', 'ben'),
    placement('Phonics catch-up', 'cara', { start: '2026-11-02' }),
    placement('Precision teaching', 'ada', { entryScore: 10, exitScore: 18 }),
    placement('Precision teaching', 'gone', { entryScore: 12, exitScore: 11 }),
    placement('ELSA', 'dev'),
    placement('ELSA', 'ben', { term: '2027-01-04', start: '2027-01-04', end: '2027-03-26' }),
  ],
  groupPlans: [],
  pupils,
  problems: [],
};

const rowsOf = (map: ProvisionMap) =>
  map.areas.flatMap((a) =>
    a.rows.map((r) => [a.label, r.provision.name, r.cells, r.pupils, r.staffHours, r.costPence]),
  );

describe('the provision map of a term', () => {
  const map = buildProvisionMap(data, autumn);

  test('rows are the provisions with pupils this term, grouped by area; columns are year groups in school order', () => {
    expect(map.columns.map((c) => c.label)).toEqual([
      'Reception',
      'Year 3',
      'Year 10',
      'No longer on the register',
    ]);
    expect(rowsOf(map)).toEqual([
      ['Cognition and learning', 'Phonics catch-up', [1, 2, 0, 0], 3, 10, 36000],
      ['Cognition and learning', 'Precision teaching', [0, 1, 0, 1], 2, 10, 15000],
      ['Social, emotional and mental health', 'ELSA', [0, 0, 1, 0], 1, 5, 12500],
    ]);
  });

  test('areas, columns and the school total add up to the pupils’ shares, to the penny', () => {
    expect(
      map.areas.map((a) => [
        a.label,
        a.totals.cells,
        a.totals.pupils,
        a.totals.staffHours,
        a.totals.costPence,
      ]),
    ).toEqual([
      ['Cognition and learning', [1, 2, 0, 1], 4, 20, 51000],
      ['Social, emotional and mental health', [0, 0, 1, 0], 1, 5, 12500],
    ]);
    expect(map.columnTotals).toEqual([
      { pupils: 1, costPence: 7200 },
      { pupils: 2, costPence: 14400 + 7500 + 14400 },
      { pupils: 1, costPence: 12500 },
      { pupils: 1, costPence: 7500 },
    ]);
    expect(map.totals).toEqual({ pupils: 5, placements: 6, groups: 4, staffHours: 25, costPence: 63500 });
    const shares = map.pupils.reduce((sum, p) => sum + p.costPence, 0);
    const columns = map.columnTotals.reduce((sum, c) => sum + c.costPence, 0);
    expect([shares, columns]).toEqual([63500, 63500]);
  });

  test("a pupil's cost statement lists their provisions, hours received and cost, with the total", () => {
    expect(pupilCostStatement(map, 'ada' as PupilId)).toMatchObject({
      name: 'Ada Adeyemi',
      yearGroup: 'Year 3',
      className: '3A',
      lines: [
        { provisionName: 'Phonics catch-up', hours: 10, costPence: 14400 },
        { provisionName: 'Precision teaching', hours: 5, costPence: 7500 },
      ],
      hours: 15,
      costPence: 21900,
    });
    expect(pupilCostStatement(map, 'cara' as PupilId)).toMatchObject({
      lines: [{ start: '2026-11-02', end: '2026-12-18', hours: 5, costPence: 7200 }],
    });
    expect(pupilCostStatement(map, 'nobody' as PupilId)).toBeNull();
  });

  test('a pupil who has left still counts by their placement, unnamed, after the register', () => {
    expect(map.pupils.map((p) => p.name)).toEqual([
      'Ada Adeyemi',
      'Ben Brown',
      'Cara Cole',
      'Dev Das',
      'Pupil no longer on the register',
    ]);
    expect(map.pupils[4]).toMatchObject({ onRegister: false, costPence: 7500 });
  });

  test("named staff carry their groups' hours across provisions, shared where two are named", () => {
    // Phonics: 10 hours for Mrs Patel. Precision teaching: two 5-hour 1:1s, split between two names.
    expect(map.staff).toEqual([
      { name: 'Mr Jones', hours: 5 },
      { name: 'Mrs Patel', hours: 15 },
    ]);
  });

  test('each row carries its impact on the measure', () => {
    const precision = map.areas[0]?.rows[1];
    expect(precision?.impact).toMatchObject({
      measure: { name: 'Words read' },
      measured: 2,
      improved: 1,
      meanChange: 3.5,
    });
  });

  test('filters by area of need and staff role narrow rows, columns, totals and statements alike', () => {
    const semh = buildProvisionMap(data, autumn, {
      ...WHOLE_PROVISION_MAP,
      areaOfNeed: 'social-emotional-mental-health',
    });
    expect(rowsOf(semh).map((r) => r[1])).toEqual(['ELSA']);
    expect(semh.columns.map((c) => c.label)).toEqual(['Year 10']);
    expect(semh.totals).toEqual({ pupils: 1, placements: 1, groups: 1, staffHours: 5, costPence: 12500 });
    expect(semh.pupils.map((p) => p.name)).toEqual(['Dev Das']);
    expect(semh.staff).toEqual([]);

    const assistants = buildProvisionMap(data, autumn, {
      ...WHOLE_PROVISION_MAP,
      staffRole: 'teaching-assistant',
    });
    expect(rowsOf(assistants).map((r) => r[1])).toEqual(['Phonics catch-up', 'Precision teaching']);
    expect(assistants.totals.costPence).toBe(51000);
  });

  test('columns by class use the class names in natural order', () => {
    const byClass = buildProvisionMap(data, autumn, { ...WHOLE_PROVISION_MAP, columns: 'class' });
    expect(byClass.columns.map((c) => c.label)).toEqual([
      '3A',
      '3B',
      '10X',
      'RA',
      'No longer on the register',
    ]);
    expect(byClass.areas[0]?.rows[0]?.cells).toEqual([1, 1, 0, 1, 0]);
  });

  test('year groups run Nursery, Reception, Year 1 to Year 13, then a school’s own groups, then none', () => {
    const years = ['Year 13', 'Sunflowers', 'Year 2', 'Reception', 'Nursery', 'Year 1', ''];
    const school = years.map((yearGroup, i) => registerPupil(`p${i}`, { yearGroup }));
    const oneEach = buildProvisionMap(
      {
        ...data,
        pupils: school,
        placements: school.map((p) => placement('ELSA', p.id)),
      },
      autumn,
    );
    expect(oneEach.columns.map((c) => c.label)).toEqual([
      'Nursery',
      'Reception',
      'Year 1',
      'Year 2',
      'Year 13',
      'Sunflowers',
      'No year group',
    ]);
  });

  test('a term with no placements has no rows and nothing to pay', () => {
    const spring = wholeTerms(defaultEnglishTerms(2026))[1] as SchoolTerm;
    const empty = buildProvisionMap(
      { ...data, placements: data.placements.filter((p) => p.term === autumn.start) },
      spring,
    );
    expect(empty.areas).toEqual([]);
    expect(empty.totals).toEqual({ pupils: 0, placements: 0, groups: 0, staffHours: 0, costPence: 0 });
  });
});
