import type { Directory } from '../directory/directory';
import type { DirectoryUser } from '../directory/model';
import { GraphError } from './errors';

/** Mirrors LOCAL_TOKEN_PREFIX in src/auth/localTokenProvider.ts (dev/ and src/ stay independent). */
export const LOCAL_TOKEN_PREFIX = 'local-dev-token:';

const unauthenticated = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message);

/** Resolves `Authorization: Bearer local-dev-token:<upn>` to a demo user, answering 401 as Graph does otherwise. */
export function authenticate(authorization: string | undefined, directory: Directory): DirectoryUser {
  if (!authorization) throw unauthenticated('Access token is empty.');
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('Access token is empty.');
  const token = (match[1] as string).trim();
  if (!token.startsWith(LOCAL_TOKEN_PREFIX)) {
    throw unauthenticated(
      `Access token validation failure. The local stand-in accepts only 'Bearer ${LOCAL_TOKEN_PREFIX}<sign-in name>' tokens; choose a demo persona.`,
    );
  }
  const upn = token.slice(LOCAL_TOKEN_PREFIX.length);
  const user = directory.findUser(upn);
  if (!user)
    throw unauthenticated(
      `Access token validation failure. No demo user signs in as '${upn}'; choose a demo persona.`,
    );
  return user;
}
