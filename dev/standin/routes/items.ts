import {
  accessDenied,
  invalidRequest,
  isRecordOrThrow,
  notFound,
  rejectUnknownProperties,
} from '../core/errors';
import { noContent, ok, queryOption } from '../core/http';
import { parseFilter } from '../core/odataFilter';
import { odataContext, parseExpand, parseTop } from '../core/odataQuery';
import { nextLink } from '../core/nextLink';
import type { RouteContext } from '../core/router';
import type { DirectorySite } from '../directory/model';
import type { StoredItem, StoredList } from '../sharepoint/model';
import { PermissionKind } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import { PREFER_NON_INDEXED, resolveOrderBy } from '../sharepoint/query';
import { toFieldValueSet, toGraphItem } from '../sharepoint/shapes';
import { SharePointLists } from '../sharepoint/sharePointLists';
import { decodeSkipToken, encodeSkipToken } from '../sharepoint/skipToken';
import type { RouteModule } from './module';
import { siteFor } from './siteAccess';

/** Graph's default page of list items; `$top` above 5,000 is quietly capped, as SharePoint does. */
const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;

interface ListContext {
  readonly site: DirectorySite;
  readonly list: StoredList;
  readonly lists: SharePointLists;
}

/**
 * The list, for anyone who may read the site or holds Limited Access in it: SharePoint gives Limited Access
 * on the list (and the site) to anyone granted an item or folder inside it, so the list itself, its columns
 * included, stays readable as before (https://learn.microsoft.com/en-us/sharepoint/understanding-permission-levels,
 * "Limited Access"). What they may do with each item is checked per item below.
 */
const listContext = (ctx: RouteContext): ListContext => {
  const site = siteFor(ctx, 'read');
  const lists = SharePointLists.of(ctx.services);
  return { site, list: lists.findList(site, ctx.params['listId'] ?? ''), lists };
};

/** An item the caller may see, else 404 exactly as for a missing one: an item never betrays that it exists. */
const visibleItem = (ctx: RouteContext, lc: ListContext): StoredItem => {
  const item = lc.lists.getItem(lc.list, ctx.params['itemId'] ?? '');
  const access = EffectivePermissions.of(ctx.services);
  if (!access.can(lc.site, lc.list, item, ctx.caller, PermissionKind.ViewListItems))
    throw notFound('Item not found');
  return item;
};

/** 403 when the caller sees the item (or list) but may not make this change to it. */
const requireRight = (ctx: RouteContext, lc: ListContext, item: StoredItem | null, kind: number): void => {
  if (!EffectivePermissions.of(ctx.services).can(lc.site, lc.list, item, ctx.caller, kind))
    throw accessDenied();
};

/** `$expand=fields` or `$expand=fields($select=a,b)`; anything else is not something items expand here. */
const fieldsExpansion = (ctx: RouteContext): { expand: boolean; select: readonly string[] | null } => {
  const expand = parseExpand(ctx.req.query);
  for (const name of expand.keys()) {
    if (name !== 'fields') throw invalidRequest(`'${name}' cannot be expanded on list items; expand fields.`);
  }
  const fields = expand.get('fields');
  return { expand: fields !== undefined, select: fields?.select ?? null };
};

const checkSelectedFields = (lc: ListContext, select: readonly string[] | null): void => {
  const system = [
    'id',
    'ID',
    'ContentType',
    'Modified',
    'Created',
    'AuthorLookupId',
    'EditorLookupId',
    '_UIVersionString',
    'Attachments',
  ];
  for (const name of select ?? []) {
    if (!system.includes(name) && !lc.list.columns.some((c) => c.name === name)) {
      throw invalidRequest(`Column '${name}' does not exist. It may have been deleted by another user.`);
    }
  }
};

const prefers = (ctx: RouteContext, preference: string): boolean =>
  (ctx.req.headers['prefer'] ?? '')
    .split(',')
    .some((p) => p.trim().toLowerCase() === preference.toLowerCase());

