import { requireScope } from '../core/auth';
import { accessDenied, GraphError, invalidRequest } from '../core/errors';
import { ok, queryOption } from '../core/http';
import { nextLink } from '../core/nextLink';
import { applySelect, odataContext, parseSelect, parseTop } from '../core/odataQuery';
import type { RouteContext } from '../core/router';
import { primaryRoleOf, type DirectoryTeam, type DirectoryUser } from '../directory/model';
import type { RouteModule } from './module';

/** The one delegated permission the class endpoints take (https://learn.microsoft.com/en-us/graph/api/educationclass-list-members). */
const ROSTER_SCOPE = 'EduRoster.ReadBasic';

/** The stand-in's page of class members when no `$top` is given: large enough for a class, small enough to page a year group. */
const DEFAULT_PAGE = 100;
const MAX_PAGE = 999;

const toEducationUser = (user: DirectoryUser): Record<string, unknown> => ({
  id: user.id,
  accountEnabled: true,
  displayName: user.displayName,
  givenName: user.givenName,
  middleName: null,
  surname: user.surname,
  mail: user.mail,
  mailNickname: user.mail.split('@')[0] ?? '',
  userPrincipalName: user.userPrincipalName,
  userType: 'Member',
  primaryRole: primaryRoleOf(user),
  externalSource: 'sis',
  externalSourceDetail: null,
  preferredLanguage: 'en-GB',
  usageLocation: 'GB',
});

const toEducationClass = (team: DirectoryTeam): Record<string, unknown> => ({
  id: team.id,
  displayName: team.displayName,
  description: team.description,
  mailNickname: team.displayName.replace(/\W+/g, ''),
  classCode: null,
  externalId: null,
  externalName: team.displayName,
  externalSource: 'sis',
  externalSourceDetail: null,
  grade: null,
  term: null,
  course: null,
  createdBy: null,
});

/**
 * The scope first (a token without it is refused whatever the class), then the class: a group that is
 * not an education class is not found here even when it is a team (the app falls back to the team's
 * members), and a delegated caller sees only classes they belong to ("if the delegated token is used,
 * members can only see information about their own classes":
 * https://learn.microsoft.com/en-us/graph/api/educationclass-list-members). Microsoft does not document
 * the status for someone else's class; the stand-in answers 403, as its team routes do.
 */
const classFor = (ctx: RouteContext): DirectoryTeam => {
  requireScope(ctx.req.headers['authorization'], ROSTER_SCOPE);
  const id = ctx.params['classId'] ?? '';
  const team = ctx.services.directory.teams.get(id);
  if (!team?.isEducationClass)
    throw new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist as an educationClass.`,
    );
  if (!team.memberIds.includes(ctx.caller.id) && !team.ownerIds.includes(ctx.caller.id)) throw accessDenied();
  return team;
};

/** An opaque-looking token for "start after this many members"; the roster does not change between pages in tests. */
const encodeOffset = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');
const decodeOffset = (token: string): number => {
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw invalidRequest('The $skiptoken is not valid for this request.');
  return Number(match[1]);
};

export const registerEducation: RouteModule = (router) => {
  router.add('GET', '/education/classes/{classId}', (ctx) => {
    const team = classFor(ctx);
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'education/classes/$entity'),
      ...applySelect(toEducationClass(team), parseSelect(ctx.req.query)),
    });
  });

  // Students are the class group's members and teachers its owners; the members list holds both.
  router.add('GET', '/education/classes/{classId}/members', (ctx) => {
    const team = classFor(ctx);
    const top = parseTop(ctx.req.query, DEFAULT_PAGE, MAX_PAGE, 'refuse');
    const token = queryOption(ctx.req.query, 'skiptoken');
    const start = token ? decodeOffset(token) : 0;
    const everyone = [...new Set([...team.ownerIds, ...team.memberIds])]
      .flatMap((id) => {
        const user = ctx.services.directory.users.get(id);
        return user ? [user] : [];
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    const page = everyone.slice(start, start + top);
    const select = parseSelect(ctx.req.query);
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'Collection(microsoft.graph.educationUser)'),
      value: page.map((user) => applySelect(toEducationUser(user), select)),
      ...(start + top < everyone.length
        ? { '@odata.nextLink': nextLink(ctx, encodeOffset(start + top)) }
        : {}),
    });
  });
};
