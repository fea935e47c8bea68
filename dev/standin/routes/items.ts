import { invalidRequest, isRecordOrThrow, rejectUnknownProperties } from '../core/errors';
import { noContent, ok, queryOption } from '../core/http';
import { parseFilter } from '../core/odataFilter';
import { odataContext, parseExpand, parseTop } from '../core/odataQuery';
import { nextLink } from '../core/nextLink';
import type { RouteContext } from '../core/router';
import type { DirectorySite, SiteAccess } from '../directory/model';
import type { StoredList } from '../sharepoint/model';
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

const listContext = (ctx: RouteContext, need: SiteAccess = 'read'): ListContext => {
  const site = siteFor(ctx, need);
  const lists = SharePointLists.of(ctx.services);
  return { site, list: lists.findList(site, ctx.params['listId'] ?? ''), lists };
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
    const lc = listContext(ctx, 'write');
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
    const item = lc.lists.getItem(lc.list, ctx.params['itemId'] ?? '');
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
    const item = lc.lists.getItem(lc.list, ctx.params['itemId'] ?? '');
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${lc.site.id}')/lists('${lc.list.id}')/items('${item.id}')/fields/$entity`,
      ),
      ...toFieldValueSet(item, null),
    });
  });

  router.add('PATCH', '/sites/{siteId}/lists/{listId}/items/{itemId}/fields', (ctx) => {
    const lc = listContext(ctx, 'write');
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
    const lc = listContext(ctx, 'write');
    lc.lists.deleteItem(lc.list, ctx.params['itemId'] ?? '', ctx.req.headers['if-match']);
    return noContent();
  });
};