export const registerItems: RouteModule = (router) => {
  router.add('GET', '/sites/{siteId}/lists/{listId}/items', (ctx) => {
    const lc = listContext(ctx);
    const fields = fieldsExpansion(ctx);
    checkSelectedFields(lc, fields.select);
    const columns = lc.lists.columnsForQuery(lc.list);
    const orderBy = resolveOrderBy(columns, queryOption(ctx.req.query, 'orderby'));
    const filterText = queryOption(ctx.req.query, 'filter');
    const token = queryOption(ctx.req.query, 'skiptoken');
    const { page, next } = lc.lists.queryItems(lc.list, {
      filter: filterText ? parseFilter(filterText) : null,
      orderBy,
      top: parseTop(ctx.req.query, DEFAULT_PAGE, MAX_PAGE, 'cap'),
      after: token ? decodeSkipToken(token, orderBy.length) : null,
      honourNonIndexed: prefers(ctx, PREFER_NON_INDEXED),
      visible: EffectivePermissions.of(ctx.services).viewPredicate(lc.site, lc.list, ctx.caller),
    });
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${lc.site.id}')/lists('${lc.list.id}')/items`,
      ),
      value: page.map((item) => toGraphItem(lc.site, lc.list, item, fields)),
      ...(next ? { '@odata.nextLink': nextLink(ctx, encodeSkipToken(next)) } : {}),
    });
  });

  router.add('POST', '/sites/{siteId}/lists/{listId}/items', (ctx) => {
    const lc = listContext(ctx);
    // Graph creates items at the list's root only, so the root's rights decide.
    requireRight(ctx, lc, null, PermissionKind.AddListItems);
    const body = isRecordOrThrow(ctx.req.body, 'listItem');
    rejectUnknownProperties(body, ['fields', 'contentType'], 'listItem');
    const item = lc.lists.createItem(lc.list, body['fields'], ctx.caller);
    return ok(
      {
        '@odata.context': odataContext(
          ctx.services.baseUrl(),
          `sites('${lc.site.id}')/lists('${lc.list.id}')/items/$entity`,
        ),
        ...toGraphItem(lc.site, lc.list, item, { expand: true, select: null }),
      },
      201,
    );
  });

  router.add('GET', '/sites/{siteId}/lists/{listId}/items/{itemId}', (ctx) => {
    const lc = listContext(ctx);
    const fields = fieldsExpansion(ctx);
    checkSelectedFields(lc, fields.select);
    const item = visibleItem(ctx, lc);
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${lc.site.id}')/lists('${lc.list.id}')/items/$entity`,
      ),
      ...toGraphItem(lc.site, lc.list, item, fields),
    });
  });

  router.add('GET', '/sites/{siteId}/lists/{listId}/items/{itemId}/fields', (ctx) => {
    const lc = listContext(ctx);
    const item = visibleItem(ctx, lc);
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${lc.site.id}')/lists('${lc.list.id}')/items('${item.id}')/fields/$entity`,
      ),
      ...toFieldValueSet(item, null),
    });
  });

  router.add('PATCH', '/sites/{siteId}/lists/{listId}/items/{itemId}/fields', (ctx) => {
    const lc = listContext(ctx);
    requireRight(ctx, lc, visibleItem(ctx, lc), PermissionKind.EditListItems);
    const item = lc.lists.updateItemFields(
      lc.list,
      ctx.params['itemId'] ?? '',
      ctx.req.body,
      ctx.req.headers['if-match'],
      ctx.caller,
    );
    const { '@odata.etag': etag, ...fields } = toFieldValueSet(item, null);
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${lc.site.id}')/lists('${lc.list.id}')/items('${item.id}')/fields/$entity`,
      ),
      ...(lc.lists.patchAnswersWithoutEtag ? {} : { '@odata.etag': etag }),
      ...fields,
    });
  });

  router.add('DELETE', '/sites/{siteId}/lists/{listId}/items/{itemId}', (ctx) => {
    const lc = listContext(ctx);
    requireRight(ctx, lc, visibleItem(ctx, lc), PermissionKind.DeleteListItems);
    lc.lists.deleteItem(lc.list, ctx.params['itemId'] ?? '', ctx.req.headers['if-match']);
    return noContent();
  });
};
