/**
 * The SENCO's provision map: how many Graph requests it takes to open a term's map for a school of
 * 2,000 pupils on the register and a catalogue of 60 provisions, with last term's placements and group
 * plans still in the lists. The store reads the catalogue, the term's placements and group plans (each
 * by its indexed Term) and the active register in one `$batch`, after looking the list ids up as a new
 * page does.
 */
import { internalsOf } from '../../dev/standin/internals';
import {
  asPupilId,
  fixedClock,
  type Placement,
  type Provision,
  type ProvisionMapData,
  type Pupil,
} from '../../src/domain';
import { groupPlanToFields } from '../../src/graph/sharepoint/provisions/groupPlanMapper';
import { newPlacementFields } from '../../src/graph/sharepoint/provisions/placementMapper';
import { provisionToFields } from '../../src/graph/sharepoint/provisions/provisionMapper';
import { createSharePointProvisionStore } from '../../src/graph/sharepoint/provisions/provisionStore';
import { pupilToFields } from '../../src/graph/sharepoint/pupils/pupilMapper';
import { atMost, type BenchRow } from './report';
import { BENCH_NOW, openSchool, SENCO, type BenchSchool } from './school';

export const PROVISION_MAP_PUPILS = 2_000;
export const PROVISION_MAP_PROVISIONS = 60;
/** Each term's placements: about 1,200 (three pupils in five on something, as in a school with a big map). */
const PLACEMENTS_PER_PROVISION = 20;
const TERM = '2026-09-07';
const LAST_TERM = '2026-04-20';
const CLASS_SIZE = 30;

const pupilAt = (n: number): Omit<Pupil, 'id'> => ({
  givenName: ['Zoë', 'Oliver', 'Amelia', 'Mohammed', 'Isla', 'Kacper', 'Ffion'][n % 7] as string,
  familyName: `Pupil-${n}`,
  preferredName: '',
  pupilRef: `MAP${String(n).padStart(6, '0')}`,
  classTeamId:
    `c1a55${String(Math.floor(n / CLASS_SIZE)).padStart(3, '0')}-0000-4000-8000-000000000000` as Pupil['classTeamId'],
  className: `Class ${Math.floor(n / CLASS_SIZE)}`,
  yearGroup: `Year ${1 + (Math.floor(n / CLASS_SIZE) % 6)}`,
  dateOfBirth: '',
  senStatus: n % 10 === 0 ? 'E' : 'K',
  primaryNeed: 'SLCN',
  registerStatus: 'active',
  leftOn: '',
  history: [],
});

const AREAS = [
  'cognition-and-learning',
  'communication-and-interaction',
  'social-emotional-mental-health',
  'sensory-and-physical',
] as const;

const provisionAt = (n: number): Omit<Provision, 'id' | 'etag'> => ({
  name: `Provision ${String(n + 1).padStart(2, '0')}`,
  areaOfNeed: AREAS[n % AREAS.length] ?? 'cognition-and-learning',
  delivery: n % 3 === 0 ? 'one-to-one' : 'group',
  groupSize: n % 3 === 0 ? 1 : 6,
  staffRole: 'teaching-assistant',
  staffNames: ['Tom Bennett'],
  staffPerSession: 1,
  sessionsPerWeek: 1 + (n % 5),
  minutesPerSession: 10 + 5 * (n % 6),
  weeksPerTerm: 10,
  costPerHourPence: 1850,
  resourcesCostPence: 100 * (n % 50),
  description: 'What happens in a session.',
  entryExit: { name: 'Score', higherIsBetter: true },
  retired: false,
});

export interface ProvisionMapSchool {
  readonly school: BenchSchool;
  readonly placementsThisTerm: number;
}

