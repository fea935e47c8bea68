/**
 * A pupil's edit brings their current plans along on the stand-in, when a colleague saves the plan at
 * the same moment and when the plans cannot be written at all.
 */
import { asClassTeamId, type Plan, type Pupil } from '../../src/domain';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_3, YEAR_4, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let senco: SharePointIepStore;

beforeAll(async () => {
  bed = await startTestbed();
  senco = bed.storeFor(SENCO);
});
afterAll(() => bed.close());

const pupilWithPlan = async (n: number): Promise<{ pupil: Pupil; plan: Plan }> => {
  const entry = registerEntries(YEAR_3, 'Year 3 Kestrels', n + 1)[n] as Omit<Pupil, 'id'>;
  const [pupil] = (await senco.addPupils([{ ...entry, pupilRef: `MOVE-${n}` }])) as [Pupil];
  return { pupil, plan: await senco.createPlan({ pupil, plan: planFor(pupil, 1) }) };
};

const writesPlans = (init: RequestInit | undefined): boolean => {
  const body =
    typeof init?.body === 'string'
      ? (JSON.parse(init.body) as { requests?: { method: string; url: string }[] })
      : {};
  const plans = bed.lists.listIds.plans as string;
  return (body.requests ?? []).some(
    (part) => part.method === 'PATCH' && part.url.includes(`/lists/${plans}/items/`),
  );
};

const requestUrl = (input: Parameters<typeof fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

const planIdsIn = async (classTeamId: string): Promise<string[]> =>
  (await senco.loadClass(asClassTeamId(classTeamId))).plans.map((line) => line.id);

test("a colleague's save of the plan while the pupil moves is kept, and the plan still follows the pupil", async () => {
  const { pupil, plan } = await pupilWithPlan(0);
  let colleagueSaved = false;
  const store = bed.storeThrough(SENCO, async (input, init) => {
    if (!colleagueSaved && requestUrl(input).endsWith('/$batch') && writesPlans(init)) {
      colleagueSaved = true;
      await bed.storeFor(TEACHER).savePlan({ ...plan, childInput: 'Chose his own reward' }, plan);
    }
    return fetch(input, init);
  });

  await store.updatePupil(
    { ...pupil, classTeamId: asClassTeamId(YEAR_4), className: 'Year 4 Otters' },
    pupil,
  );

  expect(colleagueSaved).toBe(true);
  const stored = (await senco.openPlan(plan.id)).plan;
  expect([stored.pupil.className, stored.childInput]).toEqual(['Year 4 Otters', 'Chose his own reward']);
  expect(await planIdsIn(YEAR_4)).toContain(plan.id);
});

test('when the plans cannot be brought along, the pupil stays where they were, with their plan', async () => {
  const { pupil, plan } = await pupilWithPlan(1);
  const store = bed.storeThrough(SENCO, (input, init) =>
    requestUrl(input).endsWith('/$batch') && writesPlans(init)
      ? Promise.resolve(
          new Response(JSON.stringify({ error: { code: 'accessDenied', message: 'No.' } }), { status: 403 }),
        )
      : fetch(input, init),
  );

  await expect(
    store.updatePupil({ ...pupil, classTeamId: asClassTeamId(YEAR_4), className: 'Year 4 Otters' }, pupil),
  ).rejects.toThrow();

  const stored = await senco.findPupil(pupil.id);
  expect([stored.classTeamId, stored.history.map((change) => change.kind)]).toEqual([YEAR_3, ['added']]);
  expect(await planIdsIn(YEAR_3)).toContain(plan.id);
  expect(await planIdsIn(YEAR_4)).not.toContain(plan.id);
});
