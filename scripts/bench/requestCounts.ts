/**
 * Round trips a teacher waits for on a school network: HTTP requests the stand-in answered for each
 * screen and save, made by the product's own store through the real Graph client. A `$batch` is one
 * request however many parts it carries (at most 20, Graph's limit).
 */
import { DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import { asClassTeamId, type ClassDashboard, type Plan, type SaveResult } from '../../src/domain';
import { resolveIepListIds } from '../../src/graph/sharepoint/lists';
import { resolveSite } from '../../src/graph/sharepoint/provisioning';
import { atMost, type BenchRow } from './report';
import { SENCO, YEAR_3, YEAR_4, type BenchSchool, type DemoClass } from './school';
import { EDITED_PLAN_TARGETS, type MeasuredSchool } from './schoolData';

const expectClass = (dashboard: ClassDashboard, size: number, name: string): void => {
  if (dashboard.pupils.length !== size || dashboard.plans.length !== size || dashboard.problems.length > 0)
    throw new Error(
      `${name}: the dashboard read ${dashboard.pupils.length} pupils and ${dashboard.plans.length} plans ` +
        `with ${dashboard.problems.length} problems; expected ${size} of each and none.`,
    );
};

const expectSaved = (result: SaveResult, what: string): void => {
  if (result.conflicts.length > 0 || result.failures.length > 0)
    throw new Error(`${what}: ${result.conflicts.length} conflicts, ${result.failures.length} failures.`);
};

/** The plan with its first `count` targets marked achieved, each with its own comment. */
const withChangedTargets = (plan: Plan, count: number, round: string): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((target, i) =>
    i < count
      ? { ...target, outcome: 'achieved', outcomeComment: `Secure (${round}, target ${i + 1}).` }
      : target,
  ),
});

export const benchRequestCounts = async (school: BenchSchool, data: MeasuredSchool): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  const count = async (name: string, limit: number, action: () => Promise<unknown>, what: string) => {
    const { requests, batchParts } = await school.requestsFor(action);
    const parts = batchParts > 0 ? `; ${batchParts} $batch part${batchParts === 1 ? '' : 's'}` : '';
    rows.push({ name, value: requests, unit: 'requests', budget: atMost(limit), note: `${what}${parts}` });
  };

  // What the app does once per session before its first screen (src/app/services.ts).
  const client = school.clientFor(SENCO);
  await count(
    'Graph: find SEN site + IEP list ids (once)',
    2,
    async () => resolveIepListIds(client, (await resolveSite(client, DEMO_SEN_SITE)).id),
    'site, then its lists; once per session',
  );

  const dashboard = (register: DemoClass, size: number) => async () =>
    expectClass(
      await school.storeFor(register.teacher).loadClass(asClassTeamId(register.teamId)),
      size,
      register.displayName,
    );
  await count('Graph: open class dashboard, 30 pupils', 1, dashboard(YEAR_3, 30), 'pupils + plans');
  await count('Graph: open class dashboard, 100 pupils', 1, dashboard(YEAR_4, 100), 'pupils + plans');

  const store = school.storeFor(SENCO);
  await count(
    `Graph: open a plan (${EDITED_PLAN_TARGETS} targets)`,
    1,
    async () => {
      const opened = await store.openPlan(data.editedPlanId);
      if (opened.plan.shortTermTargets.length !== EDITED_PLAN_TARGETS)
        throw new Error(`Opening the plan read ${opened.plan.shortTermTargets.length} targets.`);
    },
    'plan, targets, evidence, reviews',
  );

  for (const changed of [1, 19]) {
    const { plan: base } = await store.openPlan(data.editedPlanId);
    const edited = withChangedTargets(base, changed, `save of ${changed}`);
    await count(
      `Graph: save a plan, ${changed} changed target${changed === 1 ? '' : 's'}`,
      1,
      async () => expectSaved(await store.savePlan(edited, base), `Saving ${changed} targets`),
      `${changed} target${changed === 1 ? '' : 's'} + plan summary`,
    );
  }
  return rows;
};
