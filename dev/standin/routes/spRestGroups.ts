import type { RouteContext, Router } from '../core/router';
import { integerArg, spBody, spCollection, spOk, spVoid } from '../core/spRest';
import { spAccessDenied, spArgument, spGroupNotFound, spUserNotFound } from '../core/spErrors';
import type { DirectorySite } from '../directory/model';
import { GRANT_MASK, hasPermission, PermissionKind } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import { SitePermissions, type SiteGroupView } from '../sharepoint/permissions/sitePermissions';
import type { RouteModule } from './module';
import { GroupClaims, isGroupClaim } from '../sharepoint/permissions/groupClaims';
import { findByLoginName, findByLookupId, toSpClaim, toSpGroup, toSpUser } from './spPrincipals';
import { requireOnSite, spSite } from './spSite';

/** Site groups and their members: `_api/web/sitegroups...` and `_api/web/currentuser`, `ensureuser`. */
const WEB = '/site/{sitePath}/web';

const ownerTitle = (ctx: RouteContext, site: DirectorySite, group: SiteGroupView): string => {
  const owner = SitePermissions.of(ctx.services).findGroup(site, group.ownerId);
  if (owner) return owner.title;
  return findByLookupId(ctx.services.directory, group.ownerId)?.displayName ?? '';
};

export const groupJson = (
  ctx: RouteContext,
  site: DirectorySite,
  group: SiteGroupView,
): Record<string, unknown> => toSpGroup(group, ownerTitle(ctx, site, group));

/** The group `sitegroups(<id>)` or `sitegroups/getbyname('<title>')` names. */
const groupById = (ctx: RouteContext, site: DirectorySite): SiteGroupView => {
  const permissions = SitePermissions.of(ctx.services);
  const title = ctx.params['title'];
  const group =
    title !== undefined
      ? permissions.findGroupByTitle(site, title)
      : permissions.findGroup(site, integerArg(ctx.params['groupId'], 'id'));
  if (!group) throw spGroupNotFound();
  return group;
};

/**
 * Who may change a group's members or owner: whoever manages permissions on the site, or the group's
 * owner (a user, or a member of the owning group). Either way the app's grant must reach Manage
 * permissions: under delegated Sites.Selected the app never does more than its grant.
 */
function requireGroupManager(ctx: RouteContext, site: DirectorySite, group: SiteGroupView): void {
  const access = EffectivePermissions.of(ctx.services);
  if (hasPermission(access.rightsOnSite(site, ctx.caller), PermissionKind.ManagePermissions)) return;
  if (!hasPermission(GRANT_MASK[site.appGrant], PermissionKind.ManagePermissions)) throw spAccessDenied();
  if (group.ownerId === ctx.caller.lookupId) return;
  const owner = SitePermissions.of(ctx.services).findGroup(site, group.ownerId);
  if (owner?.memberIds.includes(ctx.caller.id)) return;
  throw spAccessDenied();
}

const usersOf = (ctx: RouteContext, site: DirectorySite, group: SiteGroupView): Record<string, unknown>[] => {
  const claims = GroupClaims.of(ctx.services);
  return group.memberIds
    .map((id) => {
      const user = ctx.services.directory.users.get(id);
      if (user) return { id: user.lookupId, json: toSpUser(user) };
      const claim = claims.byLogin(site, id);
      return claim ? { id: claim.id, json: toSpClaim(claim) } : undefined;
    })
    .filter((member) => member !== undefined)
    .sort((a, b) => a.id - b.id)
    .map((member) => member.json);
};

