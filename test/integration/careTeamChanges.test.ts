/**
 * Care-team access as it changes (docs/ACCESS.md), tried with each person's own token against the
 * stand-in: a pupil who leaves the school, staff from outside the class given a pupil's records, and the
 * school's "all staff may read" setting. The seed sets the school up as a SENCO does.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { DEMO_SCHOOL, DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import { demoClass, demoUser, startSeededSchool, type SeededSchool } from './support/seededSchool';
import {
  AccessDenied,
  fixedClock,
  NotFound,
  ServiceError,
  type PlanSummary,
  type Pupil,
} from '../../src/domain';
import { createCareTeams, type CareTeams } from '../../src/graph/sharepoint/access/careTeams';
import { localWebUrl } from '../../src/graph/sharepoint/access/webUrl';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';

const SENCO = demoUser('senco');
const Y3_TEACHER = demoUser('year3Teacher');
const Y4_TEACHER = demoUser('year4Teacher');
const Y5_TEACHER = demoUser('year5Teacher');
const PUPIL = demoUser('pupil');
const Y3 = demoClass(0);
const Y5 = demoClass(2);

let school: SeededSchool;
let siteId: string;
let listIds: IepListIds;
/** The SENCO's SharePoint REST writes, to count what each change costs. */
const spPosts: string[] = [];
/** When set, the SENCO's next SharePoint REST request matching it is refused with a 500. */
let refuseNext: RegExp | null = null;

