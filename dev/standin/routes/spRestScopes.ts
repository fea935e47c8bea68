import { queryOption } from '../core/http';
import type { RouteContext, RouteHandler } from '../core/router';
import { booleanArg, integerArg, namedArgs, spCollection, spOk, spVoid } from '../core/spRest';
import { spArgument, spException } from '../core/spErrors';
import type { DirectorySite } from '../directory/model';
import { isFolder, isWithin, ownPathOf, parentPathOf } from '../sharepoint/folders';
import type { StoredItem, StoredList } from '../sharepoint/model';
import { FULL_CONTROL, PermissionKind } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import type { RoleAssignment } from '../sharepoint/permissions/model';
import { SitePermissions } from '../sharepoint/permissions/sitePermissions';
import { SharePointLists } from '../sharepoint/sharePointLists';
import type { RouteModule } from './module';
import { GroupClaims } from '../sharepoint/permissions/groupClaims';
import { findByLookupId, toSpClaim, toSpUser } from './spPrincipals';
import { groupJson } from './spRestGroups';
import { toSpRoleDefinition } from './spRestRoles';
import { requireOn, spItemOrNull, spList, spSite } from './spSite';

/**
 * Unique permissions on a list or an item (folders are items): breaking and resetting inheritance and
 * the role assignments, at `_api/web/lists('<id>')/...` and `_api/web/lists('<id>')/items(<n>)/...`.
 */
const LIST = '/site/{sitePath}/web/lists/{listId}';
const ITEM = `${LIST}/items/{itemId}`;

interface Target {
  readonly site: DirectorySite;
  readonly list: StoredList;
  readonly item: StoredItem | null;
}

const targetOf = (ctx: RouteContext): Target => {
  const site = spSite(ctx);
  const list = spList(ctx, site);
  return { site, list, item: spItemOrNull(ctx, site, list) };
};

const itemIdOf = (t: Target): number | null => t.item?.id ?? null;

const inherits = (ctx: RouteContext, t: Target): boolean =>
  !SitePermissions.of(ctx.services).hasScope(t.list.id, itemIdOf(t));

/** Items inside a folder (or the whole list) that have their own permissions: what clearsubscopes resets. */
function subScopeIds(ctx: RouteContext, t: Target): number[] {
  const permissions = SitePermissions.of(ctx.services);
  const ids = [...permissions.itemScopeIds(t.list.id)];
  if (!t.item) return ids;
  if (!isFolder(t.item)) return [];
  const lists = SharePointLists.of(ctx.services);
  const folderPath = ownPathOf(t.item);
  return ids.filter((id) => {
    if (id === t.item?.id) return false;
    const inner = lists.itemsById(t.list, id);
    return inner !== undefined && isWithin(parentPathOf(inner), folderPath);
  });
}

const breakInheritance: RouteHandler = (ctx) => {
  const t = targetOf(ctx);
  requireOn(ctx, t.site, t.list, t.item, PermissionKind.ManagePermissions);
  const args = namedArgs(ctx.params['args'] ?? '');
  const permissions = SitePermissions.of(ctx.services);
  // Breaking an object that already has its own permissions changes nothing.
  if (!inherits(ctx, t)) return spVoid(ctx, 'BreakRoleInheritance');
  const assignments: readonly RoleAssignment[] = booleanArg(args.get('copyroleassignments'))
    ? EffectivePermissions.of(ctx.services).effectiveAssignments(t.list, t.item)
    : // Without copying, SharePoint keeps the caller in with Full Control so nobody locks themselves out.
      [{ principalId: ctx.caller.lookupId, roleDefinitionIds: [FULL_CONTROL.id] }];
  if (booleanArg(args.get('clearsubscopes'))) {
    for (const id of subScopeIds(ctx, t)) permissions.deleteScope(t.site.id, t.list.id, id);
  }
  permissions.putScope({ siteId: t.site.id, listId: t.list.id, itemId: itemIdOf(t), assignments });
  return spVoid(ctx, 'BreakRoleInheritance');
};

const resetInheritance: RouteHandler = (ctx) => {
  const t = targetOf(ctx);
  requireOn(ctx, t.site, t.list, t.item, PermissionKind.ManagePermissions);
  SitePermissions.of(ctx.services).deleteScope(t.site.id, t.list.id, itemIdOf(t));
  return spVoid(ctx, 'ResetRoleInheritance');
};

