/**
 * Care-team access enforced by SharePoint (docs/ACCESS.md), tried as each member of the demo school
 * would, with their own tokens, through the product's own store and straight through Graph: the seed
 * sets the school up as a SENCO does (setup, class groups, pupils secured), then each person's reach is
 * exactly their class's pupils.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { DEMO_SCHOOL, DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import type { StandIn } from '../../dev/standin/server';
import {
  AccessDenied,
  EvidenceSchema,
  asClassTeamId,
  fixedClock,
  NotFound,
  type Plan,
  type PlanSummary,
  type ProvisionStore,
} from '../../src/domain';
import { createCareTeams } from '../../src/graph/sharepoint/access/careTeams';
import { localWebUrl } from '../../src/graph/sharepoint/access/webUrl';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';
import { createSharePointProvisionStore } from '../../src/graph/sharepoint/provisions/provisionStore';
import { demoUser, startSeededSchool, type SeededSchool } from './support/seededSchool';

const user = demoUser;
const SENCO = user('senco');
const Y3_TEACHER = user('year3Teacher');
const Y3_ASSISTANT = user('year3Assistant');
const Y4_TEACHER = user('year4Teacher');
const PUPIL = user('pupil');
const classAt = (index: number) => asClassTeamId(DEMO_SCHOOL.classes[index]?.teamId ?? '');
const Y3 = classAt(0);
const Y4 = classAt(1);

let school: SeededSchool;
let standIn: StandIn;
let siteId: string;
let listIds: IepListIds;
/** SharePoint REST requests by method, as sent (the SENCO's session), to count what a move costs. */
const spRequests: { method: string; url: string }[] = [];

const counting: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.includes('/_sp/')) spRequests.push({ method: (init?.method ?? 'GET').toUpperCase(), url });
  return fetch(input, init);
};

const clientOf = (person: { email: string }): Client => school.clientOf(person);

/** What a store of `person` is built from, with care teams as the app has them. */
const depsOf = (person: { name: string; email: string }, options: { assistantsMayEdit?: boolean } = {}) => {
  const careTeams = createCareTeams({
    webUrl: localWebUrl(`${standIn.url}/`, DEMO_SEN_SITE),
    getAccessToken: () => Promise.resolve(`local-dev-token:${person.email}`),
    fetchImpl: counting,
    assistantsMayEdit: options.assistantsMayEdit ?? false,
  });
  return {
    siteId,
    listIds,
    clock: fixedClock('2026-02-10T10:00:00Z'),
    currentUser: () => Promise.resolve(person),
    batch: { sleep: () => Promise.resolve() },
    careTeams: () => Promise.resolve(careTeams.store),
  };
};

const storeOf = (
  person: { name: string; email: string },
  options: { assistantsMayEdit?: boolean } = {},
): SharePointIepStore => createSharePointIepStore(clientOf(person), depsOf(person, options));

const firstPlan = async (classTeamId: string): Promise<PlanSummary> => {
  const plan = (await storeOf(SENCO).loadClass(asClassTeamId(classTeamId))).plans[0];
  if (!plan) throw new Error(`The seed gave ${classTeamId} no plan.`);
  return plan;
};

beforeAll(async () => {
  school = await startSeededSchool('iep-care-teams-');
  ({ standIn, siteId, listIds } = school);
});
afterAll(() => school.close());

describe('a teacher of another class', () => {
  it('gets nothing from the class dashboard or a whole-list query', async () => {
    const theirs = await storeOf(Y3_TEACHER).loadClass(Y4);
    expect(theirs.pupils).toEqual([]);
    expect(theirs.plans).toEqual([]);
    const own = await storeOf(Y3_TEACHER).loadClass(Y3);
    expect(own.plans.length).toBeGreaterThan(0);

    const y4Plan = await firstPlan(Y4);
    const everything = (await clientOf(Y3_TEACHER)
      .api(`/sites/${siteId}/lists/${listIds.plans}/items`)
      .expand('fields')
      .top(5000)
      .get()) as { value: { id: string; fields: Record<string, unknown> }[] };
    const classes = new Set(everything.value.map((item) => item.fields['ClassTeamId']).filter(Boolean));
    expect([...classes]).toEqual([Y3]);
    expect(everything.value.some((item) => item.id === y4Plan.id)).toBe(false);
  });

  it('is refused a direct read and a direct write of one of its items (404, as if it did not exist)', async () => {
    const y4Plan = await firstPlan(Y4);
    await expect(storeOf(Y3_TEACHER).openPlan(y4Plan.id)).rejects.toBeInstanceOf(NotFound);
    const item = `/sites/${siteId}/lists/${listIds.plans}/items/${y4Plan.id}`;
    await expect(clientOf(Y3_TEACHER).api(item).get()).rejects.toMatchObject({ statusCode: 404 });
    await expect(
      clientOf(Y3_TEACHER).api(`${item}/fields`).patch({ ParentViews: 'Overwritten' }),
    ).rejects.toMatchObject({ statusCode: 404 });
    expect((await storeOf(SENCO).openPlan(y4Plan.id)).plan.parentViews).not.toBe('Overwritten');
  });
});

