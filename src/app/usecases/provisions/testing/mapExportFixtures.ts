/**
 * A small provision map for the export tests, figures worked out by hand. Autumn 2026, whole term:
 * - Phonics catch-up group (cognition and learning): 2 × 30 minutes a week for 10 weeks at £30 an
 *   hour, £60 of books: 10 staff hours, £360, shared by Ada, Ben and Cara: £120 each.
 * - Precision teaching (cognition and learning), 1:1, 3 × 10 minutes for 10 weeks at £15: 5 hours,
 *   £75 for Ada.
 * - ELSA sessions (social, emotional and mental health), 1:1, 30 minutes for 10 weeks at £25:
 *   5 hours, £125 for Dev, whose provision is named like a spreadsheet formula.
 * The school: 20 staff hours (Mrs Patel 15, Ms Jones 5), £560, four pupils on five places.
 */
import { type NewProvision, type ProvisionMapData } from '../../../../domain';
import { PlacementSchema, ProvisionSchema } from '../../../../domain/provision';
import { defaultEnglishTerms, wholeTerms, type SchoolTerm } from '../../../../domain/termDates';
import { registerPupil } from '../../register/testing/registerFixtures';
import type { ProvisionMapDocument } from '../../../../word/provisionMap/provisionMapDocx';
import { buildProvisionMap, type ProvisionMap } from '../provisionMap';
import { provisionMapDocument } from '../provisionMapDocx';

export const AUTUMN_2026 = wholeTerms(defaultEnglishTerms(2026))[0] as SchoolTerm;

export const HOSTILE_NAME = '=HYPERLINK("https://evil.example","ELSA")';

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

const placement = (provisionId: string, pupilId: string) =>
  PlacementSchema.parse({
    id: `${provisionId}-${pupilId}`,
    provisionId,
    pupilId,
    term: AUTUMN_2026.start,
    start: AUTUMN_2026.start,
    end: AUTUMN_2026.end,
  });

const pupil = (id: string, givenName: string, yearGroup: string, className: string) =>
  registerPupil(id, { givenName, familyName: 'Test', yearGroup, classTeamId: `t-${className}`, className });

export const MAP_DATA: ProvisionMapData = {
  provisions: [
    provision('phonics', {
      name: 'Phonics catch-up group',
      staffNames: ['Mrs Patel'],
      sessionsPerWeek: 2,
      costPerHourPence: 3000,
      resourcesCostPence: 6000,
    }),
    provision('precision', {
      name: 'Precision teaching',
      staffNames: ['Mrs Patel'],
      delivery: 'one-to-one',
      groupSize: 1,
      sessionsPerWeek: 3,
      minutesPerSession: 10,
      costPerHourPence: 1500,
    }),
    provision('elsa', {
      name: HOSTILE_NAME,
      staffNames: ['Ms Jones'],
      areaOfNeed: 'social-emotional-mental-health',
      delivery: 'one-to-one',
      groupSize: 1,
      staffRole: 'specialist',
    }),
  ],
  placements: [
    placement('phonics', 'ada'),
    placement('phonics', 'ben'),
    placement('phonics', 'cara'),
    placement('precision', 'ada'),
    placement('elsa', 'dev'),
  ],
  groupPlans: [],
  pupils: [
    pupil('ada', 'Ada', 'Year 3', '3A'),
    pupil('ben', 'Ben', 'Year 3', '3B'),
    pupil('cara', 'Cara', 'Reception', 'RA'),
    pupil('dev', 'Dev', 'Year 6', '6D'),
  ],
  problems: [],
};

export const exportMap = (): ProvisionMap => buildProvisionMap(MAP_DATA, AUTUMN_2026);

/** The map's document with `count` classes, one pupil in each on every row: more than fit across a page. */
export const manyClasses = (count: number): ProvisionMapDocument => {
  const doc = provisionMapDocument(exportMap());
  const columns = Array.from({ length: count }, (_, i) => `Class ${i + 1}B`);
  const row = <T extends { readonly cells: readonly number[] }>(r: T): T => ({
    ...r,
    cells: columns.map(() => 1),
  });
  return {
    ...doc,
    columnsBy: 'Class',
    columns,
    areas: doc.areas.map((a) => ({ ...a, rows: a.rows.map(row), totals: row(a.totals) })),
    school: row(doc.school),
  };
};
