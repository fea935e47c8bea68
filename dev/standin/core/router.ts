import { GraphError } from './errors';
import type { GraphRequest, GraphResponse } from './http';
import type { StandInServices } from './services';
import type { DirectoryUser } from '../directory/model';

export interface RouteContext {
  readonly req: GraphRequest;
  /** Decoded path parameters named in the pattern, e.g. `{siteId}`. */
  readonly params: Readonly<Record<string, string>>;
  /** The signed-in demo user the request acts as. */
  readonly caller: DirectoryUser;
  readonly services: StandInServices;
  /** The path as the client sent it (before rewrites), for building `@odata.nextLink`. */
  readonly originalPath: string;
}

export type RouteHandler = (ctx: RouteContext) => GraphResponse | Promise<GraphResponse>;

/** Turns an alternative address form into the canonical path, e.g. `/sites/host:/path:/lists` into `/sites/{id}/lists`. */
export type PathRewrite = (path: string) => string | null;

interface Route {
  readonly method: string;
  readonly pattern: string;
  readonly segments: readonly string[];
  readonly handler: RouteHandler;
}

export type RouteMatch =
  | {
      readonly kind: 'found';
      readonly route: Route;
      readonly params: Record<string, string>;
      readonly path: string;
    }
  | { readonly kind: 'methodNotAllowed'; readonly pattern: string }
  | { readonly kind: 'notFound'; readonly segment: string };

const splitPath = (path: string): string[] => path.split('/').filter((s) => s.length > 0);

const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new GraphError(400, 'BadRequest', `The path segment '${segment}' is not valid percent-encoding.`);
  }
};

/**
 * A tiny router: patterns are `/`-separated literals and `{name}` parameters. A literal beats a parameter at the
 * same position, so `/me/joinedTeams` wins over `/me/{x}`. Route modules register on it; nothing else is global.
 */
export class Router {
  private readonly routes: Route[] = [];
  private readonly rewrites: PathRewrite[] = [];

  add(method: string, pattern: string, handler: RouteHandler): void {
    this.routes.push({ method: method.toUpperCase(), pattern, segments: splitPath(pattern), handler });
  }

  addRewrite(rewrite: PathRewrite): void {
    this.rewrites.push(rewrite);
  }

  match(method: string, rawPath: string): RouteMatch {
    let path = rawPath;
    for (const rewrite of this.rewrites) path = rewrite(path) ?? path;
    const segments = splitPath(path).map(decodeSegment);
    let best: { route: Route; params: Record<string, string>; score: number } | null = null;
    let patternForOtherMethod: string | null = null;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      if (route.method !== method.toUpperCase()) {
        patternForOtherMethod ??= route.pattern;
        continue;
      }
      const score = route.segments.filter((s) => !s.startsWith('{')).length;
      if (!best || score > best.score) best = { route, params, score };
    }
    if (best) return { kind: 'found', route: best.route, params: best.params, path };
    if (patternForOtherMethod) return { kind: 'methodNotAllowed', pattern: patternForOtherMethod };
    return { kind: 'notFound', segment: firstUnknownSegment(this.routes, segments) };
  }
}

function matchSegments(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] as string;
    const s = segments[i] as string;
    if (p.startsWith('{') && p.endsWith('}')) params[p.slice(1, -1)] = s;
    else if (p.toLowerCase() !== s.toLowerCase()) return null;
  }
  return params;
}

/** The first segment no route knows, for OData's "Resource not found for the segment" message. */
function firstUnknownSegment(routes: readonly Route[], segments: readonly string[]): string {
  for (let depth = 0; depth < segments.length; depth++) {
    const known = routes.some((r) => {
      const p = r.segments[depth];
      return (
        p !== undefined &&
        (p.startsWith('{') || p.toLowerCase() === (segments[depth] as string).toLowerCase())
      );
    });
    if (!known) return segments[depth] as string;
  }
  return segments[segments.length - 1] ?? '';
}
