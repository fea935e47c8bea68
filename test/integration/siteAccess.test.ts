/**
 * Sites.Selected as Microsoft documents it: the app acts with the lesser of its grant on the SEN site and
 * the signed-in user's own role. Setting up needs 'manage' and a site owner; saving needs 'write'.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_SEN_SITE_ID } from '../../dev/standin/demoSchool';
import { internalsOf } from '../../dev/standin/internals';
import { startStandIn, type StandIn } from '../../dev/standin/server';
import type { AppGrant } from '../../dev/standin/directory/model';
import { AccessDenied, type Pupil } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import { checkIepLists, provisionIepLists } from '../../src/graph/sharepoint/provisioning';
import { IEP_LISTS } from '../../src/graph/sharepoint/schema';
import { createSharePointIepStore } from '../../src/graph/sharepoint/store';
import { fixedClock } from '../../src/domain';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, TEACHER, YEAR_3 } from './support/iepTestbed';

const stands: { standIn: StandIn; dataDir: string }[] = [];
afterEach(async () => {
  for (const { standIn, dataDir } of stands.splice(0)) {
    await standIn.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

const start = async (senSiteGrant?: AppGrant): Promise<StandIn> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-access-'));
  const standIn = await startStandIn({
    port: 0,
    dataDir,
    seedDemoSchool: true,
    ...(senSiteGrant ? { senSiteGrant } : {}),
  });
  stands.push({ standIn, dataDir });
  return standIn;
};

const clientFor = (standIn: StandIn, user: { email: string }) =>
  createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${user.email}`),
    scopes: ['Sites.Selected'],
    retry: { maxRetries: 0, delaySeconds: 0 },
  });

const storeFor = (standIn: StandIn, user: { name: string; email: string }, listIds: IepListIds) =>
  createSharePointIepStore(clientFor(standIn, user), {
    siteId: DEMO_SEN_SITE_ID,
    clock: fixedClock('2026-02-10T10:00:00Z'),
    currentUser: () => Promise.resolve(user),
    listIds,
  });

test('with a write grant, setting up is refused with AccessDenied and creates nothing, even for the SENCO', async () => {
  const standIn = await start('write');
  const senco = clientFor(standIn, SENCO);
  const error = await provisionIepLists(senco, DEMO_SEN_SITE_ID).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AccessDenied);
  expect((await checkIepLists(senco, DEMO_SEN_SITE_ID)).missingLists).toHaveLength(IEP_LISTS.length);
});

test('with the demo grant (manage) a teacher, a member of the SEN site, cannot set up; the SENCO can', async () => {
  const standIn = await start();
  const error = await provisionIepLists(clientFor(standIn, TEACHER), DEMO_SEN_SITE_ID).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AccessDenied);
  expect((await provisionIepLists(clientFor(standIn, SENCO), DEMO_SEN_SITE_ID)).ready).toBe(true);
});

test('once set up, a write grant is enough to save plans; a read grant refuses saving', async () => {
  const standIn = await start();
  const { listIds } = await provisionIepLists(clientFor(standIn, SENCO), DEMO_SEN_SITE_ID);
  internalsOf(standIn).setAppGrant(DEMO_SEN_SITE_ID, 'write');
  const senco = storeFor(standIn, SENCO, listIds as IepListIds);
  const [pupil] = await senco.addPupils(registerEntries(YEAR_3, 'Year 3 Kestrels', 1));
  const created = await storeFor(standIn, TEACHER, listIds as IepListIds).createPlan({
    pupil: pupil as Pupil,
    plan: planFor(pupil as Pupil, 1),
  });
  expect(created.etag).toBeDefined();

  internalsOf(standIn).setAppGrant(DEMO_SEN_SITE_ID, 'read');
  expect((await senco.openPlan(created.id)).plan.id).toBe(created.id);
  const refused = await senco
    .createPlan({ pupil: pupil as Pupil, plan: planFor(pupil as Pupil, 1) })
    .catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(AccessDenied);
});
