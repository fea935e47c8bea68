import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startStandIn, type FaultConfig, type StandIn } from '../../../dev/standin/server';
import { createLocalTokenProvider } from '../../../src/auth/localTokenProvider';
import { fixedClock, type Clock } from '../../../src/domain';
import { createGraphClient } from '../../../src/graph/client';
import type { BatchOptions } from '../../../src/graph/batch';
import {
  provisionIepLists,
  resolveSite,
  type IepListsCheck,
} from '../../../src/graph/sharepoint/provisioning';
import { createSharePointIepStore, type SharePointIepStore } from '../../../src/graph/sharepoint/store';
import type { IepListIds } from '../../../src/graph/sharepoint/lists';
import { createSharePointProvisionStore } from '../../../src/graph/sharepoint/provisions/provisionStore';
import type { ProvisionStore } from '../../../src/domain';

export const SENCO = { name: 'Priya Shah', email: 'senco@oakfield.example' };
export const TEACHER = { name: 'Emma Clarke', email: 'emma.clarke@oakfield.example' };
export const SEN_SITE = 'contoso.sharepoint.com:/sites/SEN';
export const YEAR_3 = '0e3b7a15-6c2d-4f98-a1e4-5b9c8d2f7a60';
export const YEAR_4 = '7f5d2c98-3a1e-4b6c-9d07-8e2a4f6c1b35';
export const YEAR_5 = 'c3a9e6b2-0d4f-4a71-8b5c-2f7e9a1d4c86';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  /** The HTTP status, and for a `$batch` the status of each sub-response. */
  status?: number;
  subStatuses?: number[];
}

export interface Testbed {
  readonly standIn: StandIn;
  readonly siteId: string;
  readonly lists: IepListsCheck;
  readonly requests: RecordedRequest[];
  /** Without scopes the token names none (every route but the class roster's takes it). */
  clientFor(user: { email: string }, scopes?: readonly string[]): Client;
  storeFor(
    user: { name: string; email: string },
    options?: { pageSize?: number; batch?: BatchOptions; clock?: Clock },
  ): SharePointIepStore;
  /** The provision map's store for `user` (the site's own permissions: no care teams). */
  provisionsFor(user: { name: string; email: string }, fetchImpl?: typeof fetch): ProvisionStore;
  /** A store whose requests go through `fetchImpl` (faults of the test's own making) and are never retried by the SDK. */
  storeThrough(user: { name: string; email: string }, fetchImpl: typeof fetch): SharePointIepStore;
  close(): Promise<void>;
}

/** Throttling waits are real waits in the SDK's RetryHandler; the stand-in's Retry-After is kept tiny. */
const noWait = (): Promise<void> => Promise.resolve();

/** A stand-in on a random port with a fresh data folder, the IEP lists provisioned by our own code. */
export async function startTestbed(
  options: { faults?: FaultConfig; pdfConversion?: boolean } = {},
): Promise<Testbed> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'iep-store-'));
  const standIn = await startStandIn({
    port: 0,
    dataDir,
    seedDemoSchool: true,
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.pdfConversion === undefined ? {} : { pdfConversion: options.pdfConversion }),
  });
  const requests: RecordedRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const recorded: RecordedRequest = { method: (init?.method ?? 'GET').toUpperCase(), url, body };
    requests.push(recorded);
    const response = await fetch(input, init);
    recorded.status = response.status;
    if (url.endsWith('/$batch') && response.ok) {
      const answer = (await response.clone().json()) as { responses: { status: number }[] };
      recorded.subStatuses = answer.responses.map((sub) => sub.status);
    }
    return response;
  };
  const clientFor = (user: { email: string }, scopes: readonly string[] = []): Client =>
    createGraphClient({
      baseUrl: `${standIn.url}/`,
      getAccessToken: (asked) =>
        createLocalTokenProvider(() => ({ name: '', email: user.email })).getAccessToken(asked),
      scopes,
      fetchImpl: recordingFetch,
      retry: { maxRetries: 10, delaySeconds: 0 },
    });
  const senco = clientFor(SENCO);
  const site = await resolveSite(senco, SEN_SITE);
  const lists = await provisionIepLists(senco, site.id);
  const storeWith = (
    user: { name: string; email: string },
    client: Client,
    options: { batch?: BatchOptions; clock?: Clock; pageSize?: number },
  ) =>
    createSharePointIepStore(client, {
      siteId: site.id,
      clock: options.clock ?? fixedClock('2026-02-10T10:00:00Z'),
      currentUser: () => Promise.resolve(user),
      listIds: lists.listIds as NonNullable<Parameters<typeof createSharePointIepStore>[1]['listIds']>,
      batch: { sleep: noWait, maxAttempts: 10, ...options.batch },
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    });
  const provisionsWith = (user: { name: string; email: string }, client: Client): ProvisionStore =>
    createSharePointProvisionStore(client, {
      siteId: site.id,
      clock: fixedClock('2026-02-10T10:00:00Z'),
      currentUser: () => Promise.resolve(user),
      listIds: lists.listIds as IepListIds,
      batch: { sleep: noWait, maxAttempts: 10 },
    });
  return {
    standIn,
    siteId: site.id,
    provisionsFor: (user, fetchImpl) =>
      provisionsWith(
        user,
        fetchImpl
          ? createGraphClient({
              baseUrl: `${standIn.url}/`,
              getAccessToken: () => Promise.resolve(`local-dev-token:${user.email}`),
              scopes: [],
              fetchImpl,
              retry: { maxRetries: 0, delaySeconds: 0 },
            })
          : clientFor(user),
      ),
    lists,
    requests,
    clientFor,
    storeFor: (user, storeOptions = {}) => storeWith(user, clientFor(user), storeOptions),
    storeThrough: (user, fetchImpl) =>
      storeWith(
        user,
        createGraphClient({
          baseUrl: `${standIn.url}/`,
          getAccessToken: () => Promise.resolve(`local-dev-token:${user.email}`),
          scopes: [],
          fetchImpl,
          retry: { maxRetries: 0, delaySeconds: 0 },
        }),
        {},
      ),
    close: async () => {
      await standIn.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
