import { randomUUID } from 'node:crypto';
import { errorResponse, GraphError } from '../core/errors';
import { isRecord, ok, type GraphRequest, type GraphResponse } from '../core/http';
import type { RouteContext } from '../core/router';
import type { RouteModule } from './module';

/** Graph's JSON batching limit. */
export const MAX_BATCH_REQUESTS = 20;

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
}

const badBatch = (message: string): GraphError => new GraphError(400, 'BadRequest', message);

function parseBatch(raw: unknown): SubRequest[] {
  if (!isRecord(raw) || !Array.isArray(raw['requests'])) {
    throw badBatch("A batch needs a JSON body with a 'requests' array.");
  }
  const requests = raw['requests'] as unknown[];
  if (requests.length === 0) throw badBatch('A batch needs at least one request.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw badBatch(
      `A batch holds at most ${MAX_BATCH_REQUESTS} requests; this one has ${requests.length}. Split it into several batches.`,
    );
  }
  const seen = new Set<string>();
  const parsed = requests.map((entry, position): SubRequest => {
    if (!isRecord(entry)) throw badBatch(`Request ${position + 1} in the batch is not a JSON object.`);
    const { id, method, url } = entry;
    if (typeof id !== 'string' || id.length === 0)
      throw badBatch(`Request ${position + 1} in the batch has no 'id'.`);
    if (seen.has(id.toLowerCase())) throw badBatch(`Request id '${id}' is used more than once in the batch.`);
    seen.add(id.toLowerCase());
    if (typeof method !== 'string' || typeof url !== 'string')
      throw badBatch(`Request '${id}' needs a 'method' and a 'url'.`);
    const headers: Record<string, string> = {};
    if (entry['headers'] !== undefined) {
      if (!isRecord(entry['headers']))
        throw badBatch(`The headers of request '${id}' must be a JSON object.`);
      for (const [name, value] of Object.entries(entry['headers']))
        headers[name.toLowerCase()] = String(value);
    }
    const dependsOn = entry['dependsOn'] ?? [];
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string')) {
      throw badBatch(`'dependsOn' of request '${id}' must be a list of request ids.`);
    }
    return {
      id,
      method: method.toUpperCase(),
      url,
      headers,
      body: entry['body'],
      dependsOn: dependsOn as string[],
    };
  });
  checkDependencies(parsed);
  return parsed;
}

/**
 * Graph runs a batch either fully in parallel (no dependsOn) or fully sequenced (every request after the first
 * depends on an earlier one), and a dependency must name a request that comes before it.
 */
function checkDependencies(requests: readonly SubRequest[]): void {
  const withDependencies = requests.filter((r) => r.dependsOn.length > 0).length;
  if (withDependencies > 0 && withDependencies < requests.length - 1) {
    throw badBatch('Batch should be either fully sequential or fully parallel.');
  }
  requests.forEach((request, position) => {
    if (withDependencies > 0 && position > 0 && request.dependsOn.length === 0) {
      throw badBatch('Batch should be either fully sequential or fully parallel.');
    }
    const earlier = requests.slice(0, position).map((r) => r.id.toLowerCase());
    for (const dependency of request.dependsOn) {
      if (!earlier.includes(dependency.toLowerCase())) {
        throw badBatch(
          `Invalid dependency for request Id ${request.id}: '${dependency}' must be an earlier request in the batch.`,
        );
      }
    }
  });
}

function toSubRequest(ctx: RouteContext, request: SubRequest): GraphRequest | GraphResponse {
  if (/^https?:/i.test(request.url)) {
    return errorResponse(
      400,
      'BadRequest',
      `Request '${request.id}': a batched url must be relative, e.g. /me.`,
      ctx.req.requestId,
    );
  }
  // The SDK's BatchRequestContent turns absolute Request urls into `/v1.0/...`, which Graph accepts.
  const relative = (request.url.startsWith('/') ? request.url : `/${request.url}`).replace(
    /^\/v1\.0(?=\/)/i,
    '',
  );
  const questionMark = relative.indexOf('?');
  const path = questionMark < 0 ? relative : relative.slice(0, questionMark);
  if (path.toLowerCase() === '/$batch') {
    return errorResponse(
      400,
      'BadRequest',
      `Request '${request.id}': a batch cannot contain another batch.`,
      ctx.req.requestId,
    );
  }
  const query = new URLSearchParams(questionMark < 0 ? '' : relative.slice(questionMark + 1));
  if (request.body !== undefined && request.headers['content-type'] === undefined) {
    return errorResponse(
      400,
      'BadRequest',
      `Write request id : ${request.id} does not contain Content-Type header or body.`,
      ctx.req.requestId,
    );
  }
  return {
    method: request.method,
    path,
    query,
    // The batch is sent with one token; a sub-request may name its own.
    headers: { authorization: ctx.req.headers['authorization'] ?? '', ...request.headers },
    body: request.body,
    requestId: randomUUID(),
    inBatch: true,
  };
}

const succeeded = (response: GraphResponse): boolean => response.status >= 200 && response.status < 300;

/** The ready requests in the order the stand-in's batch order picks; anything but a permutation is a bug. */
function startOrder(ctx: RouteContext, ready: readonly SubRequest[]): SubRequest[] {
  const ordered = ctx.services
    .batchOrder(ready.map((request) => request.id))
    .map((id) => ready.find((request) => request.id === id));
  if (
    ordered.length !== ready.length ||
    new Set(ordered).size !== ready.length ||
    ordered.includes(undefined)
  ) {
    throw new Error('The batch order must return each ready request id exactly once.');
  }
  return ordered as SubRequest[];
}

interface Answered {
  readonly request: SubRequest;
  readonly response: GraphResponse;
}

/**
 * Runs every request whose dependencies have answered, all at once and in the stand-in's (shuffled)
 * order, then the next wave. A request whose dependency failed is answered 424 without running.
 * Answers are listed in the order they finished, as Graph may: clients must match them by id.
 */
async function runBatch(ctx: RouteContext, requests: readonly SubRequest[]): Promise<Answered[]> {
  const results = new Map<string, GraphResponse>();
  const answered: Answered[] = [];
  const run = async (request: SubRequest): Promise<void> => {
    const failedDependency = request.dependsOn.find((d) => {
      const result = results.get(d.toLowerCase());
      return !result || !succeeded(result);
    });
    let response: GraphResponse;
    if (failedDependency !== undefined) {
      response = errorResponse(
        424,
        'FailedDependency',
        `Request '${request.id}' was not run because request '${failedDependency}' it depends on failed.`,
        ctx.req.requestId,
      );
    } else {
      const sub = toSubRequest(ctx, request);
      response = 'status' in sub ? sub : await ctx.services.dispatch(sub);
    }
    results.set(request.id.toLowerCase(), response);
    answered.push({ request, response });
  };
  let waiting = [...requests];
  while (waiting.length > 0) {
    const ready = waiting.filter((r) => r.dependsOn.every((d) => results.has(d.toLowerCase())));
    waiting = waiting.filter((r) => !ready.includes(r));
    await Promise.all(startOrder(ctx, ready).map(run));
  }
  return answered;
}

export const registerBatch: RouteModule = (router) => {
  router.add('POST', '/$batch', async (ctx) => {
    const answered = await runBatch(ctx, parseBatch(ctx.req.body));
    return ok({
      responses: answered.map(({ request, response }) => ({
        id: request.id,
        status: response.status,
        headers: response.headers ?? {},
        ...(response.body !== undefined ? { body: response.body } : {}),
      })),
    });
  });
};