/** The provision map's store as `person`, with care teams as the app has them. */
const provisionsOf = (person: { name: string; email: string }): ProvisionStore =>
  createSharePointProvisionStore(clientOf(person), depsOf(person));
const SPRING = '2026-01-05';

describe('the provision map', () => {
  it('shows a teacher their own class’s pupils on provisions and nothing of another class’s', async () => {
    const all = await provisionsOf(SENCO).loadProvisionMap(SPRING);
    const classOf = new Map(all.pupils.map((p) => [p.id as string, p.classTeamId as string]));
    const y4Placement = all.placements.find((p) => classOf.get(p.pupilId) === Y4);
    if (!y4Placement) throw new Error('The seed put no Year 4 pupil on a provision.');
    expect(all.placements.some((p) => classOf.get(p.pupilId) === Y3)).toBe(true);

    const theirs = await provisionsOf(Y3_TEACHER).loadProvisionMap(SPRING);
    expect(theirs.placements.length).toBeGreaterThan(0);
    expect(theirs.placements.every((p) => classOf.get(p.pupilId) === Y3)).toBe(true);
    // The catalogue names no child: every member of staff reads it.
    expect(theirs.provisions.map((p) => p.id).sort()).toEqual(all.provisions.map((p) => p.id).sort());
    expect((await provisionsOf(Y3_TEACHER).pupilProvisions(y4Placement.pupilId)).placements).toEqual([]);
    const item = `/sites/${siteId}/lists/${listIds.placements}/items/${y4Placement.id}`;
    await expect(clientOf(Y3_TEACHER).api(item).get()).rejects.toMatchObject({ statusCode: 404 });
    await expect(clientOf(Y4_TEACHER).api(item).get()).resolves.toMatchObject({ id: y4Placement.id });
  });

  it('lets only SEN leads change the catalogue', async () => {
    const [provision] = (await provisionsOf(SENCO).listProvisions()).provisions;
    if (!provision) throw new Error('The seed made no provision.');
    await expect(
      provisionsOf(Y3_TEACHER).saveProvision({ ...provision, costPerHourPence: 1 }, provision),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      provisionsOf(Y3_TEACHER).createProvision({ ...provision, name: 'Mine' }),
    ).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe('a teaching assistant', () => {
  const withTargets = async (): Promise<Plan> => {
    const store = storeOf(SENCO);
    for (const line of (await store.loadClass(Y3)).plans) {
      const { plan } = await store.openPlan(line.id);
      if (plan.status !== 'closed' && plan.shortTermTargets.length > 0) return plan;
    }
    throw new Error('The seed gave Year 3 no plan with targets.');
  };

  it('reads their class’s plans and adds evidence, but cannot change or delete a target', async () => {
    const planId = (await withTargets()).id;
    const assistant = storeOf(Y3_ASSISTANT);
    const { plan } = await assistant.openPlan(planId);
    const [target] = plan.shortTermTargets;
    if (!target) throw new Error('no target');

    const changed = await assistant.savePlan(
      {
        ...plan,
        shortTermTargets: plan.shortTermTargets.map((t) =>
          t.id === target.id ? { ...t, text: `${t.text} (changed by the TA)` } : t,
        ),
      },
      plan,
    );
    expect(changed.failures.map((failure) => failure.status)).toEqual([403]);
    expect((await storeOf(SENCO).openPlan(planId)).plan.shortTermTargets[0]?.text).toBe(target.text);

    const { plan: again } = await assistant.openPlan(planId);
    const evidence = EvidenceSchema.parse({
      id: 'local-ta-evidence',
      date: '2026-02-10',
      rating: 4,
      note: 'Read ten words from the list without help.',
    });
    const noted = await assistant.savePlan(
      {
        ...again,
        shortTermTargets: again.shortTermTargets.map((t) =>
          t.id === target.id ? { ...t, evidence: [...t.evidence, evidence] } : t,
        ),
      },
      again,
    );
    expect(noted.failures).toEqual([]);
    const stored = (await storeOf(SENCO).openPlan(planId)).plan.shortTermTargets.find(
      (t) => t.id === target.id,
    );
    expect(stored?.evidence.map((e) => e.note)).toContain('Read ten words from the list without help.');

    const targetItem = `/sites/${siteId}/lists/${listIds.targets}/items/${target.id}`;
    await expect(clientOf(Y3_ASSISTANT).api(targetItem).delete()).rejects.toMatchObject({ statusCode: 403 });
    await expect(clientOf(Y3_TEACHER).api(targetItem).delete()).rejects.toMatchObject({ statusCode: 403 });
  });
});

test('a pupil gets nothing anywhere: not the site, not a list, not their own plan', async () => {
  await expect(storeOf(PUPIL).loadClass(Y4)).rejects.toBeInstanceOf(AccessDenied);
  await expect(
    clientOf(PUPIL).api(`/sites/${siteId}/lists/${listIds.plans}/items`).get(),
  ).rejects.toMatchObject({ statusCode: 403 });
});

test('the SENCO sees every pupil of every class', async () => {
  const register = await storeOf(SENCO).loadRegister();
  const classes = new Set(register.pupils.map((pupil) => pupil.classTeamId));
  expect(classes.size).toBe(DEMO_SCHOOL.classes.length);
  expect(register.pupils.length).toBe(3 * DEMO_SCHOOL.classes.length);
});

test('moving a pupil to another class moves their access in the 24 SharePoint writes docs/ACCESS.md states', async () => {
  const senco = storeOf(SENCO);
  const pupil = (await senco.loadClass(Y3)).pupils[0];
  if (!pupil) throw new Error('no pupil');
  const y4 = DEMO_SCHOOL.classes[1];
  spRequests.length = 0;

  await senco.updatePupil({ ...pupil, classTeamId: Y4, className: y4?.displayName ?? 'Year 4' }, pupil);

  expect(spRequests.filter((request) => request.method === 'POST')).toHaveLength(24);
  expect((await storeOf(Y3_TEACHER).loadClass(Y4)).pupils).toEqual([]);
  expect((await storeOf(Y3_TEACHER).loadClass(Y3)).pupils.map((p) => p.id)).not.toContain(pupil.id);
  expect((await storeOf(Y4_TEACHER).loadClass(Y4)).pupils.map((p) => p.id)).toContain(pupil.id);
  const plans = (await storeOf(Y4_TEACHER).loadClass(Y4)).plans.filter((p) => p.pupil.pupilId === pupil.id);
  for (const line of plans) await expect(storeOf(Y4_TEACHER).openPlan(line.id)).resolves.toBeTruthy();
  const placements = (await clientOf(Y4_TEACHER)
    .api(`/sites/${siteId}/lists/${listIds.placements}/items`)
    .expand('fields')
    .top(5000)
    .get()) as { value: { fields: Record<string, unknown> }[] };
  // Their provisions went with them: the seed put every demo pupil on at least one.
  expect(placements.value.some((item) => item.fields['PupilId'] === pupil.id)).toBe(true);
});

test('with the school’s setting, assistants may change the targets of pupils secured under it', async () => {
  const senco = storeOf(SENCO, { assistantsMayEdit: true });
  const [pupil] = await senco.addPupils([
    {
      givenName: 'Nia',
      familyName: 'Evans',
      preferredName: '',
      pupilRef: 'CARE-TA-1',
      classTeamId: Y3,
      className: DEMO_SCHOOL.classes[0]?.displayName ?? 'Year 3',
      yearGroup: 'Year 3',
    },
  ]);
  if (!pupil) throw new Error('no pupil');
  const teacher = storeOf(Y3_TEACHER);
  const template = (await senco.openPlan((await firstPlan(Y3)).id)).plan;
  const created = await teacher.createPlan({
    pupil,
    plan: {
      ...template,
      pupil: { ...template.pupil, pupilId: pupil.id },
      shortTermTargets: template.shortTermTargets.slice(0, 1).map((t) => ({ ...t, evidence: [] })),
    },
  });
  const assistant = storeOf(Y3_ASSISTANT, { assistantsMayEdit: true });
  const { plan } = await assistant.openPlan(created.id);
  const saved = await assistant.savePlan(
    {
      ...plan,
      shortTermTargets: plan.shortTermTargets.map((t) => ({
        ...t,
        text: 'Changed by the TA, as allowed.',
      })),
    },
    plan,
  );
  expect(saved.failures).toEqual([]);
});

// Last: it adds a pupil to Year 3, whom the tests above would otherwise count and move.
describe('the provision map for a pupil with no placements folder', () => {
  it('puts a pupil with no placements folder yet (as one secured before the list existed) into one their class reads', async () => {
    // Added without care teams: no folder anywhere, as a pupil secured before schema 10 has none for placements.
    const plain = createSharePointIepStore(clientOf(SENCO), {
      siteId,
      listIds,
      clock: fixedClock('2026-02-10T10:00:00Z'),
      currentUser: () => Promise.resolve(SENCO),
    });
    const [pupil] = await plain.addPupils([
      {
        givenName: 'Rhys',
        familyName: 'Morgan',
        preferredName: '',
        pupilRef: 'CARE-PROV-1',
        classTeamId: Y3,
        className: DEMO_SCHOOL.classes[0]?.displayName ?? 'Year 3',
        yearGroup: 'Year 3',
      },
    ]);
    const [provision] = (await provisionsOf(SENCO).listProvisions()).provisions;
    if (!pupil || !provision) throw new Error('Nothing to place.');
    const added = await provisionsOf(SENCO).addPlacements([
      { provisionId: provision.id, pupilId: pupil.id, term: SPRING, start: SPRING, end: '2026-03-27' },
    ]);
    expect(added.failures).toEqual([]);
    const [placement] = added.added;
    const item = `/sites/${siteId}/lists/${listIds.placements}/items/${placement?.id ?? ''}`;
    await expect(clientOf(Y3_TEACHER).api(item).get()).resolves.toMatchObject({ id: placement?.id });
    await expect(clientOf(Y4_TEACHER).api(item).get()).rejects.toMatchObject({ statusCode: 404 });
  });
});
