import { spPost, SPQueryable, type SPFI } from '@pnp/sp';
import { body } from '@pnp/queryable';
import { z } from 'zod';
import { ServiceError } from '../../../../domain/errors';
import { spCall } from '../spErrors';

/**
 * SharePoint's bulk labelling method takes at most 100 items a call (PnP PowerShell's Set-PnPRetentionLabel
 * splits larger sets for it: https://pnp.github.io/powershell/cmdlets/Set-PnPRetentionLabel.html).
 */
export const LABELS_PER_CALL = 100;

/** The ids left unlabelled: `{ value: [...] }`, which PnPjs's parser hands over unwrapped. */
const FailedIdsSchema = z.union([
  z.array(z.number()),
  z.object({ value: z.array(z.number()) }).transform((answer) => answer.value),
]);
const RootFolderSchema = z.object({ ServerRelativeUrl: z.string() });

export interface RecordLabels {
  /**
   * Applies the Purview retention label `label` to the items. Applying it again changes nothing, so a
   * failed or interrupted labelling is simply run again. Throws a domain error when SharePoint refuses, or
   * when any item is left unlabelled.
   */
  label(listId: string, itemIds: readonly string[], label: string): Promise<void>;
}

const chunks = <T>(values: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
};

/**
 * Labels list items through `SP.CompliancePolicy.SPPolicyStoreProxy.SetComplianceTagOnBulkItems`, which
 * SharePoint's REST API exposes as `POST _api/SP_CompliancePolicy_SPPolicyStoreProxy_SetComplianceTagOnBulkItems`
 * with `{ listUrl, complianceTagValue, itemIds }` and answers the ids it could not label
 * (https://learn.microsoft.com/en-us/sharepoint/dev/apis/csom-methods-for-applying-retention-labels: "Retention
 * labels can be applied using this method without being published to the location"). `listUrl` is the list's
 * absolute URL. Microsoft Graph v1.0 can label drive items but not list items, hence PnPjs.
 */
export const createRecordLabels = (sp: SPFI, webUrl: string): RecordLabels => {
  const origin = new URL(webUrl).origin;
  const endpoint = `${webUrl.replace(/\/+$/, '')}/_api/SP_CompliancePolicy_SPPolicyStoreProxy_SetComplianceTagOnBulkItems`;
  const listUrls = new Map<string, Promise<string>>();
  const listUrlOf = (listId: string): Promise<string> => {
    let url = listUrls.get(listId);
    if (!url) {
      url = spCall(async () => {
        const folder = RootFolderSchema.parse(
          await sp.web.lists.getById(listId).rootFolder.select('ServerRelativeUrl')(),
        );
        return `${origin}${folder.ServerRelativeUrl}`;
      });
      void url.catch(() => listUrls.delete(listId));
      listUrls.set(listId, url);
    }
    return url;
  };

  return {
    label: async (listId, itemIds, label) => {
      if (itemIds.length === 0) return;
      const listUrl = await listUrlOf(listId);
      let unlabelled = 0;
      for (const ids of chunks(itemIds.map(Number), LABELS_PER_CALL)) {
        const answer = await spCall(async () =>
          FailedIdsSchema.parse(
            await spPost(
              SPQueryable([sp.web, endpoint]),
              body({ listUrl, complianceTagValue: label, itemIds: ids }),
            ),
          ),
        );
        unlabelled += answer.length;
      }
      if (unlabelled > 0)
        throw new ServiceError(
          409,
          `SharePoint did not label ${unlabelled} of ${itemIds.length} items of the closed version as records.`,
        );
    },
  };
};
