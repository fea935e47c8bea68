import type { Directory } from '../directory/directory';
import type { DirectoryUser } from '../directory/model';
import { GraphError } from './errors';

/** Mirrors LOCAL_TOKEN_PREFIX in src/auth/localTokenProvider.ts (dev/ and src/ stay independent). */
export const LOCAL_TOKEN_PREFIX = 'local-dev-token:';
/** Mirrors LOCAL_SCOPES_MARK there: what follows it are the scopes the token was asked for, comma-separated. */
export const LOCAL_SCOPES_MARK = ';scp=';

const unauthenticated = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message);

interface LocalToken {
  readonly upn: string;
  readonly scopes: ReadonlySet<string>;
}

const readToken = (authorization: string | undefined): LocalToken => {
  if (!authorization) throw unauthenticated('Access token is empty.');
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('Access token is empty.');
  const token = (match[1] as string).trim();
  if (!token.startsWith(LOCAL_TOKEN_PREFIX)) {
    throw unauthenticated(
      `Access token validation failure. The local stand-in accepts only 'Bearer ${LOCAL_TOKEN_PREFIX}<sign-in name>' tokens; choose a demo persona.`,
    );
  }
  const [upn = '', scopes = ''] = token.slice(LOCAL_TOKEN_PREFIX.length).split(LOCAL_SCOPES_MARK, 2);
  return { upn, scopes: new Set(scopes.split(',').filter((scope) => scope !== '')) };
};

/**
 * Resolves `Authorization: Bearer local-dev-token:<upn>[;scp=<scope>,<scope>]` to a demo user, answering
 * 401 as Graph does otherwise.
 */
export function authenticate(authorization: string | undefined, directory: Directory): DirectoryUser {
  const { upn } = readToken(authorization);
  const user = directory.findUser(upn);
  if (!user)
    throw unauthenticated(
      `Access token validation failure. No demo user signs in as '${upn}'; choose a demo persona.`,
    );
  return user;
}

/**
 * Only routes that name a scope check one (today the education roster, whose scope the app asks for
 * only when someone imports a class); a token that lists no scopes passes every other route as before.
 * Graph answers a token without the permission with 403 (https://learn.microsoft.com/en-us/graph/resolve-auth-errors).
 */
export function requireScope(authorization: string | undefined, scope: string): void {
  if (!readToken(authorization).scopes.has(scope))
    throw new GraphError(
      403,
      'Forbidden',
      `Missing role permissions on the request. The token does not carry ${scope}.`,
    );
}
