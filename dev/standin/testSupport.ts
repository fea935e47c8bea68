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

/** The SEN site's server-relative path, as SharePoint's REST API addresses it. */
export const SEN_SERVER_PATH = '/sites/SEN';

/**
 * A SharePoint REST call to the SEN site: `api` is what follows `_api/`, e.g. `web/sitegroups`. Bodies are
 * sent as PnPjs sends them; `verbose` asks for `odata=verbose` instead of nometadata.
 */
export async function sp(
  standIn: StandIn,
  method: string,
  api: string,
  options: CallOptions & { verbose?: boolean } = {},
): Promise<GraphCallResult> {
  const as = options.as === undefined ? SENCO : options.as;
  const odata = options.verbose ? 'verbose' : 'nometadata';
  const response = await fetch(`${standIn.url}/_sp${SEN_SERVER_PATH}/_api/${api}`, {
    method,
    headers: {
      Accept: `application/json;odata=${odata}`,
      ...(as ? { Authorization: `Bearer local-dev-token:${as}` } : {}),
      ...(options.body !== undefined
        ? { 'Content-Type': `application/json;odata=${odata};charset=utf-8` }
        : {}),
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

/** SharePoint's error message from an `odata.error` answer. */
export const spErrorOf = (result: GraphCallResult): { code: string; message: string } => {
  const error = (result.body['odata.error'] ?? {}) as { code?: string; message?: { value?: string } };
  return { code: error.code ?? '', message: error.message?.value ?? '' };
};

/** Creates an item (or, with `folderName`, a folder) through AddValidateUpdateItemUsingPath; returns its id. */
export async function addItemUsingPath(
  standIn: StandIn,
  listId: string,
  folderUrl: string,
  formValues: Record<string, string>,
  options: { as?: string; folderName?: string } = {},
): Promise<GraphCallResult & { id: string | null }> {
  const result = await sp(standIn, 'POST', `web/lists('${listId}')/AddValidateUpdateItemUsingPath()`, {
    ...(options.as ? { as: options.as } : {}),
    body: {
      listItemCreateInfo: {
        FolderPath: { DecodedUrl: folderUrl },
        UnderlyingObjectType: options.folderName === undefined ? 0 : 1,
        ...(options.folderName === undefined ? {} : { LeafName: options.folderName }),
      },
      formValues: Object.entries(formValues).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
      bNewDocumentUpdate: false,
    },
  });
  const idEntry = (result.body.value ?? []).find((v) => v['FieldName'] === 'Id');
  return { ...result, id: idEntry ? String(idEntry['FieldValue']) : null };
}
