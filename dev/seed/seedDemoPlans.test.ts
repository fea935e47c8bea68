import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_SCHOOL } from '../standin/demoSchool';
import { startStandIn, type StandIn } from '../standin/server';
import { asClassTeamId, fixedClock, isoDateOf, type PlanSummary } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import { resolveIepListIds } from '../../src/graph/sharepoint/lists';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';
import { createSharePointProvisionStore } from '../../src/graph/sharepoint/provisions/provisionStore';
import { DEMO_SENCO_UPN, seedDemoPlans, type SeedSummary } from './seedDemoPlans';

/** The entry at `index`, failing the test (not hiding the problem) when it is missing. */
const nth = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected an entry at ${index} of ${items.length}.`);
  return item;
};

const TODAY = isoDateOf(2026, 2, 10);

interface Seeded {
  readonly standIn: StandIn;
  readonly dataDir: string;
  readonly summary: SeedSummary;
  readonly store: SharePointIepStore;
  readonly client: ReturnType<typeof createGraphClient>;
}

const seedFresh = async (): Promise<Seeded> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-seed-'));
  const standIn = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
  const summary = await seedDemoPlans(`${standIn.url}/`, { today: TODAY });
  const client = createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${DEMO_SENCO_UPN}`),
    scopes: [],
  });
  const store = createSharePointIepStore(client, {
    siteId: summary.siteId,
    clock: fixedClock(`${TODAY}T09:00:00Z`),
    currentUser: () => Promise.resolve({ name: 'Priya Shah', email: DEMO_SENCO_UPN }),
  });
  return { standIn, dataDir, summary, store, client };
};

const stop = async (seeded: Seeded): Promise<void> => {
  await seeded.standIn.close();
  fs.rmSync(seeded.dataDir, { recursive: true, force: true });
};

let seeded: Seeded;
beforeAll(async () => {
  seeded = await seedFresh();
}, 60_000);
afterAll(() => stop(seeded));

const everyClass = async () =>
  Promise.all(seeded.summary.classes.map((c) => seeded.store.loadClass(asClassTeamId(c.teamId))));

test('about 60 pupils across the three class teams, most with a plan, some without', async () => {
  expect(seeded.summary.classes.map((c) => [c.displayName, c.pupils])).toEqual([
    ['Year 3 Kestrels', 20],
    ['Year 4 Otters', 20],
    ['Year 5 Foxes', 20],
  ]);
  const dashboards = await everyClass();
  for (const dashboard of dashboards) {
    expect(dashboard.problems).toEqual([]);
    const withPlans = new Set(dashboard.plans.map((p) => p.pupil.pupilId));
    expect(withPlans.size).toBeGreaterThan(10);
    expect(withPlans.size).toBeLessThan(dashboard.pupils.length);
  }
});

test("names include O'Brien, Zoë and a name in Chinese script", async () => {
  const names = (await everyClass()).flatMap((d) => d.pupils.map((p) => `${p.givenName} ${p.familyName}`));
  expect(names).toContain("Zoë O'Brien");
  expect(names).toContain('美玲 陈');
  expect(new Set(names).size).toBe(names.length);
});

test('plans vary: overdue reviews, drafts, evidence, and one pupil on version 2 with version 1 closed', async () => {
  const plans: PlanSummary[] = (await everyClass()).flatMap((d) => [...d.plans]);
  expect(
    plans.filter((p) => p.nextReviewDate !== null && p.nextReviewDate < TODAY).length,
  ).toBeGreaterThanOrEqual(3);
  expect(plans.some((p) => p.status === 'draft')).toBe(true);
  expect(new Set(plans.map((p) => p.stage)).size).toBeGreaterThan(1);
  const second = plans.filter((p) => p.version === 2);
  expect(second).toHaveLength(1);
  const versions = await seeded.store.listVersions(nth(second, 0).seriesId);
  expect(versions.map((v) => [v.version, v.status])).toEqual([
    [2, 'active'],
    [1, 'closed'],
  ]);
  const closed = await seeded.store.openPlan(nth(versions, 1).id);
  expect(closed.reviews.map((r) => r.status)).toEqual(['completed']);
  expect(closed.plan.shortTermTargets[0]?.outcome).toBe('achieved');

  const opened = await Promise.all(plans.slice(0, 8).map((p) => seeded.store.openPlan(p.id)));
  const evidence = opened.flatMap((d) => d.plan.shortTermTargets.flatMap((t) => t.evidence));
  expect(evidence.length).toBeGreaterThan(0);
  const target = nth(nth(opened, 0).plan.shortTermTargets, 0);
  expect(target.text).toMatch(/will /);
  expect(target.successCriteria).not.toBe('');
  expect(nth(opened, 0).plan.people.classTeacher?.email).toMatch(/@oakfield\.example$/);
});

test('the closed version carries the demo’s record label, so SharePoint refuses even the SENCO a change to it', async () => {
  const plans: PlanSummary[] = (await everyClass()).flatMap((d) => [...d.plans]);
  const versions = await seeded.store.listVersions(
    nth(
      plans.filter((p) => p.version === 2),
      0,
    ).seriesId,
  );
  const closed = await seeded.store.openPlan(nth(versions, 1).id);
  const lists = await resolveIepListIds(seeded.client, seeded.summary.siteId);
  const item = (listId: string, id: string) => `/sites/${seeded.summary.siteId}/lists/${listId}/items/${id}`;
  const statusOf = (request: Promise<unknown>) =>
    request.then(
      () => 200,
      (error: { statusCode?: number }) => error.statusCode ?? 0,
    );
  const target = nth(closed.plan.shortTermTargets, 0);
  expect([
    await statusOf(
      seeded.client.api(`${item(lists.plans, closed.plan.id)}/fields`).patch({ PupilViews: 'x' }),
    ),
    await statusOf(
      seeded.client.api(`${item(lists.targets, target.id)}/fields`).patch({ OutcomeComment: 'x' }),
    ),
    await statusOf(seeded.client.api(item(lists.plans, closed.plan.id)).delete()),
  ]).toEqual([423, 423, 423]);
  // Its review record is still written after it closed (minutes, copies home), so it carries no label.
  const review = nth(closed.reviews, 0);
  expect(
    await statusOf(
      seeded.client.api(`${item(lists.reviews, review.id)}/fields`).patch({ MinutesSentOn: TODAY }),
    ),
  ).toBe(200);
});

