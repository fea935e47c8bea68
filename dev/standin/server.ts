import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { DEFAULT_BATCH_SEED, shuffledOrder, type BatchOrder } from './core/batchOrder';
import { Dispatcher } from './core/dispatcher';
import { errorResponse, fromGraphError, GraphError } from './core/errors';
import { FaultInjector } from './core/faults';
import type { GraphResponse } from './core/http';
import { headersOf, readJsonBody, readRawBody, writeGraphResponse } from './core/nodeHttp';
import { Router } from './core/router';
import type { StandInServices } from './core/services';
import { RequestStats, type StatsSnapshot } from './core/stats';
import { DEMO_SEN_SITE_ID, seedDemoSchool } from './demoSchool';
import { Directory } from './directory/directory';
import type { AppGrant } from './directory/model';
import { registerInternals } from './internals';
import { JournalStore } from './persistence/journalStore';
import { routeModules } from './routes';
import { spRouteModules } from './routes/spRest';
import { canonicalSpPath, SP_PREFIX, toSharePointError } from './core/spRest';
import { serveStatic } from './static';
import { isOutboxPath, serveOutbox } from './calendar/outboxHttp';
import { OUTBOX_FOLDER_KEY } from './routes/calendar';
import { TEAMS_APP_KEY } from './routes/activityNotifications';
import { ACTIVITY_FEED_PATH, serveActivityFeed } from './teams/activityFeedHttp';
import type { TeamsAppInstallation } from './teams/model';
import { DOWNLOAD_PREFIX } from './drive/downloads';
import { driveOf, PDF_CONVERSION_KEY } from './routes/drive';
import {
  DEMO_RETENTION_LABELS,
  RETENTION_LABELS_KEY,
  type RetentionLabel,
} from './sharepoint/records/retentionLabels';
import { isMailOutboxPath, serveMailOutbox } from './mail/mailOutboxHttp';

export interface FaultConfig {
  /** 0..1 of requests (and of $batch sub-requests) answered with a fault. */
  rate: number;
  statuses: (429 | 503)[];
  retryAfterSeconds: number;
  /**
   * 0..1 of faults sent with no Retry-After header at all, as Graph sometimes answers (default 0.5);
   * the client must then choose its own backoff.
   */
  withoutRetryAfter?: number;
  latencyMs?: [number, number];
  seed?: number;
}

export interface StandInOptions {
  /** 0 = random. */
  port?: number;
  dataDir: string;
  faults?: FaultConfig;
  /** Serve built app files at `/`. */
  staticDir?: string;
  seedDemoSchool?: boolean;
  /**
   * The app's Sites.Selected grant on the demo SEN site, set at every start (default: as seeded, 'manage').
   * 'write' is enough to save plans but not to set up the IEP lists.
   */
  senSiteGrant?: AppGrant;
  /**
   * How `$batch` orders independent sub-requests: by default a shuffle seeded with DEFAULT_BATCH_SEED, so
   * a run repeats; `shuffledOrder(seed)` for another seed, or any order a test needs.
   */
  batchOrder?: BatchOrder;
  /**
   * The IEP Planner Teams app as installed: its manifest's activity types and the teams it is in. Absent:
   * installed nowhere, so every activity-feed notice is refused (403), as Graph does.
   */
  teamsApp?: TeamsAppInstallation;
  /**
   * Whether `GET .../content?format=pdf` converts with LibreOffice (default true). Off, or with no
   * `soffice` installed, it answers 406 `notSupported` as Graph does for a file it cannot convert.
   */
  pdfConversion?: boolean;
  /**
   * The Purview retention labels the tenant knows (default: the demo's one record label,
   * `DEMO_RETENTION_LABELS`); `[]` for a tenant with none.
   */
  retentionLabels?: readonly RetentionLabel[];
}

export interface StandIn {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  close(): Promise<void>;
  stats(): StatsSnapshot;
  resetStats(): void;
  setFaults(f: FaultConfig | null): void;
  setBatchOrder(order: BatchOrder): void;
}

const GRAPH_PREFIX = '/v1.0';

/**
 * graph-client 3 recognises only https:// absolute URLs, so `client.api(nextLink)` with one of this server's
 * http:// links requests `/v1.0/http://127.0.0.1:PORT/v1.0/<path>`. Unwrapping that lets the SDK's PageIterator
 * work locally while `@odata.nextLink` keeps Graph's absolute form.
 */
function unwrapSelfLink(path: string, port: number): string {
  const match = /^\/https?:\/+(?:127\.0\.0\.1|localhost):(\d+)\/v1\.0(\/.*)$/i.exec(path);
  return match && Number(match[1]) === port ? (match[2] as string) : path;
}
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the local Microsoft 365 stand-in on 127.0.0.1: the Microsoft Graph v1.0 subset IEP Planner uses
 * (users, teams, SharePoint sites, lists, columns, items, $batch), persisted in `dataDir`.
 */