/** The school put straight into the stand-in's lists, with the product's own mappers. */
export const seedProvisionMapSchool = async (
  pupilCount = PROVISION_MAP_PUPILS,
  provisionCount = PROVISION_MAP_PROVISIONS,
  options: { readonly staticDir?: string } = {},
): Promise<ProvisionMapSchool> => {
  const school = await openSchool(options);
  try {
    const seed = (listId: string, rows: readonly Record<string, unknown>[]): string[] =>
      internalsOf(school.standIn).seedListItems(school.siteId, listId, rows, SENCO.email);
    const pupilIds = seed(
      school.listIds.pupils,
      Array.from({ length: pupilCount }, (_, n) => pupilToFields(pupilAt(n))),
    ).map(asPupilId);
    const provisionIds = seed(
      school.listIds.provisions,
      Array.from({ length: provisionCount }, (_, n) => provisionToFields(provisionAt(n))),
    );
    const placementsOf = (term: string, offset: number): Omit<Placement, 'id' | 'etag'>[] =>
      provisionIds.flatMap((provisionId, p) =>
        Array.from({ length: PLACEMENTS_PER_PROVISION }, (_, i) => ({
          provisionId: provisionId as Placement['provisionId'],
          pupilId: pupilIds[(p * 37 + i * 97 + offset) % pupilIds.length] as Placement['pupilId'],
          term,
          start: term,
          end: term,
          group: 1 + Math.floor(i / 6),
          entryScore: i,
          exitScore: i % 4 === 3 ? null : i + 3,
          outcomes: {},
        })),
      );
    const thisTerm = placementsOf(TERM, 0);
    seed(school.listIds.placements, [...thisTerm, ...placementsOf(LAST_TERM, 11)].map(newPlacementFields));
    seed(
      school.listIds.groupPlans,
      [TERM, LAST_TERM].flatMap((term) =>
        provisionIds.map((provisionId) =>
          groupPlanToFields({
            provisionId: provisionId as Placement['provisionId'],
            term,
            group: 1,
            targets: [],
            reviewDate: null,
          }),
        ),
      ),
    );
    return { school, placementsThisTerm: thisTerm.length };
  } catch (error) {
    await school.close();
    throw error;
  }
};

const expectWhole = (
  map: ProvisionMapData,
  seeded: ProvisionMapSchool,
  pupils: number,
  provisions: number,
) => {
  const read = [map.pupils.length, map.provisions.length, map.placements.length, map.groupPlans.length];
  const expected = [pupils, provisions, seeded.placementsThisTerm, provisions];
  if (map.problems.length > 0 || read.some((n, i) => n !== expected[i]))
    throw new Error(
      `The map read ${read.join('/')} pupils/provisions/placements/group plans and ${map.problems.length} problems; ` +
        `expected ${expected.join('/')} and none.`,
    );
};

/** Graph requests to open the term's map on a new page (list ids looked up), and the `$batch` parts. */
export const measureProvisionMapRequests = async (
  seeded: ProvisionMapSchool,
  pupils = PROVISION_MAP_PUPILS,
  provisions = PROVISION_MAP_PROVISIONS,
): Promise<{ requests: number; batchParts: number }> => {
  const store = createSharePointProvisionStore(seeded.school.clientFor(SENCO), {
    siteId: seeded.school.siteId,
    clock: fixedClock(BENCH_NOW),
    currentUser: () => Promise.resolve(SENCO),
  });
  return seeded.school.requestsFor(async () =>
    expectWhole(await store.loadProvisionMap(TERM), seeded, pupils, provisions),
  );
};

export const benchProvisionMapRequests = async (): Promise<{
  rows: BenchRow[];
  details: Record<string, unknown>;
}> => {
  const seeded = await seedProvisionMapSchool();
  try {
    const opening = await measureProvisionMapRequests(seeded);
    return {
      rows: [
        {
          name: `provision map, ${PROVISION_MAP_PUPILS.toLocaleString('en-GB')} pupils and ${PROVISION_MAP_PROVISIONS} provisions: Graph requests`,
          value: opening.requests,
          unit: 'requests',
          budget: atMost(3),
          note: `${seeded.placementsThisTerm.toLocaleString('en-GB')} placements this term and as many last term, list ids looked up too`,
        },
      ],
      details: { batchParts: opening.batchParts, placementsThisTerm: seeded.placementsThisTerm },
    };
  } finally {
    await seeded.school.close();
  }
};
