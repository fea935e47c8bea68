/**
 * The September rollover on the stand-in: every pupil of last year's class, with their current plan,
 * moves to this year's class even when Microsoft 365 is busy; a pupil a colleague changed in the
 * middle of it is reported and stays, with their plan, until the rollover is run again.
 */
import { asClassTeamId, type Plan, type Pupil } from '../../src/domain';
import { itemPath } from '../../src/graph/sharepoint/shared/requests';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, type Testbed } from './support/iepTestbed';

let bed: Testbed;

beforeAll(async () => {
  bed = await startTestbed();
});
afterAll(() => bed.close());

const team = (id: string, displayName: string) => ({ id: asClassTeamId(id), displayName });

/** A class of `count` pupils, each with a draft plan. */
const classWithPlans = async (
  from: { id: string; displayName: string },
  count: number,
): Promise<{ pupils: readonly Pupil[]; plans: readonly Plan[] }> => {
  const store = bed.storeFor(SENCO);
  const pupils = await store.addPupils(registerEntries(from.id, from.displayName, count));
  const plans: Plan[] = [];
  for (const pupil of pupils) plans.push(await store.createPlan({ pupil, plan: planFor(pupil, 1) }));
  return { pupils, plans };
};

test('at 30% throttling every pupil and current plan moves once, and a second run moves nothing', async () => {
  const from = team('1b2c3d4e-0000-4000-8000-00000000a001', 'Year 3 Wrens');
  const to = team('1b2c3d4e-0000-4000-8000-00000000b001', 'Year 4 Wrens');
  const { plans } = await classWithPlans(from, 24);
  const store = bed.storeFor(SENCO);
  const progress: number[] = [];
  bed.standIn.setFaults({
    rate: 0.3,
    statuses: [429, 503],
    retryAfterSeconds: 0,
    withoutRetryAfter: 0.5,
    seed: 20260902,
  });
  try {
    const result = await store.rolloverClasses([{ from: from.id, to }], (done) => progress.push(done));
    expect([result.pupilsMoved, result.plansMoved, result.conflicts, result.failures]).toEqual([
      24,
      24,
      [],
      [],
    ]);
  } finally {
    bed.standIn.setFaults(null);
  }
  expect(progress.at(-1)).toBe(48);
  const now = await store.loadClass(to.id);
  expect([now.pupils.length, now.plans.length]).toEqual([24, 24]);
  expect(now.plans.map((plan) => plan.id).sort()).toEqual(plans.map((plan) => plan.id).sort());
  expect(now.pupils.every((pupil) => pupil.className === 'Year 4 Wrens')).toBe(true);

  const again = await store.rolloverClasses([{ from: from.id, to }]);
  expect([again.pupilsMoved, again.plansMoved]).toEqual([0, 0]);
});

test('a pupil a colleague changes during the rollover is a conflict: they and their plan stay for now', async () => {
  const from = team('1b2c3d4e-0000-4000-8000-00000000a002', 'Year 5 Owls');
  const to = team('1b2c3d4e-0000-4000-8000-00000000b002', 'Year 6 Owls');
  const { pupils, plans } = await classWithPlans(from, 3);
  const changed = pupils[1] as Pupil;
  const pupilsList = bed.lists.listIds['pupils'] as string;
  let colleagueSaved = false;
  // The colleague's save lands after the rollover read the class and before its first write.
  const colleagueFirst: typeof fetch = async (input, init) => {
    if (!colleagueSaved && typeof init?.body === 'string' && init.body.includes('"method":"PATCH"')) {
      colleagueSaved = true;
      await bed
        .clientFor(TEACHER)
        .api(`${itemPath(bed.siteId, pupilsList, changed.id)}/fields`)
        .patch({ PreferredName: 'Ches' });
    }
    return fetch(input, init);
  };

  const result = await bed.storeThrough(SENCO, colleagueFirst).rolloverClasses([{ from: from.id, to }]);

  expect([result.pupilsMoved, result.plansMoved, result.failures]).toEqual([2, 2, []]);
  expect(
    result.conflicts.map((conflict) => [conflict.item, (conflict.theirs as Pupil).preferredName]),
  ).toEqual([[{ kind: 'pupil', id: changed.id }, 'Ches']]);
  const left = await bed.storeFor(SENCO).loadClass(from.id);
  expect(left.pupils.map((pupil) => pupil.id)).toEqual([changed.id]);
  expect(left.plans.map((plan) => plan.pupil.pupilId)).toEqual([changed.id]);

  const again = await bed.storeFor(SENCO).rolloverClasses([{ from: from.id, to }]);
  expect([again.pupilsMoved, again.plansMoved, again.conflicts]).toEqual([1, 1, []]);
  const moved = await bed.storeFor(SENCO).loadClass(to.id);
  expect(moved.plans.map((plan) => plan.id).sort()).toEqual(plans.map((plan) => plan.id).sort());
  expect(moved.pupils.find((pupil) => pupil.id === changed.id)?.preferredName).toBe('Ches');
});