export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const store = JournalStore.open(options.dataDir);
  const directory = new Directory(store);
  if (options.seedDemoSchool) {
    seedDemoSchool(directory);
    const sen = directory.sites.get(DEMO_SEN_SITE_ID);
    if (options.senSiteGrant && sen) directory.sites.put(sen.id, { ...sen, appGrant: options.senSiteGrant });
    store.flush();
  }
  const router = new Router();
  const stats = new RequestStats();
  const faults = new FaultInjector(options.faults);
  const shared = new Map<string, unknown>();
  let baseUrl = '';
  let port = 0;
  const services: StandInServices = {
    store,
    directory,
    baseUrl: () => baseUrl,
    now: () => new Date(),
    shared: <T>(key: string, create: () => T): T => {
      if (!shared.has(key)) shared.set(key, create());
      return shared.get(key) as T;
    },
    dispatch: (req) => dispatcher.dispatch(req),
    batchOrder: options.batchOrder ?? shuffledOrder(DEFAULT_BATCH_SEED),
  };
  const dispatcher = new Dispatcher(router, stats, faults, () => services);
  services.shared(OUTBOX_FOLDER_KEY, () => path.join(options.dataDir, 'outbox'));
  services.shared<TeamsAppInstallation | null>(TEAMS_APP_KEY, () => options.teamsApp ?? null);
  services.shared(PDF_CONVERSION_KEY, () => options.pdfConversion ?? true);
  services.shared(RETENTION_LABELS_KEY, () => options.retentionLabels ?? DEMO_RETENTION_LABELS);
  for (const register of routeModules) register(router, services);
  // SharePoint's REST API: its own routes, the same pipeline (faults, counting, sign-in).
  const spRouter = new Router();
  spRouter.addRewrite(canonicalSpPath);
  for (const register of spRouteModules) register(spRouter, services);
  const spDispatcher = new Dispatcher(spRouter, stats, faults, () => services);

  const handleGraph = async (
    req: http.IncomingMessage,
    rawPath: string,
    rawQuery: string,
    target: Dispatcher = dispatcher,
  ): Promise<GraphResponse> => {
    const requestId = randomUUID();
    try {
      // A file upload carries the file's bytes; everything else Graph takes is JSON.
      const body =
        req.method === 'PUT' && /\/content$/.test(rawPath) ? await readRawBody(req) : await readJsonBody(req);
      const latency = faults.latencyMs();
      if (latency > 0) await sleep(latency);
      const response = await target.dispatch({
        method: (req.method ?? 'GET').toUpperCase(),
        path:
          target === dispatcher
            ? unwrapSelfLink(rawPath.slice(GRAPH_PREFIX.length) || '/', port)
            : rawPath.slice(SP_PREFIX.length) || '/',
        query: new URLSearchParams(rawQuery),
        headers: headersOf(req),
        body,
        requestId,
        inBatch: false,
      });
      // Nothing is acknowledged before it is on disk.
      store.flush();
      return response;
    } catch (error) {
      if (error instanceof GraphError) return fromGraphError(error, requestId);
      console.error('Local stand-in: could not complete a request', error);
      return errorResponse(500, 'generalException', 'General exception while processing', requestId);
    }
  };

  const server = http.createServer((req, res) => {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const rawQuery = q < 0 ? '' : rawUrl.slice(q + 1);
    if (rawPath === GRAPH_PREFIX || rawPath.startsWith(`${GRAPH_PREFIX}/`)) {
      void handleGraph(req, rawPath, rawQuery).then((response) => writeGraphResponse(res, response));
      return;
    }
    if (rawPath.startsWith(`${SP_PREFIX}/`)) {
      void handleGraph(req, rawPath, rawQuery, spDispatcher).then((response) =>
        writeGraphResponse(res, toSharePointError(response, req.headers.accept)),
      );
      return;
    }
    if (rawPath.startsWith(DOWNLOAD_PREFIX))
      return driveOf(services).downloads.serve(req, res, rawPath, services.now());
    if (isMailOutboxPath(rawPath)) return serveMailOutbox(req, res, rawPath, services);
    if (isOutboxPath(rawPath)) return serveOutbox(req, res, rawPath, services);
    if (rawPath === ACTIVITY_FEED_PATH) return serveActivityFeed(req, res, services);
    serveStatic(req, res, rawPath, options.staticDir, baseUrl);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  let closed: Promise<void> | null = null;
  const standIn: StandIn = {
    url: baseUrl,
    port,
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        server.close((error) => {
          store.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
      return closed;
    },
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    setFaults: (f) => faults.set(f),
    setBatchOrder: (order) => {
      services.batchOrder = order;
    },
  };
  registerInternals(standIn, services);
  return standIn;
}
