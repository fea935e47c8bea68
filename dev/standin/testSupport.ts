import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_SCHOOL } from './demoSchool';
import { startStandIn, type StandIn, type StandInOptions } from './server';

/** Helpers for the stand-in's own tests: plain fetch against a server on a random port with a temp data folder. */
export const SENCO = DEMO_SCHOOL.users['senco']?.email ?? '';
export const TEACHER_Y3 = DEMO_SCHOOL.users['year3Teacher']?.email ?? '';
export const PUPIL = DEMO_SCHOOL.users['pupil']?.email ?? '';
export const SEN_SITE_ID = DEMO_SCHOOL.senSiteId;
export const SEN_PATH = `/sites/${DEMO_SCHOOL.senSite}`;

export const tempDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'standin-test-'));

export async function startTestStandIn(options: Partial<StandInOptions> = {}): Promise<StandIn> {
  return startStandIn({ port: 0, dataDir: tempDataDir(), seedDemoSchool: true, ...options });
}

export interface GraphCallResult {
  status: number;
  headers: Headers;
  // Tests read whatever JSON came back.
  body: Record<string, unknown> & { value?: Record<string, unknown>[] };
}

export interface CallOptions {
  as?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** `path` is below /v1.0 (e.g. `/me`) or an absolute URL such as an `@odata.nextLink`. */
export async function graph(
  standIn: StandIn,
  method: string,
  pathOrUrl: string,
  options: CallOptions = {},
): Promise<GraphCallResult> {
  const as = options.as === undefined ? SENCO : options.as;
  const url = /^https?:/.test(pathOrUrl) ? pathOrUrl : `${standIn.url}/v1.0${pathOrUrl}`;
  const response = await fetch(url, {
    method,
    headers: {
      ...(as ? { Authorization: `Bearer local-dev-token:${as}` } : {}),
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as GraphCallResult['body']) : {},
  };
}

export const errorOf = (result: GraphCallResult): { code: string; message: string } =>
  (result.body['error'] ?? {}) as { code: string; message: string };

/** Creates a generic list on the SEN site and returns its id. */
export async function createList(standIn: StandIn, displayName: string, columns: unknown[]): Promise<string> {
  const created = await graph(standIn, 'POST', `/sites/${SEN_SITE_ID}/lists`, {
    body: { displayName, columns, list: { template: 'genericList' } },
  });
  if (created.status !== 201)
    throw new Error(`Creating list ${displayName} failed: ${JSON.stringify(created.body)}`);
  return created.body['id'] as string;
}

export const fieldsOf = (item: Record<string, unknown>): Record<string, unknown> =>
  item['fields'] as Record<string, unknown>;
