import { isRecord, type GraphResponse } from './http';
import type { RouteContext } from './router';
import { spArgument } from './spErrors';

/**
 * SharePoint REST plumbing: the stand-in answers `/_sp<site path>/_api/...` through the same dispatcher as
 * Graph (faults, counting, sign-in), with its own router. SharePoint's addresses put arguments in
 * parentheses (`lists('<id>')/items(5)`, `getbyname('x')`, `addroleassignment(principalid=1,roledefid=2)`);
 * `canonicalSpPath` turns them into plain segments the router matches, case-insensitively as SharePoint does:
 * `/site/<encoded site path>/web/lists/<id>/items/5/...`.
 */
export const SP_PREFIX = '/_sp';

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw spArgument(`The path segment '${segment}' is not valid percent-encoding.`);
  }
};

/** `'it''s'` → `it's`, `guid'…'` → `…`, anything else as it is. */
const unquote = (value: string): string => {
  const text = value.trim();
  const quoted = /^(?:guid)?'(.*)'$/is.exec(text);
  return quoted ? (quoted[1] as string).replace(/''/g, "'") : text;
};

export function canonicalSpPath(rawPath: string): string | null {
  const marker = /\/_api(?:\/|$)/i.exec(rawPath);
  if (!marker) return null;
  const sitePath = decode(rawPath.slice(0, marker.index)) || '/';
  const out = ['site', encodeURIComponent(sitePath)];
  const rest = rawPath
    .slice(marker.index + marker[0].length)
    .split('/')
    .filter((s) => s.length > 0);
  for (const raw of rest) {
    const segment = decode(raw);
    const call = /^([^(]*)\((.*)\)$/s.exec(segment);
    if (!call) {
      out.push(encodeURIComponent(segment));
      continue;
    }
    const name = (call[1] as string).trim();
    const args = (call[2] as string).trim();
    // `lists/getbyid('x')` and `sitegroups/getbyid(5)` address the same objects as `lists('x')`, `sitegroups(5)`.
    if (name !== '' && name.toLowerCase() !== 'getbyid') out.push(encodeURIComponent(name));
    if (args !== '') out.push(encodeURIComponent(/^\w+\s*=/.test(args) ? args : unquote(args)));
  }
  return '/' + out.join('/');
}

/** `principalid=5,roledefid=1073741826` → lower-cased names to unquoted values. */
export function namedArgs(text: string): Map<string, string> {
  const args = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    args.set(part.slice(0, eq).trim().toLowerCase(), unquote(part.slice(eq + 1)));
  }
  return args;
}

export const integerArg = (value: string | undefined, name: string): number => {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isInteger(n))
    throw spArgument(`The parameter ${name} must be an integer.`);
  return n;
};

export const booleanArg = (value: string | undefined): boolean => value?.toLowerCase() === 'true';

const isVerbose = (ctx: RouteContext): boolean => /odata=verbose/i.test(ctx.req.headers['accept'] ?? '');

const contentType = (verbose: boolean): string =>
  `application/json;odata=${verbose ? 'verbose' : 'nometadata'};streaming=true;charset=utf-8`;

/** A single object, `{ d: … }` under verbose. */
export const spOk = (ctx: RouteContext, body: Record<string, unknown>, status = 200): GraphResponse => {
  const verbose = isVerbose(ctx);
  return { status, headers: { 'Content-Type': contentType(verbose) }, body: verbose ? { d: body } : body };
};

/** A collection: `{ value: [...] }`, or `{ d: { results: [...] } }` under verbose. */
export const spCollection = (
  ctx: RouteContext,
  values: readonly Record<string, unknown>[],
): GraphResponse => {
  const verbose = isVerbose(ctx);
  return {
    status: 200,
    headers: { 'Content-Type': contentType(verbose) },
    body: verbose ? { d: { results: values } } : { value: values },
  };
};

/** A method's collection result: `{ value: [...] }`, or `{ d: { <Method>: { results: [...] } } }` under verbose. */
export const spMethodCollection = (
  ctx: RouteContext,
  method: string,
  values: readonly Record<string, unknown>[],
): GraphResponse => {
  const verbose = isVerbose(ctx);
  return {
    status: 200,
    headers: { 'Content-Type': contentType(verbose) },
    body: verbose ? { d: { [method]: { results: values } } } : { value: values },
  };
};

/** What SharePoint answers for a method that returns nothing. */
export const spVoid = (ctx: RouteContext, method: string): GraphResponse => {
  const verbose = isVerbose(ctx);
  return {
    status: 200,
    headers: { 'Content-Type': contentType(verbose) },
    body: verbose ? { d: { [method]: null } } : { 'odata.null': true },
  };
};

export const spNoContent = (): GraphResponse => ({ status: 204, headers: {} });

/** The JSON body as an object, without the `__metadata` verbose clients add. */
export function spBody(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.req.body ?? {};
  if (!isRecord(body)) throw spArgument('The request body must be a JSON object.');
  const { __metadata: _ignored, ...rest } = body;
  return rest;
}

/** `X-HTTP-Method: MERGE` on a POST means update, as SharePoint's REST API has it. */
export const httpMethodOverride = (ctx: RouteContext): string =>
  (ctx.req.headers['x-http-method'] ?? '').trim().toUpperCase();

/**
 * Every error the pipeline produced in Graph's shape (faults, sign-in, routing, handlers) printed as
 * SharePoint prints it: `{ "odata.error": { code, message: { lang, value } } }` (`error` under verbose).
 */
export function toSharePointError(response: GraphResponse, acceptHeader: string | undefined): GraphResponse {
  const body = response.body;
  if (!isRecord(body) || !isRecord(body['error'])) return response;
  const { code, message } = body['error'];
  const verbose = /odata=verbose/i.test(acceptHeader ?? '');
  const error = { code, message: { lang: 'en-US', value: message } };
  return {
    ...response,
    headers: { ...(response.headers ?? {}), 'Content-Type': contentType(verbose) },
    body: verbose ? { error } : { 'odata.error': error },
  };
}
