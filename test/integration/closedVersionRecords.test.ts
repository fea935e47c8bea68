/**
 * A closed plan version locked by SharePoint, not only by the app (docs/RECORDS.md), and the app's check of
 * its own grant (docs/ACCESS.md): the demo school seeded as a SENCO sets it up, then each person tries with
 * their own token, through the product's store and straight through Graph.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { DEMO_SCHOOL, DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import { internalsOf } from '../../dev/standin/internals';
import { DEMO_CLOSED_VERSION_LABEL } from '../../dev/standin/sharepoint/records/retentionLabels';
import type { StandIn } from '../../dev/standin/server';
import { grantNotice, recordsNotice } from '../../src/app/usecases/setup/setupNotices';
import { asClassTeamId, asTargetId, fixedClock, RecordLocked, type Plan } from '../../src/domain';
import { domainErrorFromStatus } from '../../src/graph/httpErrors';
import { createCareTeams } from '../../src/graph/sharepoint/access/careTeams';
import { localWebUrl } from '../../src/graph/sharepoint/access/webUrl';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';
import { buildReview } from '../support/planBuilder';
import { demoUser, startSeededSchool, type SeededSchool } from './support/seededSchool';

const SENCO = demoUser('senco');
const Y3_TEACHER = demoUser('year3Teacher');
const Y3 = asClassTeamId(DEMO_SCHOOL.classes[0]?.teamId ?? '');
const Y4 = asClassTeamId(DEMO_SCHOOL.classes[1]?.teamId ?? '');

let school: SeededSchool;
let standIn: StandIn;
let siteId: string;
let listIds: IepListIds;
const clientOf = (person: { email: string }): Client => school.clientOf(person);

const careTeamsOf = (person: { email: string }) =>
  createCareTeams({
    webUrl: localWebUrl(`${standIn.url}/`, DEMO_SEN_SITE),
    getAccessToken: () => Promise.resolve(`local-dev-token:${person.email}`),
    assistantsMayEdit: false,
  });

/** A store as the app builds it: care teams on, and the record label when the school named one. */
const storeOf = (person: { name: string; email: string }, label?: string): SharePointIepStore => {
  const careTeams = careTeamsOf(person);
  return createSharePointIepStore(clientOf(person), {
    siteId,
    listIds,
    clock: fixedClock('2026-02-10T10:00:00Z'),
    currentUser: () => Promise.resolve(person),
    batch: { sleep: () => Promise.resolve() },
    careTeams: () => Promise.resolve(careTeams.store),
    ...(label === undefined ? {} : { closedVersionLabel: label }),
  });
};

/** The status SharePoint answered a raw Graph request with (200s included). */
const statusOf = async (request: Promise<unknown>): Promise<number> =>
  request.then(
    () => 200,
    (error: { statusCode?: number }) => error.statusCode ?? 0,
  );

const itemPath = (listId: string, id: string) => `/sites/${siteId}/lists/${listId}/items/${id}`;

/** Agrees the next version of one of Year 3's current plans, as the class teacher does at a review. */
const agreeNextVersion = async (store: SharePointIepStore, skip: number) => {
  const current = (await store.loadClass(Y3)).plans.filter((p) => p.status === 'active')[skip];
  if (!current) throw new Error('The seed gave Year 3 too few current plans.');
  const { plan } = await store.openPlan(current.id);
  const first = plan.shortTermTargets[0];
  if (!first) throw new Error('The seeded plan has no target.');
  const next: Plan = {
    ...plan,
    status: 'active',
    shortTermTargets: [{ ...first, id: asTargetId('carried-on'), etag: undefined, evidence: [] }],
  };
  const review = { ...buildReview(plan, { targetOutcomes: [] }), etag: undefined };
  return { plan, ...(await store.commitNextVersion(plan, next, review)) };
};

beforeAll(async () => {
  school = await startSeededSchool('iep-records-');
  ({ standIn, siteId, listIds } = school);
});
afterAll(() => school.close());

