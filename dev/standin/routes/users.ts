import { GraphError, invalidRequest } from '../core/errors';
import { ok, queryOption } from '../core/http';
import { matchesPlain, parseFilter } from '../core/odataFilter';
import { applySelect, odataContext, parseSelect, parseTop } from '../core/odataQuery';
import { proxyAddressesOf, toGraphUser, type DirectoryUser } from '../directory/model';
import type { RouteModule } from './module';

const USER_FILTERABLE = [
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'id',
] as const;

/** Entra ID's wording for an unknown user. */
const userNotFound = (id: string): GraphError =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );

const readUserProperty = (user: DirectoryUser, property: string): string => {
  if (!(USER_FILTERABLE as readonly string[]).includes(property)) {
    throw new GraphError(
      400,
      'Request_UnsupportedQuery',
      `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`,
    );
  }
  return user[property as (typeof USER_FILTERABLE)[number]];
};

/**
 * A user as `$select` asks. Properties outside the default projection, such as `proxyAddresses`, come
 * back only when named (https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0).
 */
const selectedUser = (user: DirectoryUser, select: readonly string[] | null): Record<string, unknown> =>
  applySelect(
    {
      ...toGraphUser(user),
      ...(select?.includes('proxyAddresses') ? { proxyAddresses: [...proxyAddressesOf(user)] } : {}),
    },
    select,
  );

export const registerUsers: RouteModule = (router) => {
  router.add('GET', '/me', (ctx) =>
    ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'users/$entity'),
      ...selectedUser(ctx.caller, parseSelect(ctx.req.query)),
    }),
  );

  router.add('GET', '/users/{userId}', (ctx) => {
    const id = ctx.params['userId'] ?? '';
    const user = ctx.services.directory.findUser(id);
    if (!user) throw userNotFound(id);
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'users/$entity'),
      ...selectedUser(user, parseSelect(ctx.req.query)),
    });
  });

  router.add('GET', '/users', (ctx) => {
    const filterText = queryOption(ctx.req.query, 'filter');
    const filter = filterText ? parseFilter(filterText) : null;
    const top = parseTop(ctx.req.query, 100, 999, 'refuse');
    if (queryOption(ctx.req.query, 'skiptoken'))
      throw invalidRequest('The demo directory fits on one page; there is no next page.');
    const users = [...ctx.services.directory.users.values()]
      .filter((u) => (filter ? matchesPlain(filter, (p) => readUserProperty(u, p)) : true))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
    const select = parseSelect(ctx.req.query);
    return ok({
      '@odata.context': odataContext(ctx.services.baseUrl(), 'users'),
      value: users.slice(0, top).map((u) => selectedUser(u, select)),
    });
  });
};
