import { asTargetId, type Plan, type Pupil } from '../../src/domain';
import { withQuery } from '../../src/graph/odata';
import { listPath } from '../../src/graph/sharepoint/shared/requests';
import { buildReview, shortTermTarget } from '../support/planBuilder';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, YEAR_5, type Testbed } from './support/iepTestbed';

/** The entry at `index`, failing the test (not hiding the problem) when it is missing. */
const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an entry at ${index} of ${items.length}.`);
  return item;
};

/**
 * Microsoft 365 throttles busy tenants. With 30% of requests and of `$batch` sub-requests answered
 * 429 or 503, half of them without Retry-After, every save must still land, and land once: a throttled
 * POST was never carried out, so resending it cannot create a duplicate target.
 */
let bed: Testbed;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_5, 'Year 5 Foxes', 8));
});
afterAll(() => bed.close());

const countItems = async (listId: string): Promise<number> => {
  const page = (await bed
    .clientFor(SENCO)
    .api(withQuery(`${listPath(bed.siteId, listId)}/items`, { $top: 5000 }))
    .get()) as { value: unknown[] };
  return page.value.length;
};

test('at 30% throttling, with and without Retry-After, every create, save and new version succeeds exactly once', async () => {
  const store = bed.storeFor(SENCO);
  bed.requests.length = 0;
  bed.standIn.setFaults({
    rate: 0.3,
    statuses: [429, 503],
    retryAfterSeconds: 0,
    withoutRetryAfter: 0.5,
    seed: 20260210,
  });

  const saved: Plan[] = [];
  for (const pupil of pupils) {
    const created = await store.createPlan({ pupil, plan: planFor(pupil, 4) });
    const { plan } = await store.openPlan(created.id);
    const edited: Plan = {
      ...plan,
      pupilViews: `Views of ${pupil.givenName}`,
      shortTermTargets: [
        {
          ...nth(plan.shortTermTargets, 0),
          outcome: 'achieved',
          evidence: [
            {
              id: 'draft-e' as never,
              date: '2026-02-03',
              rating: 4,
              note: 'Nearly there',
              recordedBy: 'Grace',
            },
          ],
        },
        { ...nth(plan.shortTermTargets, 1), frequency: 'Twice a day' },
        nth(plan.shortTermTargets, 2),
        {
          ...shortTermTarget(9),
          id: asTargetId('draft-9'),
          longTermTargetId: null,
          outcome: 'open',
          outcomeComment: '',
          successCriteria: '',
          strategies: '',
          deliveredBy: '',
          frequency: '',
          targetDate: null,
          evidence: [],
        },
      ],
    };
    const result = await store.savePlan(edited, plan);
    expect({ conflicts: result.conflicts, failures: result.failures }).toEqual({
      conflicts: [],
      failures: [],
    });
    saved.push(result.plan);
  }
  const first = saved[0] as Plan;
  const next = await store.commitNextVersion(
    first,
    { ...first, status: 'active', shortTermTargets: [] },
    { ...buildReview(first), etag: undefined },
  );
  bed.standIn.setFaults(null);

  const isFault = (status: number | undefined): boolean => status === 429 || status === 503;
  const throttled =
    bed.requests.filter((r) => isFault(r.status)).length +
    bed.requests.flatMap((r) => r.subStatuses ?? []).filter(isFault).length;
  expect(throttled).toBeGreaterThan(20);

  for (const plan of saved.slice(1)) expect((await store.openPlan(plan.id)).plan).toEqual(plan);
  expect((await store.listVersions(first.seriesId)).map((v) => [v.version, v.status])).toEqual([
    [2, next.opened.status],
    [1, 'closed'],
  ]);
  // 8 plans x 5 targets (4 in the plan, one added, and one withdrawn, which is kept), no duplicates from
  // resent POSTs; one evidence entry each.
  expect(await countItems(bed.lists.listIds.targets as string)).toBe(8 * 5);
  expect(await countItems(bed.lists.listIds.evidence as string)).toBe(8);
  expect(await countItems(bed.lists.listIds.plans as string)).toBe(9);
  expect(await countItems(bed.lists.listIds.reviews as string)).toBe(1);
}, 60_000);
