import type { PlanId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import type { PlanHistory, TargetVersion, Versioned } from '../../../domain/planHistory';
import type { Evidence } from '../../../domain/target';
import type { BatchRequest } from '../../batch';
import { withQuery } from '../../odata';
import { evidenceFromItem } from '../evidence/evidenceMapper';
import { planFromItem } from '../plans/planMapper';
import { readPlanState } from '../plans/planReads';
import type { ItemDecode } from '../shared/listItem';
import { readAll, type Read } from '../shared/reads';
import { itemPath } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { targetFromItem } from '../targets/targetMapper';

/**
 * An item's kept versions with the field values each held: `GET .../items/{id}/versions?$expand=fields`
 * (https://learn.microsoft.com/en-us/graph/api/listitem-list-versions). SharePoint keeps them only while
 * the list has versioning on (Microsoft 365 turns it on for new lists); a list without it answers with
 * the current version alone, so the history then starts at the last change.
 */
const versionsOf = (siteId: string, listId: string, itemId: string): BatchRequest => ({
  method: 'GET',
  url: withQuery(`${itemPath(siteId, listId, itemId)}/versions`, { $expand: 'fields' }),
});

interface RawVersion {
  readonly id?: unknown;
  readonly lastModifiedDateTime?: unknown;
  readonly lastModifiedBy?: { readonly user?: { readonly displayName?: unknown } };
  readonly fields?: unknown;
}

/**
 * The versions one item kept, oldest first, each decoded as the item it was then. Who made each is
 * SharePoint's `lastModifiedBy` of that version, never the app's own UpdatedBy column (which any
 * client may write). A version that cannot be read as the item is left out.
 */
const decodeVersions = <T>(
  itemId: string,
  raw: unknown,
  decode: (item: unknown) => ItemDecode<T>,
): Versioned<T>[] =>
  // Graph lists versions newest first; read oldest first (instants can tie within a second).
  (Array.isArray(raw) ? [...(raw as RawVersion[])].reverse() : []).flatMap((version) => {
    const decoded = decode({ id: itemId, fields: version.fields ?? {} });
    if (!decoded.ok) return [];
    const by = version.lastModifiedBy?.user?.displayName;
    return [
      {
        by: typeof by === 'string' ? by.trim() : '',
        at: typeof version.lastModifiedDateTime === 'string' ? version.lastModifiedDateTime : '',
        value: decoded.value,
      },
    ];
  });

/**
 * The plan version's history: its plan item, targets (withdrawn ones too) and evidence are read as
 * the plan is opened, then every one of their version lists in one `$batch` (chunked by 20).
 */
export const planHistory = async (ctx: StoreContext, planId: PlanId): Promise<PlanHistory> => {
  const [lists, state] = await Promise.all([ctx.listIds(), readPlanState(ctx, planId, false)]);
  const { plan } = state;
  const targets = [...plan.shortTermTargets, ...(plan.withdrawnTargets ?? [])];
  const evidence = targets.flatMap((target) =>
    target.evidence.map((entry) => ({ id: entry.id as string, targetId: target.id as string })),
  );
  const reads: Read[] = [
    { request: versionsOf(ctx.siteId, lists.plans, planId), item: { kind: 'plan', id: planId } },
    ...targets.map((target): Read => ({
      request: versionsOf(ctx.siteId, lists.targets, target.id),
      item: { kind: 'target', id: target.id },
    })),
    ...evidence.map((entry): Read => ({
      request: versionsOf(ctx.siteId, lists.evidence, entry.id),
      item: { kind: 'evidence', id: entry.id },
    })),
  ];
  const [planVersions, ...rest] = await readAll(ctx.client, reads, ctx.batch);
  const targetVersions = rest.slice(0, targets.length);
  const evidenceVersions = rest.slice(targets.length);
  return {
    plan: decodeVersions<Plan>(planId, planVersions, (item) => planFromItem(item, [])),
    targets: targets.map((target, index) => ({
      id: target.id,
      versions: decodeVersions<TargetVersion>(target.id, targetVersions[index], (item) => {
        const decoded = targetFromItem(item);
        return decoded.ok
          ? { ...decoded, value: { ...decoded.value.target, withdrawnOn: decoded.value.withdrawnOn } }
          : decoded;
      }),
    })),
    evidence: evidence.map((entry, index) => ({
      ...entry,
      versions: decodeVersions<Evidence>(entry.id, evidenceVersions[index], (item) => {
        const decoded = evidenceFromItem(item);
        return decoded.ok ? { ...decoded, value: decoded.value.evidence } : decoded;
      }),
    })),
  };
};
