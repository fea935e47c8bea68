import { namedArgs, spOk } from '../core/spRest';
import { spFileNotFound, spGroupNotFound } from '../core/spErrors';
import { PermissionKind } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import { MEMBERS_GROUP_ID, OWNERS_GROUP_ID } from '../sharepoint/permissions/model';
import { SitePermissions } from '../sharepoint/permissions/sitePermissions';
import { SharePointLists } from '../sharepoint/sharePointLists';
import type { RouteModule } from './module';
import { groupJson } from './spRestGroups';
import { serverRelativeRootOf, spSite } from './spSite';

const WEB = '/site/{sitePath}/web';

/**
 * Site- and web-level objects the product's setup reads: the site collection (`_api/site`), the site's owners and members groups (`associatedOwnerGroup`,
 * `associatedMemberGroup`), and
 * a folder's list item found by its path (`getFolderByServerRelativePath(decodedUrl='...')/listItemAllFields`),
 * which answers 404 "File Not Found." for a folder that is missing or that the caller cannot see, as a
 * SharePoint folder outside a user's permissions is.
 */
export const registerSpWebObjects: RouteModule = (router) => {
  // SP.Site: the site collection, with the Microsoft 365 group behind a group-connected site (`GroupId`,
  // the empty GUID on a site without one).
  router.add('GET', '/site/{sitePath}/site', (ctx) => {
    const site = spSite(ctx);
    return spOk(ctx, {
      Id: site.id.split(',')[1] ?? '',
      GroupId: site.groupId ?? '00000000-0000-0000-0000-000000000000',
      ServerRelativeUrl: site.serverRelativePath,
    });
  });

  router.add('GET', `${WEB}/associatedownergroup`, (ctx) => {
    const site = spSite(ctx);
    const owners = SitePermissions.of(ctx.services).findGroup(site, OWNERS_GROUP_ID);
    if (!owners) throw spGroupNotFound();
    return spOk(ctx, groupJson(ctx, site, owners));
  });

  router.add('GET', `${WEB}/associatedmembergroup`, (ctx) => {
    const site = spSite(ctx);
    const members = SitePermissions.of(ctx.services).findGroup(site, MEMBERS_GROUP_ID);
    if (!members) throw spGroupNotFound();
    return spOk(ctx, groupJson(ctx, site, members));
  });

  router.add('GET', `${WEB}/getfolderbyserverrelativepath/{args}/listitemallfields`, (ctx) => {
    const site = spSite(ctx);
    const url = (namedArgs(ctx.params['args'] ?? '').get('decodedurl') ?? '').replace(/\/+$/, '');
    const lists = SharePointLists.of(ctx.services);
    const list = lists
      .listsOf(site)
      .find((l) => url.toLowerCase().startsWith(`${serverRelativeRootOf(site, l).toLowerCase()}/`));
    if (!list) throw spFileNotFound();
    const folder = lists.findFolder(list, url.slice(serverRelativeRootOf(site, list).length + 1));
    const access = EffectivePermissions.of(ctx.services);
    if (!folder || !access.can(site, list, folder, ctx.caller, PermissionKind.ViewListItems))
      throw spFileNotFound();
    return spOk(ctx, { Id: folder.id, ID: folder.id, FileLeafRef: folder.folderName ?? '' });
  });
};
