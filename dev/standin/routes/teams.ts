import { accessDenied, GraphError } from '../core/errors';
import { ok } from '../core/http';
import { applySelect, odataContext, parseSelect } from '../core/odataQuery';
import type { RouteContext } from '../core/router';
import type { DirectoryTeam } from '../directory/model';
import type { RouteModule } from './module';
import { toGraphSite } from './sites';

const toGraphTeam = (team: DirectoryTeam, tenantId: string): Record<string, unknown> => ({
  id: team.id,
  createdDateTime: null,
  displayName: team.displayName,
  description: team.description,
  internalId: null,
  classification: null,
  specialization: null,
  visibility: null,
  webUrl: null,
  isArchived: false,
  tenantId,
  isMembershipLimitedToOwners: null,
  memberSettings: null,
  guestSettings: null,
  messagingSettings: null,
  funSettings: null,
  discoverySettings: null,
  summary: null,
});

/** The team named by the route's `param`, for a caller who belongs to it (else 403, as Graph). */
export const teamFor = (ctx: RouteContext, param: string): DirectoryTeam => {
  const id = ctx.params[param] ?? '';
  const team = ctx.services.directory.teams.get(id);
  if (!team) throw new GraphError(404, 'NotFound', `No team found with Group Id ${id}`);
  if (!team.memberIds.includes(ctx.caller.id) && !team.ownerIds.includes(ctx.caller.id)) throw accessDenied();
  return team;
};

export const registerTeams: RouteModule = (router) => {
  router.add('GET', '/me/joinedTeams', (ctx) => {
    const tenantId = ctx.services.directory.tenant.tenantId;
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'Collection(microsoft.graph.team)'),
      '@odata.count': ctx.services.directory.teamsOf(ctx.caller.id).length,
      value: ctx.services.directory
        .teamsOf(ctx.caller.id)
        .map((t) => applySelect(toGraphTeam(t, tenantId), parseSelect(ctx.req.query))),
    });
  });

  router.add('GET', '/teams/{teamId}', (ctx) => {
    const team = teamFor(ctx, 'teamId');
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'teams/$entity'),
      ...applySelect(toGraphTeam(team, ctx.services.directory.tenant.tenantId), parseSelect(ctx.req.query)),
    });
  });

  router.add('GET', '/teams/{teamId}/members', (ctx) => {
    const team = teamFor(ctx, 'teamId');
    const tenantId = ctx.services.directory.tenant.tenantId;
    const value = [...new Set([...team.ownerIds, ...team.memberIds])].flatMap((userId) => {
      const user = ctx.services.directory.users.get(userId);
      if (!user) return [];
      return [
        {
          '@odata.type': '#microsoft.graph.aadUserConversationMember',
          id: `${team.id}:${user.id}`,
          roles: team.ownerIds.includes(user.id) ? ['owner'] : [],
          displayName: user.displayName,
          visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
          userId: user.id,
          email: user.mail,
          tenantId,
        },
      ];
    });
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), `teams('${team.id}')/members`),
      '@odata.count': value.length,
      value,
    });
  });

  router.add('GET', '/groups/{groupId}/sites/root', (ctx) => {
    const team = teamFor(ctx, 'groupId');
    const site = ctx.services.directory.sites.get(team.siteId);
    if (!site) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'sites/$entity'),
      ...toGraphSite(site),
    });
  });
};
