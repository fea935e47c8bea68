import { asClassTeamId, type Plan, type PlanId, type Pupil } from '../../src/domain';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_3, type Testbed } from './support/iepTestbed';

/** Round trips are what a teacher waits for on a school network: each screen must be one request. */
let bed: Testbed;
let classPupils: readonly Pupil[];
let planId: PlanId;

beforeAll(async () => {
  bed = await startTestbed();
  const senco = bed.storeFor(SENCO);
  classPupils = await senco.addPupils(registerEntries(YEAR_3, 'Year 3 Kestrels', 100));
  for (const pupil of classPupils)
    await senco.createPlan({ pupil, plan: planFor(pupil, pupil === classPupils[0] ? 20 : 1) });
  const first = (await senco.loadClass(asClassTeamId(YEAR_3))).plans.find(
    (p) => p.pupil.pupilId === classPupils[0]?.id,
  );
  planId = first?.id as PlanId;
}, 60_000);
afterAll(() => bed.close());

const requestsFor = async (action: () => Promise<unknown>): Promise<number> => {
  bed.standIn.resetStats();
  await action();
  return bed.standIn.stats().httpRequests;
};

test('opening a class dashboard of 100 pupils and their plans is one HTTP request', async () => {
  const teacher = bed.storeFor(TEACHER);
  let loaded = 0;
  const requests = await requestsFor(async () => {
    const dashboard = await teacher.loadClass(asClassTeamId(YEAR_3));
    loaded = dashboard.pupils.length + dashboard.plans.length;
  });
  expect(loaded).toBe(200);
  expect(requests).toBe(1);
});

test('opening a plan (item, 20 targets, evidence, reviews) is one HTTP request', async () => {
  let targets = 0;
  const requests = await requestsFor(async () => {
    targets = (await bed.storeFor(TEACHER).openPlan(planId)).plan.shortTermTargets.length;
  });
  expect(targets).toBe(20);
  expect(requests).toBe(1);
});

test('saving a plan with 19 changed targets is one HTTP request', async () => {
  const store = bed.storeFor(SENCO);
  const { plan: base } = await store.openPlan(planId);
  const edited: Plan = {
    ...base,
    shortTermTargets: base.shortTermTargets.map((t, i) =>
      i < 19 ? { ...t, outcome: 'achieved', outcomeComment: `Secure by review ${i}` } : t,
    ),
  };
  let result: Awaited<ReturnType<typeof store.savePlan>> | null = null;
  const requests = await requestsFor(async () => {
    result = await store.savePlan(edited, base);
  });
  expect(result).toMatchObject({ conflicts: [], failures: [] });
  expect(bed.standIn.stats().batchSubRequests).toBe(20);
  expect(requests).toBe(1);
  expect(
    (await store.openPlan(planId)).plan.shortTermTargets.filter((t) => t.outcome === 'achieved'),
  ).toHaveLength(19);
});

test('"My pupils" for a member of staff is one HTTP request', async () => {
  let found = 0;
  const requests = await requestsFor(async () => {
    found = (await bed.storeFor(TEACHER).listPlansForStaff('brown@school.example')).length;
  });
  expect(found).toBe(100);
  expect(requests).toBe(1);
});