const expansions = (ctx: RouteContext): Set<string> =>
  new Set(
    (queryOption(ctx.req.query, 'expand') ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e !== ''),
  );

const listAssignments: RouteHandler = (ctx) => {
  const t = targetOf(ctx);
  requireOn(ctx, t.site, t.list, t.item, PermissionKind.EnumeratePermissions);
  const expand = expansions(ctx);
  const permissions = SitePermissions.of(ctx.services);
  // An object that inherits shows the assignments it inherits, as SharePoint does.
  const value = EffectivePermissions.of(ctx.services)
    .effectiveAssignments(t.list, t.item)
    .map((a) => {
      const member = (): Record<string, unknown> => {
        const group = permissions.findGroup(t.site, a.principalId);
        if (group) return groupJson(ctx, t.site, group);
        const user = findByLookupId(ctx.services.directory, a.principalId);
        if (user) return toSpUser(user);
        const claim = GroupClaims.of(ctx.services).byId(t.site, a.principalId);
        return claim ? toSpClaim(claim) : { Id: a.principalId };
      };
      return {
        PrincipalId: a.principalId,
        ...(expand.has('member') ? { Member: member() } : {}),
        ...(expand.has('roledefinitionbindings')
          ? {
              RoleDefinitionBindings: a.roleDefinitionIds
                .map((id) => permissions.findRoleDefinition(t.site, id))
                .filter((r) => r !== undefined)
                .map(toSpRoleDefinition),
            }
          : {}),
      };
    });
  return spCollection(ctx, value);
};

/** `principalid=<n>,roledefid=<n>`, both known to the site. */
function bindingOf(ctx: RouteContext, t: Target): { principalId: number; roleId: number } {
  const args = namedArgs(ctx.params['args'] ?? '');
  const principalId = integerArg(args.get('principalid'), 'principalid');
  const roleId = integerArg(args.get('roledefid'), 'roledefid');
  const permissions = SitePermissions.of(ctx.services);
  if (!permissions.findGroup(t.site, principalId) && !findByLookupId(ctx.services.directory, principalId))
    throw spArgument(`Cannot find principal with id: ${principalId}.`);
  if (!permissions.findRoleDefinition(t.site, roleId)) throw spException('Permission level cannot be found.');
  return { principalId, roleId };
}

const changeAssignment =
  (adding: boolean): RouteHandler =>
  (ctx) => {
    const t = targetOf(ctx);
    requireOn(ctx, t.site, t.list, t.item, PermissionKind.ManagePermissions);
    const { principalId, roleId } = bindingOf(ctx, t);
    const permissions = SitePermissions.of(ctx.services);
    const scope = permissions.scopeOf(t.list.id, itemIdOf(t));
    // SharePoint refuses to change assignments an object only inherits.
    if (!scope) throw spException('This operation is not allowed on an object that inherits permissions.');
    const others = scope.assignments.filter((a) => a.principalId !== principalId);
    const current = scope.assignments.find((a) => a.principalId === principalId)?.roleDefinitionIds ?? [];
    // Adding a binding that is there, or removing one that is not, changes nothing: a rerun is safe.
    if (adding === current.includes(roleId)) {
      return spVoid(ctx, adding ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
    }
    const next = adding ? [...current, roleId] : current.filter((id) => id !== roleId);
    permissions.putScope({
      ...scope,
      assignments: next.length > 0 ? [...others, { principalId, roleDefinitionIds: next }] : others,
    });
    return spVoid(ctx, adding ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
  };

const hasUnique: RouteHandler = (ctx) => {
  const t = targetOf(ctx);
  return spOk(ctx, { value: !inherits(ctx, t) });
};

export const registerSpScopes: RouteModule = (router) => {
  for (const base of [LIST, ITEM]) {
    router.add('POST', `${base}/breakroleinheritance/{args}`, breakInheritance);
    router.add('POST', `${base}/resetroleinheritance`, resetInheritance);
    router.add('GET', `${base}/roleassignments`, listAssignments);
    router.add('POST', `${base}/roleassignments/addroleassignment/{args}`, changeAssignment(true));
    router.add('POST', `${base}/roleassignments/removeroleassignment/{args}`, changeAssignment(false));
    router.add('GET', `${base}/hasuniqueroleassignments`, hasUnique);
  }
};