describe('a version closed by agreeing the next one, with the school’s record label', () => {
  let closed: Plan;
  let opened: Plan;

  beforeAll(async () => {
    const agreed = await agreeNextVersion(storeOf(Y3_TEACHER, DEMO_CLOSED_VERSION_LABEL), 0);
    expect(agreed.recordLock).toEqual({ status: 'locked', items: expect.any(Number) });
    ({ closed, opened } = agreed);
  });

  it.each([
    ['the class teacher', Y3_TEACHER],
    ['the SENCO', SENCO],
  ])(
    'refuses %s a change to its plan item or a target through Graph (423, a locked record)',
    async (_, who) => {
      const client = clientOf(who);
      const target = closed.shortTermTargets[0]?.id ?? '';
      const planPatch = client
        .api(`${itemPath(listIds.plans, closed.id)}/fields`)
        .patch({ PupilViews: 'Rewritten' });
      const targetPatch = client
        .api(`${itemPath(listIds.targets, target)}/fields`)
        .patch({ Outcome: 'achieved', OutcomeComment: 'Rewritten' });
      expect([await statusOf(planPatch), await statusOf(targetPatch)]).toEqual([423, 423]);
      const stored = (await clientOf(SENCO)
        .api(itemPath(listIds.plans, closed.id))
        .expand('fields')
        .get()) as {
        fields: Record<string, unknown>;
      };
      expect(stored.fields['PupilViews']).not.toBe('Rewritten');
    },
  );

  it('refuses to delete its plan item or a target, to the SENCO too (who may delete anything else)', async () => {
    const target = closed.shortTermTargets[0]?.id ?? '';
    const senco = clientOf(SENCO);
    expect(await statusOf(senco.api(itemPath(listIds.plans, closed.id)).delete())).toBe(423);
    expect(await statusOf(senco.api(itemPath(listIds.targets, target)).delete())).toBe(423);
    // The teacher has no delete at all (IEP Edit): refused by permissions before the record is reached.
    expect(await statusOf(clientOf(Y3_TEACHER).api(itemPath(listIds.plans, closed.id)).delete())).toBe(403);
    expect((await storeOf(SENCO).openPlan(closed.id)).plan.status).toBe('closed');
  });

  it('still lets the teacher save the current version', async () => {
    const store = storeOf(Y3_TEACHER, DEMO_CLOSED_VERSION_LABEL);
    const { plan } = await store.openPlan(opened.id);
    const saved = await store.savePlan({ ...plan, pupilViews: 'I like the new targets.' }, plan);
    expect(saved.plan.pupilViews).toBe('I like the new targets.');
  });

  it('is answered as a locked record, not a generic failure, when Graph refuses', () => {
    const error = domainErrorFromStatus(
      { status: 423, code: 'accessDenied' },
      { kind: 'plan', id: closed.id },
    );
    expect(error).toBeInstanceOf(RecordLocked);
    expect(error.message).toMatch(/locked record/);
  });
});

describe('a pupil recorded as left', () => {
  it('has the plans their departure closed locked as records, which the SENCO then cannot change', async () => {
    const store = storeOf(SENCO, DEMO_CLOSED_VERSION_LABEL);
    const current = (await store.loadClass(Y4)).plans.find((p) => p.status === 'active');
    if (!current) throw new Error('The seed gave Year 4 no current plan.');
    const pupil = await store.findPupil(current.pupil.pupilId);
    await store.updatePupil({ ...pupil, registerStatus: 'left', leftOn: '2026-02-09' }, pupil);

    expect(await store.lockClosedVersions(pupil.id)).toEqual({ status: 'locked', items: expect.any(Number) });
    const patch = clientOf(SENCO)
      .api(`${itemPath(listIds.plans, current.id)}/fields`)
      .patch({ PupilViews: 'Rewritten after leaving' });
    expect(await statusOf(patch)).toBe(423);
  });
});

describe('without a record label configured', () => {
  it('labels nothing: the closed version stays changeable outside the app, and setup says so', async () => {
    const agreed = await agreeNextVersion(storeOf(Y3_TEACHER), 0);
    expect(agreed.recordLock).toEqual({ status: 'not-configured' });
    const patch = clientOf(SENCO)
      .api(`${itemPath(listIds.plans, agreed.closed.id)}/fields`)
      .patch({ PupilViews: 'Changed outside the app' });
    expect(await statusOf(patch)).toBe(200);
    expect(recordsNotice(undefined).title).toBe('Closed plan versions are read-only only in IEP Planner');
    expect(recordsNotice(undefined).text).toMatch(/records\.closedVersionLabel/);
  });
});

describe('the app’s check of its own grant', () => {
  afterEach(() => internalsOf(standIn).setAppGrant(siteId, 'fullcontrol'));

  it('says the app can secure new pupils with the full-control grant, and cannot once it is lowered', async () => {
    const before = await careTeamsOf(SENCO).checkGrant(listIds.pupils);
    expect(grantNotice(before).title).toBe('IEP Planner can secure new pupils');

    internalsOf(standIn).setAppGrant(siteId, 'write');
    const after = await careTeamsOf(SENCO).checkGrant(listIds.pupils);
    expect(after).toEqual({ mayManagePermissions: false, mayEditItems: true });
    expect(grantNotice(after).title).toBe('IEP Planner cannot secure new pupils');
    expect(grantNotice(after).text).toMatch(/step 4 of the deployment guide/);
  });

  it('says a class teacher’s session cannot secure pupils however the app is granted', async () => {
    expect(await careTeamsOf(Y3_TEACHER).checkGrant(listIds.pupils)).toEqual({
      mayManagePermissions: false,
      mayEditItems: false,
    });
  });
});
