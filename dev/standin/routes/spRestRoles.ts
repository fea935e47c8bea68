import type { RouteContext } from '../core/router';
import { integerArg, spBody, spCollection, spOk } from '../core/spRest';
import { spArgument, spException } from '../core/spErrors';
import {
  parseBasePermissions,
  PermissionKind,
  toRestPermissions,
} from '../sharepoint/permissions/basePermissions';
import { SitePermissions, type RoleDefinitionView } from '../sharepoint/permissions/sitePermissions';
import type { RouteModule } from './module';
import { requireOnSite, spSite } from './spSite';

/** Permission levels: `_api/web/roledefinitions...`. */
const ROLES = '/site/{sitePath}/web/roledefinitions';

export const toSpRoleDefinition = (role: RoleDefinitionView): Record<string, unknown> => ({
  BasePermissions: toRestPermissions(role.mask),
  Description: role.description,
  Hidden: role.hidden,
  Id: role.id,
  Name: role.name,
  Order: role.order,
  RoleTypeKind: role.roleTypeKind,
});

const notFound = (): Error => spException('Permission level cannot be found.', 404);

const byName = (ctx: RouteContext): RoleDefinitionView => {
  const role = SitePermissions.of(ctx.services).findRoleDefinitionByName(
    spSite(ctx),
    ctx.params['name'] ?? '',
  );
  if (!role) throw notFound();
  return role;
};

export const registerSpRoles: RouteModule = (router) => {
  router.add('GET', ROLES, (ctx) =>
    spCollection(
      ctx,
      SitePermissions.of(ctx.services).roleDefinitionsOf(spSite(ctx)).map(toSpRoleDefinition),
    ),
  );

  router.add('GET', `${ROLES}/getbyname/{name}`, (ctx) => spOk(ctx, toSpRoleDefinition(byName(ctx))));

  router.add('GET', `${ROLES}/{roleId}`, (ctx) => {
    const site = spSite(ctx);
    const role = SitePermissions.of(ctx.services).findRoleDefinition(
      site,
      integerArg(ctx.params['roleId'], 'id'),
    );
    if (!role) throw notFound();
    return spOk(ctx, toSpRoleDefinition(role));
  });

  router.add('POST', ROLES, (ctx) => {
    const site = spSite(ctx);
    requireOnSite(ctx, site, PermissionKind.ManagePermissions);
    const body = spBody(ctx);
    const name = body['Name'];
    if (typeof name !== 'string' || name.trim() === '') throw spArgument('A permission level needs a Name.');
    const mask = parseBasePermissions(body['BasePermissions']);
    if (!mask) throw spArgument('BasePermissions must give High and Low as unsigned 32-bit numbers.');
    const order = typeof body['Order'] === 'number' ? body['Order'] : 65535;
    const role = SitePermissions.of(ctx.services).createRoleDefinition(site, {
      name: name.trim(),
      description: typeof body['Description'] === 'string' ? body['Description'] : '',
      order,
      high: mask.high,
      low: mask.low,
    });
    return spOk(ctx, toSpRoleDefinition(role), 201);
  });
};
