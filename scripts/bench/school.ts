/**
 * A local school for the bench: the Graph stand-in on a free port with its own data folder, the IEP
 * lists created by the product's own provisioning code, and Graph clients as the app builds them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { DEMO_SCHOOL, DEMO_SEN_SITE } from '../../dev/standin/demoSchool';
import { startStandIn, type StandIn } from '../../dev/standin/server';
import { fixedClock, type CurrentUser } from '../../src/domain';
import { createGraphClient } from '../../src/graph/client';
import type { IepListIds } from '../../src/graph/sharepoint/lists';
import { provisionIepLists, resolveSite } from '../../src/graph/sharepoint/provisioning';
import { createSharePointIepStore, type SharePointIepStore } from '../../src/graph/sharepoint/store';

/** The frozen "today" of the bench, as in the browser tests. */
export const BENCH_NOW = '2026-11-24T09:00:00Z';

const person = (key: string): CurrentUser => {
  const user = DEMO_SCHOOL.users[key];
  if (!user) throw new Error(`The demo school has no user '${key}'.`);
  return { name: user.name, email: user.email };
};

export const SENCO = person('senco');

const demoClass = (index: number) => {
  const found = DEMO_SCHOOL.classes[index];
  if (!found) throw new Error(`The demo school has no class ${index}.`);
  return found;
};
export const YEAR_3 = { ...demoClass(0), yearGroup: 'Year 3', teacher: person('year3Teacher') };
export const YEAR_4 = { ...demoClass(1), yearGroup: 'Year 4', teacher: person('year4Teacher') };
export type DemoClass = typeof YEAR_3;

export interface RequestCount {
  /** HTTP requests: a `$batch` counts once, however many parts it carries. */
  readonly requests: number;
  readonly batchParts: number;
}

export interface BenchSchool {
  readonly standIn: StandIn;
  readonly dataDir: string;
  readonly siteId: string;
  readonly listIds: IepListIds;
  clientFor(user: CurrentUser, scopes?: readonly string[]): Client;
  storeFor(user: CurrentUser, options?: { knownListIds?: boolean }): SharePointIepStore;
  /** Graph HTTP requests the stand-in answered while `action` ran, and the `$batch` parts among them. */
  requestsFor(action: () => Promise<unknown>): Promise<RequestCount>;
  /** Stops the stand-in; the data folder is kept when `keepData` (the memory bench reopens it). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export const clientFor = (graphUrl: string, user: CurrentUser, scopes: readonly string[] = []): Client =>
  createGraphClient({
    baseUrl: `${graphUrl}/`,
    getAccessToken: () => Promise.resolve(`local-dev-token:${user.email}`),
    scopes,
    retry: { maxRetries: 3, delaySeconds: 0 },
  });

export const openSchool = async (options: { staticDir?: string } = {}): Promise<BenchSchool> => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'iep-bench-'));
  const standIn = await startStandIn({
    port: 0,
    dataDir,
    seedDemoSchool: true,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
  });
  const senco = clientFor(standIn.url, SENCO);
  const site = await resolveSite(senco, DEMO_SEN_SITE);
  const lists = await provisionIepLists(senco, site.id);
  if (!lists.ready) throw new Error('Provisioning the IEP lists on the stand-in did not finish.');
  const listIds = lists.listIds as IepListIds;
  return {
    standIn,
    dataDir,
    siteId: site.id,
    listIds,
    clientFor: (user, scopes) => clientFor(standIn.url, user, scopes),
    storeFor: (user, storeOptions = {}) =>
      createSharePointIepStore(clientFor(standIn.url, user), {
        siteId: site.id,
        clock: fixedClock(BENCH_NOW),
        currentUser: () => Promise.resolve(user),
        ...(storeOptions.knownListIds === false ? {} : { listIds }),
      }),
    requestsFor: async (action) => {
      standIn.resetStats();
      await action();
      const stats = standIn.stats();
      return { requests: stats.httpRequests, batchParts: stats.batchSubRequests };
    },
    close: async (closeOptions = {}) => {
      await standIn.close();
      if (!closeOptions.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
