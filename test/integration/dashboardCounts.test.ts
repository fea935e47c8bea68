/**
 * The class dashboard shows each plan's target counts, kept on the plan item. Found by the resilience
 * suite (seed 20260214 and the reported 20260211), pinned down here: a target created after its plan
 * item was counted (its create was throttled and resent) must still end up counted, whoever saved
 * in between.
 */
import { asTargetId, ShortTermTargetSchema, type Plan, type Pupil } from '../../src/domain';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { heldBackFetch } from './support/heldBackFetch';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_4, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_4, 'Year 4 Owls', 2));
});
afterAll(() => bed.close());

/** The teacher's store; her target creates are throttled once and resent only after `meanwhile`. */
const teacherWhoseCreatesWait = (meanwhile: () => Promise<void>): SharePointIepStore =>
  bed.storeThrough(
    TEACHER,
    heldBackFetch({
      holdBack: (part) =>
        part.method === 'POST' && part.url.endsWith(`/lists/${bed.lists.listIds?.targets}/items`),
      beforeResend: meanwhile,
    }),
  );

const withTarget = (plan: Plan, text: string): Plan => ({
  ...plan,
  shortTermTargets: [
    ...plan.shortTermTargets,
    ShortTermTargetSchema.parse({ id: asTargetId(`new-${text}`), area: 'literacy', text }),
  ],
});

const dashboardLine = async (plan: Plan) =>
  (await bed.storeFor(SENCO).loadClass(plan.pupil.classTeamId)).plans.find((line) => line.id === plan.id);

test('a target whose create was throttled and landed after a colleague counted the plan is still counted', async () => {
  const senco = bed.storeFor(SENCO);
  const created = await senco.createPlan({ pupil: pupils[0] as Pupil, plan: planFor(pupils[0] as Pupil, 2) });
  const sencosView = (await senco.openPlan(created.id)).plan;
  const teachersView = sencosView;

  // The teacher's plan item (counting 3) lands; her target waits. Meanwhile the SENCO adds one too:
  // her plan write is refused (412), her target lands, and she counts 3 targets: true at that moment.
  const teacher = teacherWhoseCreatesWait(async () => {
    const result = await senco.savePlan(withTarget(sencosView, 'Added by the SENCO'), sencosView);
    expect(result.conflicts.map((c) => c.item.kind)).toEqual(['plan']);
  });
  const result = await teacher.savePlan(withTarget(teachersView, 'Added by the teacher'), teachersView);
  expect(result.failures).toEqual([]);

  const { plan } = await senco.openPlan(created.id);
  expect(plan.shortTermTargets.map((t) => t.text)).toEqual([
    ...sencosView.shortTermTargets.map((t) => t.text),
    'Added by the SENCO',
    'Added by the teacher',
  ]);
  expect((await dashboardLine(plan))?.targetCount).toBe(4);
});

test('the counts follow a target marked achieved while a colleague counted the plan', async () => {
  const senco = bed.storeFor(SENCO);
  const created = await senco.createPlan({ pupil: pupils[1] as Pupil, plan: planFor(pupils[1] as Pupil, 2) });
  const view = (await senco.openPlan(created.id)).plan;
  const [first] = view.shortTermTargets as [Plan['shortTermTargets'][number]];

  const teacher = teacherWhoseCreatesWait(async () => {
    // The SENCO marks the first target achieved and counts 1 achieved of 2, before the teacher's lands.
    const achieved: Plan = {
      ...view,
      shortTermTargets: view.shortTermTargets.map((t) =>
        t.id === first.id ? { ...t, outcome: 'achieved' } : t,
      ),
    };
    await senco.savePlan(achieved, view);
  });
  await teacher.savePlan(withTarget(view, 'Added by the teacher'), view);

  const { plan } = await senco.openPlan(created.id);
  const line = await dashboardLine(plan);
  expect([line?.targetCount, line?.achievedCount]).toEqual([3, 1]);
  expect(plan.shortTermTargets).toHaveLength(3);
});
