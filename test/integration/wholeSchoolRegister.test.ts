/**
 * The SENCO's whole-school register at the size of a large school: 2,000 pupils on the register, over
 * 6,000 plan versions (past SharePoint's 5,000-item list view threshold) and booked reviews, read
 * through indexed columns only (the stand-in refuses anything else, as SharePoint does).
 */
import { SENCO, startTestbed, type Testbed } from './support/iepTestbed';
import { seedWholeSchool, type WholeSchoolCounts } from './support/wholeSchool';
import { fixedClock } from '../../src/domain';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { createSharePointIepStore } from '../../src/graph/sharepoint/store';

let bed: Testbed;
let seeded: WholeSchoolCounts;

beforeAll(async () => {
  bed = await startTestbed();
  seeded = seedWholeSchool(
    { standIn: bed.standIn, siteId: bed.siteId, listIds: bed.lists.listIds as IepListIds },
    { activePupils: 2_000, closedVersionsPerPupil: 2 },
  );
}, 60_000);
afterAll(() => bed.close());

test('a register of 2,000 pupils opens in at most 3 Graph requests, with every pupil, plan and booking', async () => {
  expect(seeded.planItems).toBeGreaterThan(5_000);
  // A SENCO opening the register on a new page: the store has not looked up the list ids yet.
  const store = createSharePointIepStore(bed.clientFor(SENCO), {
    siteId: bed.siteId,
    clock: fixedClock('2026-11-24T09:00:00Z'),
    currentUser: () => Promise.resolve(SENCO),
  });
  bed.standIn.resetStats();

  const register = await store.loadRegister();

  // The list ids, then one `$batch` of three reads in pages of 5,000: pages of 500 would take five.
  expect(bed.standIn.stats().httpRequests).toBeLessThanOrEqual(3);
  expect(register.problems).toEqual([]);
  expect([register.pupils.length, register.plans.length, register.booked.length]).toEqual([
    seeded.activePupils,
    seeded.currentPlans,
    seeded.booked,
  ]);
  expect(register.pupils.every((pupil) => pupil.registerStatus === 'active')).toBe(true);
  expect(register.plans.every((plan) => plan.status === 'active')).toBe(true);
  const onRegister = new Set(register.pupils.map((pupil) => pupil.id));
  expect(register.plans.every((plan) => onRegister.has(plan.pupil.pupilId))).toBe(true);
});
