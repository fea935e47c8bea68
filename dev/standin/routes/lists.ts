import { invalidRequest } from '../core/errors';
import { noContent, ok, queryOption } from '../core/http';
import { matchesPlain, parseFilter } from '../core/odataFilter';
import { applySelect, odataContext, parseExpand, parseSelect } from '../core/odataQuery';
import { toGraphList } from '../sharepoint/shapes';
import { SharePointLists } from '../sharepoint/sharePointLists';
import type { RouteModule } from './module';
import { readableSite, siteFor } from './siteAccess';

const LIST_FILTERABLE = ['displayName', 'name', 'id', 'description'];

export const registerLists: RouteModule = (router) => {
  router.add('GET', '/sites/{siteId}/lists', (ctx) => {
    const site = readableSite(ctx);
    const lists = SharePointLists.of(ctx.services);
    const expandColumns = parseExpand(ctx.req.query).has('columns');
    const select = parseSelect(ctx.req.query);
    const filterText = queryOption(ctx.req.query, 'filter');
    const filter = filterText ? parseFilter(filterText) : null;
    const value = lists
      .listsOf(site)
      .filter((list) =>
        filter
          ? matchesPlain(filter, (property) => {
              if (!LIST_FILTERABLE.includes(property)) {
                throw invalidRequest(
                  `Invalid filter clause: lists can be filtered on ${LIST_FILTERABLE.join(', ')}.`,
                );
              }
              return list[property as 'displayName' | 'name' | 'id' | 'description'];
            })
          : true,
      )
      .map((list) => applySelect(toGraphList(site, list, expandColumns), select));
    return ok({ '@odata.context': odataContext(ctx.services.baseUrl(), `sites('${site.id}')/lists`), value });
  });

  router.add('POST', '/sites/{siteId}/lists', (ctx) => {
    const site = siteFor(ctx, 'manage');
    const list = SharePointLists.of(ctx.services).createList(site, ctx.req.body, ctx.caller);
    return ok(
      {
        '@odata.context': odataContext(ctx.services.baseUrl(), `sites('${site.id}')/lists/$entity`),
        ...toGraphList(site, list, false),
      },
      201,
    );
  });

  router.add('GET', '/sites/{siteId}/lists/{listId}', (ctx) => {
    const site = readableSite(ctx);
    const list = SharePointLists.of(ctx.services).findList(site, ctx.params['listId'] ?? '');
    const expandColumns = parseExpand(ctx.req.query).has('columns');
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), `sites('${site.id}')/lists/$entity`),
      ...applySelect(toGraphList(site, list, expandColumns), parseSelect(ctx.req.query)),
    });
  });

  router.add('DELETE', '/sites/{siteId}/lists/{listId}', (ctx) => {
    const site = siteFor(ctx, 'manage');
    const lists = SharePointLists.of(ctx.services);
    lists.deleteList(lists.findList(site, ctx.params['listId'] ?? ''));
    return noContent();
  });
};