const sencoFetch: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.includes('/_sp/') && (init?.method ?? 'GET').toUpperCase() === 'POST') spPosts.push(url);
  if (refuseNext?.test(decodeURIComponent(url))) {
    refuseNext = null;
    return Promise.resolve(
      new Response(JSON.stringify({ 'odata.error': { code: '-1', message: { value: 'Server error.' } } }), {
        status: 500,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  }
  return fetch(input, init);
};

const clientOf = (person: { email: string }): Client => school.clientOf(person);

const careTeamsOf = (person: { email: string }): CareTeams =>
  createCareTeams({
    webUrl: localWebUrl(`${school.standIn.url}/`, DEMO_SEN_SITE),
    getAccessToken: () => Promise.resolve(`local-dev-token:${person.email}`),
    fetchImpl: person.email === SENCO.email ? sencoFetch : fetch,
    assistantsMayEdit: false,
    listIds: () => Promise.resolve(listIds),
  });

const storeOf = (person: { name: string; email: string }): SharePointIepStore => {
  const careTeams = careTeamsOf(person);
  return createSharePointIepStore(clientOf(person), {
    siteId,
    listIds,
    clock: fixedClock('2026-02-10T10:00:00Z'),
    currentUser: () => Promise.resolve(person),
    batch: { sleep: () => Promise.resolve() },
    careTeams: () => Promise.resolve(careTeams.store),
  });
};

/** The Year 3 pupils the seed made, each with their current plan. */
const year3 = async (): Promise<{ pupil: Pupil; plan: PlanSummary }[]> => {
  const { pupils, plans } = await storeOf(SENCO).loadClass(Y3);
  return pupils.flatMap((pupil) => {
    const plan = plans.find((p) => p.pupil.pupilId === pupil.id);
    return plan ? [{ pupil, plan }] : [];
  });
};

const planItem = (planId: string) => `/sites/${siteId}/lists/${listIds.plans}/items/${planId}`;

beforeAll(async () => {
  school = await startSeededSchool('iep-care-team-changes-');
  ({ siteId, listIds } = school);
});
afterAll(() => school.close());
beforeEach(() => {
  spPosts.length = 0;
  refuseNext = null;
});

describe('staff from outside the class', () => {
  it('a Year 4 teacher given one Year 3 pupil reads that pupil’s plan and no other, until removed', async () => {
    const [first, second] = await year3();
    if (!first || !second) throw new Error('The seed gave Year 3 too few pupils with plans.');
    const admin = careTeamsOf(SENCO).admin;
    const y4 = storeOf(Y4_TEACHER);
    await expect(y4.openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);

    const added = await admin.addExtraStaff(first.pupil.id, 'teacher', Y4_TEACHER.email);
    expect(added).toMatchObject({ email: Y4_TEACHER.email, role: 'teacher' });
    // ensureuser, then the pupil's 6 scopes: docs/ACCESS.md "Requests per person given a pupil's records".
    expect(spPosts).toHaveLength(7);
    expect(await admin.readExtraStaff(first.pupil.id)).toEqual([
      { name: Y4_TEACHER.name, email: Y4_TEACHER.email, role: 'teacher' },
    ]);
    expect(await admin.readExtraStaff(second.pupil.id)).toEqual([]);

    await expect(y4.openPlan(first.plan.id)).resolves.toMatchObject({ plan: { id: first.plan.id } });
    expect((await y4.loadClass(Y3)).pupils.map((p) => p.id)).toEqual([first.pupil.id]);
    // What the editor asks SharePoint, with the teacher's own token, to offer them the plan's changes.
    expect(await careTeamsOf(Y4_TEACHER).myRoleOnPupil(first.pupil.id)).toBe('teacher');
    expect(await careTeamsOf(Y4_TEACHER).myRoleOnPupil(second.pupil.id)).toBeNull();
    await expect(y4.openPlan(second.plan.id)).rejects.toBeInstanceOf(NotFound);

    // A class move changes the class's groups only: the extra teacher keeps the pupil, there and back.
    const senco = storeOf(SENCO);
    const y5 = DEMO_SCHOOL.classes[2]?.displayName ?? 'Year 5';
    const moved = await senco.updatePupil({ ...first.pupil, classTeamId: Y5, className: y5 }, first.pupil);
    await expect(y4.openPlan(first.plan.id)).resolves.toMatchObject({ plan: { id: first.plan.id } });
    expect((await admin.readExtraStaff(first.pupil.id)).map((m) => m.email)).toEqual([Y4_TEACHER.email]);
    await senco.updatePupil({ ...moved, classTeamId: Y3, className: first.pupil.className }, moved);

    await admin.removeExtraStaff(first.pupil.id, Y4_TEACHER.email);
    await expect(y4.openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);
    expect(await admin.readExtraStaff(first.pupil.id)).toEqual([]);
    expect(await careTeamsOf(Y4_TEACHER).myRoleOnPupil(first.pupil.id)).toBeNull();
  });

  it('refuses an address that is no one in the tenant', async () => {
    const [first] = await year3();
    if (!first) throw new Error('no pupil');
    await expect(
      careTeamsOf(SENCO).admin.addExtraStaff(first.pupil.id, 'assistant', 'nobody@oakfield.example'),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('cannot be given by a teacher: only SEN leads manage permissions', async () => {
    const [first] = await year3();
    if (!first) throw new Error('no pupil');
    await expect(
      careTeamsOf(Y3_TEACHER).admin.addExtraStaff(first.pupil.id, 'teacher', Y4_TEACHER.email),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(storeOf(Y4_TEACHER).openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);
  });
});

describe('the school’s readAccess setting', () => {
  it('all-staff lets a teacher of another class read, not change, a plan; care-team takes it back', async () => {
    const [first] = await year3();
    if (!first) throw new Error('no pupil');
    const access = careTeamsOf(SENCO).access;

    await access.ensureSetup(listIds, { readAccess: 'all-staff' });
    // One request puts the SEN site's members (its Microsoft 365 group's claim) into IEP Read-only staff.
    expect(spPosts).toHaveLength(1);
    await expect(storeOf(Y4_TEACHER).openPlan(first.plan.id)).resolves.toMatchObject({
      plan: { id: first.plan.id },
    });
    await expect(
      clientOf(Y4_TEACHER)
        .api(`${planItem(first.plan.id)}/fields`)
        .patch({ ParentViews: 'Overwritten' }),
    ).rejects.toMatchObject({ statusCode: 403 });
    // Pupils are not members of the SEN site, so its members' claim gives them nothing.
    await expect(clientOf(PUPIL).api(planItem(first.plan.id)).get()).rejects.toMatchObject({
      statusCode: 403,
    });

    spPosts.length = 0;
    await access.ensureSetup(listIds, { readAccess: 'all-staff' });
    expect(spPosts).toEqual([]);
    await access.ensureSetup(listIds, { readAccess: 'care-team' });
    expect(spPosts).toHaveLength(1);
    await expect(storeOf(Y4_TEACHER).openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);
  });
});

// Last: the rollover below moves every Year 3 pupil still on the register.
describe('a pupil who leaves the school', () => {
  it('a failure to take the class off their records is reported, nothing is saved, and trying again works', async () => {
    const [, second] = await year3();
    if (!second) throw new Error('no second pupil');
    refuseNext = /removeroleassignment/i;
    const error = await storeOf(SENCO)
      .updatePupil({ ...second.pupil, registerStatus: 'left', leftOn: '2026-02-09' }, second.pupil)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toMatch(/still on the register.*Try again/);
    const unchanged = await storeOf(SENCO).findPupil(second.pupil.id);
    expect(unchanged.registerStatus).toBe('active');
    await expect(storeOf(Y3_TEACHER).openPlan(second.plan.id)).resolves.toBeTruthy();

    await storeOf(SENCO).updatePupil(
      { ...unchanged, registerStatus: 'left', leftOn: '2026-02-09' },
      unchanged,
    );
    await expect(storeOf(Y3_TEACHER).openPlan(second.plan.id)).rejects.toBeInstanceOf(NotFound);
  });

  it('takes their class off their records, keeps them from the rollover, and gives them back when put back', async () => {
    const [first] = await year3();
    if (!first) throw new Error('no pupil');
    const senco = storeOf(SENCO);
    const teacher = storeOf(Y3_TEACHER);
    await expect(teacher.openPlan(first.plan.id)).resolves.toBeTruthy();

    spPosts.length = 0;
    const left = await senco.updatePupil(
      { ...first.pupil, registerStatus: 'left', leftOn: '2026-02-09' },
      first.pupil,
    );
    // The class's 2 groups off 6 scopes: docs/ACCESS.md "Requests when a pupil leaves"; the rest is Graph.
    expect(spPosts.filter((url) => /removeroleassignment/i.test(url))).toHaveLength(12);
    expect(spPosts).toHaveLength(12);
    const dashboard = await teacher.loadClass(Y3);
    expect(dashboard.pupils.map((p) => p.id)).not.toContain(first.pupil.id);
    expect(dashboard.plans.map((p) => p.pupil.pupilId)).not.toContain(first.pupil.id);
    await expect(teacher.openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);
    await expect(clientOf(Y3_TEACHER).api(planItem(first.plan.id)).get()).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(senco.openPlan(first.plan.id)).resolves.toMatchObject({ plan: { id: first.plan.id } });

    const y5 = DEMO_SCHOOL.classes[2];
    const rolled = await senco.rolloverClasses([
      { from: Y3, to: { id: Y5, displayName: y5?.displayName ?? 'Year 5' } },
    ]);
    expect(rolled.failures).toEqual([]);
    await expect(storeOf(Y5_TEACHER).openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);
    await expect(teacher.openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);

    await senco.updatePupil({ ...left, registerStatus: 'active', leftOn: '' }, left);
    await expect(teacher.openPlan(first.plan.id)).resolves.toMatchObject({ plan: { id: first.plan.id } });
    await expect(storeOf(Y5_TEACHER).openPlan(first.plan.id)).rejects.toBeInstanceOf(NotFound);
  });
});
