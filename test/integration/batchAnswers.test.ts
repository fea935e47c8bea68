/**
 * Graph runs `$batch` requests without dependsOn in any order and lists the answers in any order
 * (https://learn.microsoft.com/en-us/graph/json-batching): the product pairs answers with requests by id.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_SCHOOL } from '../../dev/standin/demoSchool';
import { startStandIn, type StandIn } from '../../dev/standin/server';
import { sendBatch } from '../../src/graph/batch';
import { createGraphClient } from '../../src/graph/client';
import { SENCO } from './support/iepTestbed';

let standIn: StandIn;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-batch-'));
  standIn = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
});
afterAll(async () => {
  await standIn.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const client = () =>
  createGraphClient({
    baseUrl: `${standIn.url}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${SENCO.email}`),
    scopes: [],
    retry: { maxRetries: 0, delaySeconds: 0 },
  });

const people = Object.values(DEMO_SCHOOL.users);

test.each([
  ['reversed', (ids: readonly string[]) => [...ids].reverse()],
  ['rotated', (ids: readonly string[]) => [...ids.slice(3), ...ids.slice(0, 3)]],
])('each answer belongs to its own request when the service answers them %s', async (_, order) => {
  standIn.setBatchOrder(order);
  const answers = await sendBatch(
    client(),
    people.map((person) => ({ method: 'GET' as const, url: `/users/${person.email}` })),
  );
  expect(answers.map((answer) => (answer.body as { displayName: string }).displayName)).toEqual(
    people.map((person) => person.name),
  );
});
