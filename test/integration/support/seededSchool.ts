import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { seedDemoPlans } from '../../../dev/seed/seedDemoPlans';
import { DEMO_SCHOOL, DEMO_SEN_SITE } from '../../../dev/standin/demoSchool';
import { startStandIn, type StandIn } from '../../../dev/standin/server';
import { createGraphClient } from '../../../src/graph/client';
import { resolveIepListIds, type IepListIds } from '../../../src/graph/sharepoint/lists';
import { resolveSite } from '../../../src/graph/sharepoint/provisioning';

/** A demo user by their key in DEMO_SCHOOL (`senco`, `year3Teacher`, ...). */
export const demoUser = (key: string): { name: string; email: string } => {
  const found = DEMO_SCHOOL.users[key];
  if (!found) throw new Error(`No demo user ${key}`);
  return { name: found.name, email: found.email };
};

export interface SeededSchool {
  readonly standIn: StandIn;
  readonly siteId: string;
  readonly listIds: IepListIds;
  /** Graph as `person`, with their own token. */
  clientOf(person: { email: string }): Client;
  close(): Promise<void>;
}

/**
 * The demo school seeded as a SENCO sets it up (care teams, three pupils a class), on a stand-in of its own
 * with a fresh data folder.
 */
export const startSeededSchool = async (folderPrefix: string): Promise<SeededSchool> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const standIn = await startStandIn({ port: 0, dataDir, seedDemoSchool: true });
  await seedDemoPlans(`${standIn.url}/`, { pupilsPerClass: 3, today: '2026-02-10' });
  const clientOf = (person: { email: string }): Client =>
    createGraphClient({
      baseUrl: `${standIn.url}/`,
      getAccessToken: () => Promise.resolve(`local-dev-token:${person.email}`),
      scopes: [],
      retry: { maxRetries: 3, delaySeconds: 0 },
    });
  const senco = clientOf(demoUser('senco'));
  const siteId = (await resolveSite(senco, DEMO_SEN_SITE)).id;
  return {
    standIn,
    siteId,
    listIds: await resolveIepListIds(senco, siteId),
    clientOf,
    close: async () => {
      await standIn.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
