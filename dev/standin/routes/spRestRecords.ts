import type { GraphResponse } from '../core/http';
import type { RouteContext } from '../core/router';
import { spBody, spOk } from '../core/spRest';
import { spAccessDenied, spArgument, spException, spFileNotFound } from '../core/spErrors';
import type { DirectorySite } from '../directory/model';
import { PermissionKind, toRestPermissions } from '../sharepoint/permissions/basePermissions';
import { EffectivePermissions } from '../sharepoint/permissions/effective';
import { findRetentionLabel, isLockedRecord } from '../sharepoint/records/retentionLabels';
import { SharePointLists } from '../sharepoint/sharePointLists';
import type { StoredList } from '../sharepoint/model';
import type { RouteModule } from './module';
import { serverRelativeRootOf, spList, spSite } from './spSite';

/** SetComplianceTagOnBulkItems takes at most 100 items a call (PnP's Set-PnPRetentionLabel batches for it). */
export const MAX_BULK_LABEL_ITEMS = 100;

const SET_ON_BULK = 'SetComplianceTagOnBulkItems';

/** The list whose root folder `listUrl` (absolute, as SharePoint's own clients send it) names. */
const listAt = (ctx: RouteContext, site: DirectorySite, listUrl: unknown): StoredList => {
  if (typeof listUrl !== 'string' || listUrl.trim() === '') throw spArgument('listUrl is required.');
  let path: string;
  try {
    path = decodeURIComponent(new URL(listUrl).pathname).replace(/\/+$/, '').toLowerCase();
  } catch {
    throw spArgument(`The list URL '${listUrl}' is not an absolute URL.`);
  }
  const list = SharePointLists.of(ctx.services)
    .listsOf(site)
    .find((l) => serverRelativeRootOf(site, l).toLowerCase() === path);
  if (!list) throw spFileNotFound();
  return list;
};

const itemIdsOf = (raw: unknown): number[] => {
  if (!Array.isArray(raw) || raw.some((id) => !Number.isInteger(id) || (id as number) <= 0))
    throw spArgument('itemIds must be a list of list item ids.');
  if (raw.length > MAX_BULK_LABEL_ITEMS)
    throw spArgument(`At most ${MAX_BULK_LABEL_ITEMS} items can be labelled in one call.`);
  return raw as number[];
};

/** The ids SharePoint could not label, `{ value: [...] }` (`{ d: { <method>: { results } } }` verbose). */
const failedIds = (ctx: RouteContext, ids: readonly number[]): GraphResponse => {
  const verbose = /odata=verbose/i.test(ctx.req.headers['accept'] ?? '');
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json;charset=utf-8' },
    body: verbose ? { d: { [SET_ON_BULK]: { results: ids } } } : { value: ids },
  };
};

/**
 * Retention labels on list items and what the caller may do, as the product's records and setup checks use
 * them:
 *
 * - `POST _api/SP_CompliancePolicy_SPPolicyStoreProxy_SetComplianceTagOnBulkItems` `{ listUrl,
 *   complianceTagValue, itemIds }` (https://learn.microsoft.com/en-us/sharepoint/dev/apis/csom-methods-for-applying-retention-labels:
 *   a label need not be published to the site). It answers the ids it could not label; an item the caller
 *   cannot see or edit is one of them, as is a record that would lose its label. A label that marks items as
 *   records needs the app's full-control grant, as Graph requires Sites.FullControl.All to set one
 *   (https://learn.microsoft.com/en-us/graph/api/driveitem-setretentionlabel); an unknown label is a 400.
 * - `GET _api/web/effectiveBasePermissions` and `_api/web/lists('<id>')/effectiveBasePermissions`: the
 *   caller's rights there within the app's grant, as `{ High, Low }`.
 */
export const registerSpRecords: RouteModule = (router) => {
  router.add('POST', `/site/{sitePath}/SP_CompliancePolicy_SPPolicyStoreProxy_${SET_ON_BULK}`, (ctx) => {
    const site = spSite(ctx);
    const body = spBody(ctx);
    const list = listAt(ctx, site, body['listUrl']);
    const ids = itemIdsOf(body['itemIds']);
    const tag = body['complianceTagValue'];
    if (typeof tag !== 'string') throw spArgument('complianceTagValue must be a label name, or empty.');
    const label = tag === '' ? null : findRetentionLabel(ctx.services, tag);
    if (tag !== '' && !label)
      throw spException(`The retention label '${tag}' does not exist in this tenant.`);
    if (label?.isRecord && site.appGrant !== 'fullcontrol') throw spAccessDenied();
    const lists = SharePointLists.of(ctx.services);
    const access = EffectivePermissions.of(ctx.services);
    const failed: number[] = [];
    for (const id of ids) {
      const item = lists.itemsById(list, id);
      const editable =
        item !== undefined && access.can(site, list, item, ctx.caller, PermissionKind.EditListItems);
      // A record keeps its label here; only a records manager changes it, in Purview.
      const relabelsRecord =
        item !== undefined &&
        isLockedRecord(ctx.services, item.complianceTag) &&
        item.complianceTag?.toLowerCase() !== (label?.name ?? '').toLowerCase();
      if (!item || !editable || relabelsRecord) failed.push(id);
      else lists.setComplianceTag(list, item, label?.name ?? '');
    }
    return failedIds(ctx, failed);
  });

  router.add('GET', '/site/{sitePath}/web/effectivebasepermissions', (ctx) => {
    const site = spSite(ctx);
    return spOk(ctx, toRestPermissions(EffectivePermissions.of(ctx.services).rightsOnSite(site, ctx.caller)));
  });

  router.add('GET', '/site/{sitePath}/web/lists/{listId}/effectivebasepermissions', (ctx) => {
    const site = spSite(ctx);
    const list = spList(ctx, site);
    return spOk(
      ctx,
      toRestPermissions(EffectivePermissions.of(ctx.services).rights(site, list, null, ctx.caller)),
    );
  });
};
