import { ok } from '../core/http';
import { odataContext } from '../core/odataQuery';
import { toGraphColumn } from '../sharepoint/columns';
import { SchemaChanges } from '../sharepoint/schemaChanges';
import { SharePointLists } from '../sharepoint/sharePointLists';
import type { RouteModule } from './module';
import { readableSite, siteFor } from './siteAccess';

export const registerColumns: RouteModule = (router) => {
  router.add('GET', '/sites/{siteId}/lists/{listId}/columns', (ctx) => {
    const site = readableSite(ctx);
    const list = SharePointLists.of(ctx.services).findList(site, ctx.params['listId'] ?? '');
    return ok({
      '@odata.context': odataContext(
        ctx.services.baseUrl(),
        `sites('${site.id}')/lists('${list.id}')/columns`,
      ),
      value: list.columns.map(toGraphColumn),
    });
  });

  router.add('POST', '/sites/{siteId}/lists/{listId}/columns', async (ctx) => {
    const site = siteFor(ctx, 'manage');
    const lists = SharePointLists.of(ctx.services);
    const list = lists.findList(site, ctx.params['listId'] ?? '');
    const column = await SchemaChanges.of(ctx.services).apply(list.id, () =>
      lists.addColumn(list, ctx.req.body, ctx.caller),
    );
    return ok(
      {
        '@odata.context': odataContext(
          ctx.services.baseUrl(),
          `sites('${site.id}')/lists('${list.id}')/columns/$entity`,
        ),
        ...toGraphColumn(column),
      },
      201,
    );
  });

  router.add('GET', '/sites/{siteId}/lists/{listId}/columns/{columnId}', (ctx) => {
    const site = readableSite(ctx);
    const lists = SharePointLists.of(ctx.services);
    const list = lists.findList(site, ctx.params['listId'] ?? '');
    return ok(toGraphColumn(lists.findColumn(list, ctx.params['columnId'] ?? '')));
  });

  router.add('PATCH', '/sites/{siteId}/lists/{listId}/columns/{columnId}', async (ctx) => {
    const site = siteFor(ctx, 'manage');
    const lists = SharePointLists.of(ctx.services);
    const list = lists.findList(site, ctx.params['listId'] ?? '');
    const column = lists.findColumn(list, ctx.params['columnId'] ?? '');
    const updated = await SchemaChanges.of(ctx.services).apply(list.id, () =>
      lists.updateColumn(list, column, ctx.req.body, ctx.caller),
    );
    return ok(toGraphColumn(updated));
  });
};
