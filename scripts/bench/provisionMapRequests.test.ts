import {
  measureProvisionMapRequests,
  seedProvisionMapSchool,
  type ProvisionMapSchool,
} from './provisionMapRequests';

let seeded: ProvisionMapSchool;
beforeAll(async () => {
  seeded = await seedProvisionMapSchool();
}, 60_000);
afterAll(() => seeded.school.close());

test('the bench’s provision map of 2,000 pupils and 60 provisions opens in at most 3 Graph requests', async () => {
  const opening = await measureProvisionMapRequests(seeded);
  // The list ids, then the catalogue, the term's placements and group plans and the register in one $batch.
  expect(opening.requests).toBeLessThanOrEqual(3);
  expect(opening.batchParts).toBe(5);
});
