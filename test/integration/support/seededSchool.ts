import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { seedDemoPlans } from '../../../dev/seed/seedDemoPlans';
import { DEMO_SCHOOL, DEMO_SEN_SITE } from '../../../dev/standin/demoSchool';
import { startStandIn, type StandIn } from '../../../dev/standin/server';
import { asClassTeamId, type ClassTeamId } from '../../../src/domain';
import { createGraphClient } from '../../../src/graph/client';
import { resolveIepListIds, type IepListIds } from '../../../src/graph/sharepoint/lists';
import { resolveSite } from '../../../src/graph/sharepoint/provisioning';

/** A member of the demo school, by their key in demoSchool.ts. */
export const demoUser = (key: string): { name: string; email: string } => {
  const found = DEMO_SCHOOL.users[key];
  if (!found) throw new Error(`No demo user ${key}`);
  return { name: found.name, email: found.email };
};

/** The demo's class teams in order: Year 3, Year 4, Year 5. */
export const demoClass = (index: number): ClassTeamId =>
  asClassTeamId(DEMO_SCHOOL.classes[index]?.teamId ?? '');

export interface SeededSchool {
  readonly standIn: StandIn;
  readonly siteId: string;
  readonly listIds: IepListIds;
  /** A Graph client with `person`'s own token. */
  clientOf(person: { email: string }): Client;
  close(): Promise<void>;
}

/**
 * The stand-in with the demo school set up as a SENCO does (setup, class groups, pupils secured), three
 * pupils a class with plans, in a data folder of its own.
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
  const listIds = await resolveIepListIds(senco, siteId);
  return {
    standIn,
    siteId,
    listIds,
    clientOf,
    close: async () => {
      await standIn.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
