import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { internalsOf } from '../../dev/standin/internals';
import { startStandIn, type StandIn } from '../../dev/standin/server';
import { NotFound } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import {
  checkIepLists,
  provisionIepLists,
  resolveSite,
  siteAddress,
  type ProvisioningProgress,
} from '../../src/graph/sharepoint/provisioning';
import { listPath } from '../../src/graph/sharepoint/shared/requests';
import {
  IEP_LISTS,
  IEP_SCHEMA_VERSION,
  columnDefinitionFor,
  listSpec,
} from '../../src/graph/sharepoint/schema';
import { SEN_SITE, SENCO } from './support/iepTestbed';

let standIn: StandIn;
let dataDir: string;
const client = () =>
  createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${SENCO.email}`),
    scopes: ['Sites.Manage.All'],
    retry: { maxRetries: 3, delaySeconds: 0 },
  });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-provision-'));
  standIn = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
});
afterAll(async () => {
  await standIn.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a site is found from the URL a SENCO would paste, or from the hostname:/path form', async () => {
  expect(siteAddress('https://contoso.sharepoint.com/sites/SEN/')).toBe(SEN_SITE);
  const site = await resolveSite(client(), 'https://contoso.sharepoint.com/sites/SEN');
  expect(site).toEqual(await resolveSite(client(), SEN_SITE));
  expect(site.displayName).toBe('SEN');
  await expect(resolveSite(client(), 'contoso.sharepoint.com:/sites/Nowhere')).rejects.toBeInstanceOf(
    NotFound,
  );
});

test('provisioning creates every list and column, reports progress, and a second run changes nothing', async () => {
  const graph = client();
  const { id: siteId } = await resolveSite(graph, SEN_SITE);
  const before = await checkIepLists(graph, siteId);
  expect(before.missingLists).toEqual(IEP_LISTS.map((list) => list.key));
  expect(before.ready).toBe(false);

  const progress: ProvisioningProgress[] = [];
  const after = await provisionIepLists(graph, siteId, (p) => progress.push(p));
  expect(after).toMatchObject({
    ready: true,
    missingLists: [],
    missingColumns: [],
    unindexedColumns: [],
    schemaVersion: IEP_SCHEMA_VERSION,
  });
  expect(progress.at(-1)).toEqual({ done: 8, total: 8, message: 'Created the list IEP Group Plans.' });
  expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);

  standIn.resetStats();
  const again: ProvisioningProgress[] = [];
  const second = await provisionIepLists(graph, siteId, (p) => again.push(p));
  expect(second.listIds).toEqual(after.listIds);
  expect(again).toEqual([{ done: 0, total: 0, message: 'The IEP lists are already set up.' }]);
  // Two reads (lists, then every list's columns in one $batch) and no writes.
  expect(standIn.stats().httpRequests).toBe(2);
  const writes = Object.keys(standIn.stats().byPath).filter(
    (key) => !key.includes('$batch') && !key.startsWith('GET '),
  );
  expect(writes).toEqual([]);
});

test('a list someone started by hand keeps its items: only missing columns and lost indexes are added', async () => {
  const graph = client();
  // The demo selects the app for the SEN site only; an administrator grants it this site too.
  internalsOf(standIn).setAppGrant(DEMO_SCHOOL.classes[0]?.siteId ?? '', 'manage');
  const { id: siteId } = await resolveSite(graph, 'contoso.sharepoint.com:/sites/Year3Kestrels');
  const targetsSpec = listSpec('targets');
  const partial = targetsSpec.columns
    .filter((column) => column.name !== 'OutcomeComment' && column.name !== 'ProvisionId')
    .map((column) => columnDefinitionFor(column.name === 'PlanId' ? { ...column, indexed: false } : column));
  const made = (await graph
    .api(`/sites/${siteId}/lists`)
    .post({ displayName: 'IEP Targets', list: { template: 'genericList' }, columns: partial })) as {
    id: string;
  };
  await graph
    .api(`${listPath(siteId, made.id)}/items`)
    .post({ fields: { Title: 'Already here', PlanId: '1' } });

  const check = await checkIepLists(graph, siteId);
  expect(check.missingLists).toEqual([
    'pupils',
    'plans',
    'evidence',
    'reviews',
    'provisions',
    'placements',
    'groupPlans',
  ]);
  expect(check.missingColumns).toEqual([
    { list: 'targets', column: 'OutcomeComment' },
    { list: 'targets', column: 'ProvisionId' },
  ]);
  expect(check.unindexedColumns.map(({ list, column }) => ({ list, column }))).toEqual([
    { list: 'targets', column: 'PlanId' },
  ]);
  expect(check.schemaVersion).toBeNull();

  const progress: string[] = [];
  const repaired = await provisionIepLists(graph, siteId, (p) => progress.push(p.message));
  expect(repaired.ready).toBe(true);
  expect(repaired.listIds.targets).toBe(made.id);
  // The targets list changes one column at a time: adding one, then (in the next round) the index.
  expect(progress.filter((message) => message.includes('IEP Targets'))).toEqual([
    'Added the column OutcomeComment to IEP Targets.',
    'Added the column ProvisionId to IEP Targets.',
    'Indexed the column PlanId in IEP Targets.',
  ]);
  expect(progress.at(-1)).toBe('Indexed the column PlanId in IEP Targets.');
  const items = (await graph.api(`${listPath(siteId, made.id)}/items?$expand=fields`).get()) as {
    value: { fields: { Title: string } }[];
  };
  expect(items.value.map((item) => item.fields.Title)).toEqual(['Already here']);
});
