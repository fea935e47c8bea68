/**
 * Does the class dashboard stay as fast when the school's lists are 100 times bigger? The store
 * filters on indexed columns only (ClassTeamId, CurrentClassTeamId), so a query for one class of 30
 * should cost the same on 500 plans as on 50,000. Both sizes are measured in one stand-in, the same
 * class, the same store: only the list size changes between the two medians.
 */
import { asClassTeamId, type ClassDashboard } from '../../src/domain';
import { seedClassWithPlans, seedOtherClasses } from './bulkRows';
import { alternatingMedians, round, type Timing } from './measure';
import { atMost, type BenchRow } from './report';
import { openSchool, YEAR_3, type BenchSchool } from './school';

export const SMALL_LIST = 500;
export const LARGE_LIST = 50_000;
const CLASS_SIZE = 30;
const RUNS = 31;
const WARM_UPS = 20;

export interface ScalingOutcome {
  readonly rows: BenchRow[];
  readonly details: Record<string, unknown>;
  /** The stand-in's data folder, holding the 50,000-plan lists (the memory bench reopens it). */
  readonly school: Pick<BenchSchool, 'dataDir' | 'siteId' | 'listIds'>;
}

const expectWholeClass = (dashboard: ClassDashboard): void => {
  if (
    dashboard.pupils.length !== CLASS_SIZE ||
    dashboard.plans.length !== CLASS_SIZE ||
    dashboard.problems.length > 0
  ) {
    throw new Error(
      `The dashboard read ${dashboard.pupils.length} pupils, ${dashboard.plans.length} plans and ` +
        `${dashboard.problems.length} problems; expected ${CLASS_SIZE}, ${CLASS_SIZE} and none.`,
    );
  }
};

/**
 * Bulk loading blocks the event loop for longer than the server's keep-alive timeout; the client would
 * then reuse a socket the server is closing at that moment ("fetch failed"). A short pause lets both
 * ends notice the close first.
 */
const settleIdleConnections = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 250));

/**
 * A school whose register holds `size` pupils and plans, Year 3 being one class of 30 among them.
 * Returns a dashboard load for Year 3 that checks it read the whole class and nothing broken.
 */
const schoolOfSize = async (
  size: number,
): Promise<{ school: BenchSchool; loadClass: () => Promise<void> }> => {
  const school = await openSchool();
  const target = { standIn: school.standIn, siteId: school.siteId, listIds: school.listIds };
  try {
    seedClassWithPlans(target, YEAR_3, CLASS_SIZE, 0);
    seedOtherClasses(target, size - CLASS_SIZE, CLASS_SIZE);
  } catch (error) {
    await school.close();
    throw error;
  }
  const store = school.storeFor(YEAR_3.teacher);
  return {
    school,
    loadClass: async () => expectWholeClass(await store.loadClass(asClassTeamId(YEAR_3.teamId))),
  };
};

/**
 * Both lists exist side by side (two stand-ins in this process) and the calls alternate, so a burst
 * of load from anything else on the machine slows both sizes alike instead of skewing the ratio.
 */
export const benchQueryScaling = async (): Promise<ScalingOutcome> => {
  const seedingStarted = Date.now();
  const small = await schoolOfSize(SMALL_LIST);
  let large: Awaited<ReturnType<typeof schoolOfSize>> | null = null;
  let keepLargeData = false;
  try {
    large = await schoolOfSize(LARGE_LIST);
    const seedingMs = Date.now() - seedingStarted;
    await settleIdleConnections();
    const timings = await alternatingMedians([small.loadClass, large.loadClass], RUNS, WARM_UPS);
    const [smallMs, largeMs] = timings as [Timing, Timing];
    keepLargeData = true;
    return {
      rows: [
        {
          name: `class dashboard query, ${LARGE_LIST.toLocaleString('en-GB')} vs ${SMALL_LIST} plans`,
          value: round(largeMs.median / smallMs.median, 2),
          unit: 'ratio',
          budget: atMost(3),
          note: `median ${round(largeMs.median, 1)} ms vs ${round(smallMs.median, 1)} ms, class of ${CLASS_SIZE}`,
        },
      ],
      details: {
        classSize: CLASS_SIZE,
        runs: RUNS,
        warmUps: WARM_UPS,
        smallListMs: smallMs.samples,
        largeListMs: largeMs.samples,
        secondsToBulkLoad: round(seedingMs / 1000, 1),
      },
      school: { dataDir: large.school.dataDir, siteId: large.school.siteId, listIds: large.school.listIds },
    };
  } finally {
    await small.school.close();
    await large?.school.close({ keepData: keepLargeData });
  }
};
