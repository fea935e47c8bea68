/**
 * "Last updated by" is SharePoint's own record of who wrote the plan, read from the item's
 * `lastModifiedBy`. A member of staff who writes the UpdatedBy column straight through Graph with
 * someone else's name does not pass for them.
 */
import { asClassTeamId, type Plan, type Pupil } from '../../src/domain';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_3, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let senco: SharePointIepStore;

beforeAll(async () => {
  bed = await startTestbed();
  senco = bed.storeFor(SENCO);
});
afterAll(() => bed.close());

const pupilWithPlan = async (): Promise<{ pupil: Pupil; plan: Plan }> => {
  const entry = registerEntries(YEAR_3, 'Year 3 Kestrels', 1)[0] as Omit<Pupil, 'id'>;
  const [pupil] = (await senco.addPupils([{ ...entry, pupilRef: 'AUDIT-1' }])) as [Pupil];
  return { pupil, plan: await senco.createPlan({ pupil, plan: planFor(pupil, 1) }) };
};

test('a forged "last updated by" written straight to the list shows as the person who wrote it', async () => {
  const { plan } = await pupilWithPlan();
  const forgedAt = '2020-01-01T09:00:00Z';

  await bed
    .clientFor(TEACHER)
    .api(`/sites/${bed.siteId}/lists/${bed.lists.listIds.plans as string}/items/${plan.id}/fields`)
    .patch({ UpdatedBy: SENCO.name, UpdatedAt: forgedAt, ChildInput: 'I like reading with Mrs Patel.' });

  const line = (await senco.loadClass(asClassTeamId(YEAR_3))).plans.find((p) => p.id === plan.id);
  const opened = (await senco.openPlan(plan.id)).plan;
  for (const shown of [line, opened]) expect(shown?.updatedBy).toBe(TEACHER.name);
  expect(opened.childInput).toBe('I like reading with Mrs Patel.');
});

test("a plan saved through the app shows SharePoint's record of the saver", async () => {
  const { plan } = await pupilWithPlan();
  const teacher = bed.storeFor(TEACHER);
  const { plan: current } = await teacher.openPlan(plan.id);

  const saved = await teacher.savePlan({ ...current, childInput: 'Reading to my dog.' }, current);

  expect(saved.plan.updatedBy).toBe(TEACHER.name);
  const line = (await senco.loadClass(asClassTeamId(YEAR_3))).plans.find((p) => p.id === plan.id);
  expect(line?.updatedBy).toBe(TEACHER.name);
});
