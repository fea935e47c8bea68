import { authenticate } from './auth';
import { errorResponse, fromGraphError, GraphError } from './errors';
import type { FaultInjector } from './faults';
import type { GraphRequest, GraphResponse } from './http';
import type { Router, RouteMatch } from './router';
import type { StandInServices } from './services';
import type { RequestStats } from './stats';

/**
 * The pipeline every Graph request goes through, whether it arrived over HTTP or inside a `$batch`:
 * route → count → maybe fault (before any work, so a retry is always safe) → authenticate → handle.
 */
export class Dispatcher {
  constructor(
    private readonly router: Router,
    private readonly stats: RequestStats,
    private readonly faults: FaultInjector,
    private readonly services: () => StandInServices,
  ) {}

  async dispatch(req: GraphRequest): Promise<GraphResponse> {
    let match: RouteMatch;
    try {
      match = this.router.match(req.method, req.path);
    } catch (error) {
      this.stats.count(`${req.method} (unrouted)`, req.inBatch);
      return this.toResponse(error, req.requestId);
    }
    const key = match.kind === 'found' ? `${req.method} ${match.route.pattern}` : `${req.method} (unrouted)`;
    this.stats.count(key, req.inBatch);

    const fault = this.faults.maybeFault(req.requestId);
    if (fault) return fault;

    if (match.kind === 'notFound') {
      return errorResponse(
        400,
        'BadRequest',
        `Resource not found for the segment '${match.segment}'.`,
        req.requestId,
      );
    }
    if (match.kind === 'methodNotAllowed') {
      return errorResponse(
        405,
        'BadRequest',
        `The HTTP method '${req.method}' is not supported for ${match.pattern}.`,
        req.requestId,
      );
    }
    try {
      const services = this.services();
      const caller = authenticate(req.headers['authorization'], services.directory);
      const response = await match.route.handler({
        req,
        params: match.params,
        caller,
        services,
        originalPath: req.path,
      });
      return withRequestId(response, req.requestId);
    } catch (error) {
      return this.toResponse(error, req.requestId);
    }
  }

  private toResponse(error: unknown, requestId: string): GraphResponse {
    if (error instanceof GraphError) return fromGraphError(error, requestId);
    console.error('Local stand-in: unexpected error while handling a request', error);
    return errorResponse(500, 'generalException', 'General exception while processing', requestId);
  }
}

const withRequestId = (response: GraphResponse, requestId: string): GraphResponse => ({
  ...response,
  headers: { 'request-id': requestId, 'client-request-id': requestId, ...(response.headers ?? {}) },
});
