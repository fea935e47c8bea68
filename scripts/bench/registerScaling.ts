/**
 * The SENCO's whole-school register: how many Graph requests it takes to open for 2,000 pupils whose
 * plan list has 50,000 items over the years, and how its time grows from a school of 500. Both schools
 * keep the same history per pupil (24 versions), so the larger one has four times everything; the
 * store reads only active pupils, current plans and booked reviews, each through an index.
 */
import type { SchoolRegister } from '../../src/domain';
import { seedWholeSchool, type WholeSchoolCounts } from '../../test/integration/support/wholeSchool';
import { alternatingMedians, round, type Timing } from './measure';
import { atMost, type BenchRow } from './report';
import { openSchool, SENCO, type BenchSchool } from './school';

const LARGE = 2_000;
const SMALL = 500;
/** 2,000 pupils (and 100 who left) with 24 versions each: 50,400 plan items. */
const CLOSED_VERSIONS_PER_PUPIL = 23;
const RUNS = 15;
const WARM_UPS = 5;

const expectWhole = (register: SchoolRegister, counts: WholeSchoolCounts): void => {
  const read = [register.pupils.length, register.plans.length, register.booked.length];
  const expected = [counts.activePupils, counts.currentPlans, counts.booked];
  if (register.problems.length > 0 || read.some((n, i) => n !== expected[i]))
    throw new Error(
      `The register read ${read.join('/')} pupils/plans/bookings and ${register.problems.length} problems; ` +
        `expected ${expected.join('/')} and none.`,
    );
};

const schoolOf = async (
  activePupils: number,
): Promise<{ school: BenchSchool; counts: WholeSchoolCounts; load: () => Promise<void> }> => {
  const school = await openSchool();
  let counts: WholeSchoolCounts;
  try {
    counts = seedWholeSchool(school, { activePupils, closedVersionsPerPupil: CLOSED_VERSIONS_PER_PUPIL });
  } catch (error) {
    await school.close();
    throw error;
  }
  const store = school.storeFor(SENCO);
  return { school, counts, load: async () => expectWhole(await store.loadRegister(), counts) };
};

/** Bulk loading blocks the event loop past the server's keep-alive; let idle sockets close first. */
const settleIdleConnections = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));

export const benchRegisterScaling = async (): Promise<{
  rows: BenchRow[];
  details: Record<string, unknown>;
}> => {
  const seedingStarted = Date.now();
  const small = await schoolOf(SMALL);
  let large: Awaited<ReturnType<typeof schoolOf>> | null = null;
  try {
    large = await schoolOf(LARGE);
    const seedingMs = Date.now() - seedingStarted;
    await settleIdleConnections();
    // As a SENCO opens it on a new page: the list ids are looked up too.
    const cold = large.school.storeFor(SENCO, { knownListIds: false });
    const { counts } = large;
    const opening = await large.school.requestsFor(async () =>
      expectWhole(await cold.loadRegister(), counts),
    );
    const [smallMs, largeMs] = (await alternatingMedians([small.load, large.load], RUNS, WARM_UPS)) as [
      Timing,
      Timing,
    ];
    return {
      rows: [
        {
          name: `whole-school register, ${LARGE.toLocaleString('en-GB')} pupils: Graph requests`,
          value: opening.requests,
          unit: 'requests',
          budget: atMost(3),
          note: `${large.counts.planItems.toLocaleString('en-GB')} plan items, list ids looked up too`,
        },
        {
          name: `whole-school register, ${LARGE.toLocaleString('en-GB')} vs ${SMALL} pupils`,
          value: round(largeMs.median / smallMs.median, 2),
          unit: 'ratio',
          budget: atMost(6),
          note: `median ${round(largeMs.median, 1)} ms vs ${round(smallMs.median, 1)} ms`,
        },
      ],
      details: {
        runs: RUNS,
        warmUps: WARM_UPS,
        batchParts: opening.batchParts,
        planItems: { small: small.counts.planItems, large: large.counts.planItems },
        smallMs: smallMs.samples,
        largeMs: largeMs.samples,
        secondsToBulkLoad: round(seedingMs / 1000, 1),
      },
    };
  } finally {
    await small.school.close();
    await large?.school.close();
  }
};