test('the term’s provision map: seven costed provisions, pupils from every class, scores, a group plan, a linked target', async () => {
  const provisions = createSharePointProvisionStore(seeded.client, {
    siteId: seeded.summary.siteId,
    clock: fixedClock(`${TODAY}T09:00:00Z`),
    currentUser: () => Promise.resolve({ name: 'Priya Shah', email: DEMO_SENCO_UPN }),
  });
  const term = nth(seeded.summary.provision ? [seeded.summary.provision.term] : [], 0);
  expect([term.name, term.start]).toEqual(['Spring term', '2026-01-05']);
  const map = await provisions.loadProvisionMap(term.start);
  expect(map.problems).toEqual([]);
  expect(map.provisions.map((p) => p.name)).toEqual([
    'ELSA sessions',
    'Motor skills group',
    'Phonics catch-up group',
    'Precision teaching 1:1',
    'Social skills group',
    'Speech and language programme',
    'Speech and language therapy visits',
  ]);
  const phonics = map.provisions.find((p) => p.name === 'Phonics catch-up group');
  expect(phonics).toMatchObject({ costPerHourPence: 1850, resourcesCostPence: 4500, sessionsPerWeek: 3 });
  const onPhonics = map.placements.filter((p) => p.provisionId === phonics?.id);
  expect(onPhonics).toHaveLength(6);
  // Two joined after the February half term.
  expect(onPhonics.filter((p) => p.start > term.start).map((p) => p.start)).toEqual([
    '2026-02-23',
    '2026-02-23',
  ]);
  const classes = new Set(
    map.placements.map((p) => map.pupils.find((pupil) => pupil.id === p.pupilId)?.classTeamId),
  );
  expect(classes.size).toBe(3);
  const scored = map.placements.filter((p) => p.entryScore !== null && p.exitScore !== null);
  expect(scored.length / map.placements.length).toBeGreaterThan(0.5);

  expect(map.groupPlans).toHaveLength(1);
  const [groupPlan] = map.groupPlans;
  expect(groupPlan?.targets).toHaveLength(2);
  const outcomes = onPhonics
    .filter((p) => p.group === 1)
    .map((p) => groupPlan?.targets.map((t) => p.outcomes[t.id]?.outcome).join('/'));
  expect(new Set(outcomes).size).toBeGreaterThan(1);

  const linked = await Promise.all(
    onPhonics.map(async (p) => {
      const [current] = await seeded.store.listPupilPlans(p.pupilId);
      if (!current) return [];
      return (await seeded.store.openPlan(current.id)).plan.shortTermTargets.filter(
        (t) => t.provisionId === phonics?.id,
      );
    }),
  );
  expect(linked.flat()).toHaveLength(1);
  expect(linked.flat()[0]?.strategies).toBe(phonics?.description);
});

test('running it again adds nothing', async () => {
  const again = await seedDemoPlans(`${seeded.standIn.url}/`, { today: TODAY });
  expect(again.classes.every((c) => !c.seeded)).toBe(true);
  expect(again.created).toBe(false);
  expect(seeded.summary.created).toBe(true);
  expect(seeded.summary.summary).toMatch(
    /^60 pupils and \d+ current plans in 3 classes; 7 provisions with \d+ places for the Spring term$/,
  );
  expect(again.provision).toBeNull();
  expect(again.classes.map((c) => c.pupils)).toEqual([20, 20, 20]);
});

test('the same seed gives the same school on another machine', async () => {
  const other = await seedFresh();
  try {
    const describe = async (s: Seeded) =>
      (await Promise.all(s.summary.classes.map((c) => s.store.loadClass(asClassTeamId(c.teamId))))).map(
        (d) => ({
          pupils: d.pupils.map((p) => `${p.givenName} ${p.familyName} ${p.pupilRef}`),
          plans: d.plans.map(
            (p) => `${p.pupil.name} v${p.version} ${p.stage} ${p.targetCount} ${p.nextReviewDate}`,
          ),
        }),
      );
    expect(await describe(other)).toEqual(await describe(seeded));
  } finally {
    await stop(other);
  }
}, 60_000);

test('each class roster has pupils already on the seeded register and at least four who are not', async () => {
  const classes = await everyClass();
  for (const [index, seededClass] of seeded.summary.classes.entries()) {
    const demoClass = DEMO_SCHOOL.classes.find((c) => c.teamId === seededClass.teamId);
    const register = new Set(nth(classes, index).pupils.map((p) => `${p.givenName} ${p.familyName}`));
    const roster = demoClass?.rosterPupils ?? [];
    const onRegister = roster.filter((p) => register.has(`${p.givenName} ${p.surname}`));
    expect(onRegister.map((p) => p.id)).toEqual(roster.filter((p) => p.onRegister).map((p) => p.id));
    expect(onRegister.length).toBeGreaterThan(0);
    expect(roster.length - onRegister.length).toBeGreaterThanOrEqual(4);
  }
});
