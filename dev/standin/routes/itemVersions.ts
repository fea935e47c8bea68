import { invalidRequest } from '../core/errors';
import { ok } from '../core/http';
import { odataContext, parseExpand } from '../core/odataQuery';
import type { RouteContext } from '../core/router';
import { ItemVersions, type ItemVersion } from '../sharepoint/itemVersions';
import { toFieldValueSet } from '../sharepoint/shapes';
import { SharePointLists } from '../sharepoint/sharePointLists';
import type { RouteModule } from './module';
import { siteFor } from './siteAccess';

/**
 * `listItem/versions` (https://learn.microsoft.com/en-us/graph/api/listitem-list-versions) and one
 * version (https://learn.microsoft.com/en-us/graph/api/listitemversion-get): `listItemVersion` objects
 * (id "3.0", lastModifiedBy, lastModifiedDateTime), with the item's field values as they were at that
 * version under `fields` when expanded or asked for on their own. An unknown item or version is 404.
 */
const versionContext = (ctx: RouteContext) => {
  const site = siteFor(ctx, 'read');
  const lists = SharePointLists.of(ctx.services);
  const list = lists.findList(site, ctx.params['listId'] ?? '');
  const item = lists.getItem(list, ctx.params['itemId'] ?? '');
  return { site, list, item, versions: ItemVersions.of(ctx.services) };
};

const fieldsOf = (version: ItemVersion, select: readonly string[] | null): Record<string, unknown> => {
  // A version's field values carry no eTag of their own: only the current item has one.
  const { '@odata.etag': _etag, ...fields } = toFieldValueSet(version, select);
  return fields;
};

const expandedFields = (ctx: RouteContext): { expand: boolean; select: readonly string[] | null } => {
  const expand = parseExpand(ctx.req.query);
  for (const name of expand.keys())
    if (name !== 'fields')
      throw invalidRequest(`'${name}' cannot be expanded on item versions; expand fields.`);
  const fields = expand.get('fields');
  return { expand: fields !== undefined, select: fields?.select ?? null };
};

const toGraphVersion = (
  version: ItemVersion,
  fields: { expand: boolean; select: readonly string[] | null },
): Record<string, unknown> => ({
  id: `${version.version}.0`,
  lastModifiedBy: version.lastModifiedBy,
  lastModifiedDateTime: version.lastModifiedDateTime,
  ...(fields.expand ? { fields: fieldsOf(version, fields.select) } : {}),
});

export const registerItemVersions: RouteModule = (router) => {
  const path = '/sites/{siteId}/lists/{listId}/items/{itemId}/versions';

  router.add('GET', path, (ctx) => {
    const vc = versionContext(ctx);
    const fields = expandedFields(ctx);
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${vc.site.id}')/lists('${vc.list.id}')/items('${vc.item.id}')/versions`,
      ),
      value: vc.versions.versionsOf(vc.list, vc.item).map((version) => toGraphVersion(version, fields)),
    });
  });

  router.add('GET', `${path}/{versionId}`, (ctx) => {
    const vc = versionContext(ctx);
    const version = vc.versions.versionOf(vc.list, vc.item, ctx.params['versionId'] ?? '');
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${vc.site.id}')/lists('${vc.list.id}')/items('${vc.item.id}')/versions/$entity`,
      ),
      ...toGraphVersion(version, expandedFields(ctx)),
    });
  });

  router.add('GET', `${path}/{versionId}/fields`, (ctx) => {
    const vc = versionContext(ctx);
    const version = vc.versions.versionOf(vc.list, vc.item, ctx.params['versionId'] ?? '');
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${vc.site.id}')/lists('${vc.list.id}')/items('${vc.item.id}')/versions('${version.version}.0')/fields/$entity`,
      ),
      ...fieldsOf(version, null),
    });
  });
};