export const registerSpGroups: RouteModule = (router) => {
  router.add('GET', `${WEB}/currentuser`, (ctx) => {
    spSite(ctx);
    return spOk(ctx, toSpUser(ctx.caller));
  });

  router.add('GET', `${WEB}/currentuser/groups`, (ctx) => {
    const site = spSite(ctx);
    const groups = SitePermissions.of(ctx.services)
      .groupsOf(site)
      .filter((g) => g.memberIds.includes(ctx.caller.id));
    return spCollection(
      ctx,
      groups.map((g) => groupJson(ctx, site, g)),
    );
  });

  router.add('POST', `${WEB}/ensureuser`, (ctx) => {
    spSite(ctx);
    const body = spBody(ctx);
    return spOk(
      ctx,
      toSpUser(findByLoginName(ctx.services.directory, body['logonName'] ?? body['LogonName'])),
    );
  });

  router.add('GET', `${WEB}/sitegroups`, (ctx) => {
    const site = spSite(ctx);
    return spCollection(
      ctx,
      SitePermissions.of(ctx.services)
        .groupsOf(site)
        .map((g) => groupJson(ctx, site, g)),
    );
  });

  router.add('POST', `${WEB}/sitegroups`, (ctx) => {
    const site = spSite(ctx);
    requireOnSite(ctx, site, PermissionKind.CreateGroups);
    const body = spBody(ctx);
    const title = body['Title'];
    if (typeof title !== 'string' || title.trim() === '') throw spArgument('A group needs a Title.');
    const description = typeof body['Description'] === 'string' ? body['Description'] : '';
    // A group made through REST belongs to the user who made it until SetUserAsOwner says otherwise.
    const group = SitePermissions.of(ctx.services).createGroup(
      site,
      title.trim(),
      description,
      ctx.caller.lookupId,
    );
    return spOk(ctx, groupJson(ctx, site, group), 201);
  });

  for (const group of [`${WEB}/sitegroups/{groupId}`, `${WEB}/sitegroups/getbyname/{title}`])
    registerGroup(router, group);
};

/** The routes of one group, addressed by id or by title. */
function registerGroup(router: Router, base: string): void {
  router.add('GET', base, (ctx) => {
    const site = spSite(ctx);
    return spOk(ctx, groupJson(ctx, site, groupById(ctx, site)));
  });

  router.add('GET', `${base}/users`, (ctx) => {
    const site = spSite(ctx);
    return spCollection(ctx, usersOf(ctx, site, groupById(ctx, site)));
  });

  router.add('POST', `${base}/users`, (ctx) => {
    const site = spSite(ctx);
    const group = groupById(ctx, site);
    requireGroupManager(ctx, site, group);
    const loginName = spBody(ctx)['LoginName'];
    const permissions = SitePermissions.of(ctx.services);
    if (typeof loginName === 'string' && isGroupClaim(loginName)) {
      const claim = permissions.ensureClaim(site, loginName);
      if (!claim) throw spUserNotFound(loginName);
      permissions.addClaimMember(site, group, claim);
      return spOk(ctx, toSpClaim(claim), 201);
    }
    const user = findByLoginName(ctx.services.directory, loginName);
    permissions.addMember(site, group, user);
    return spOk(ctx, toSpUser(user), 201);
  });

  router.add('POST', `${base}/users/removebyid/{userId}`, (ctx) => {
    const site = spSite(ctx);
    const group = groupById(ctx, site);
    requireGroupManager(ctx, site, group);
    const id = integerArg(ctx.params['userId'], 'id');
    const user = findByLookupId(ctx.services.directory, id);
    const claim = GroupClaims.of(ctx.services).byId(site, id);
    if (user) SitePermissions.of(ctx.services).removeMember(site, group, user);
    else if (claim) SitePermissions.of(ctx.services).removeClaimMember(site, group, claim);
    return spVoid(ctx, 'RemoveById');
  });

  router.add('POST', `${base}/setuserasowner/{principalId}`, (ctx) => {
    const site = spSite(ctx);
    const group = groupById(ctx, site);
    requireGroupManager(ctx, site, group);
    const principalId = integerArg(ctx.params['principalId'], 'ownerId');
    const permissions = SitePermissions.of(ctx.services);
    if (!permissions.findGroup(site, principalId) && !findByLookupId(ctx.services.directory, principalId))
      throw spArgument('The owner must be a user or group of this site.', 404);
    permissions.setOwner(site, group, principalId);
    return spVoid(ctx, 'SetUserAsOwner');
  });
}
