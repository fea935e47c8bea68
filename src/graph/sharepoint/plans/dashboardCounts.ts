import { Offline, ServiceError, Throttled } from '../../../domain/errors';
import type { PlanId } from '../../../domain/ids';
import { isSuccess, sendBatch } from '../../batch';
import { ListItemSchema, etagOf, partition } from '../shared/listItem';
import { targetFromItem } from '../targets/targetMapper';
import { readAll } from '../shared/reads';
import { getItem, patchFields, queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { patchedEtagOf } from '../shared/writeResults';

/** Reads and writes tried before the counts are left for the next save to put right. */
const SETTLE_ATTEMPTS = 6;

export interface SettledCounts {
  /** The plan's eTag the counts were written against, and the one they produced. */
  readonly from: string;
  readonly to: string | undefined;
}

const readEtag = async (ctx: StoreContext, listId: string, planId: PlanId): Promise<string | undefined> => {
  const [raw] = await readAll(
    ctx.client,
    [{ request: getItem(ctx.siteId, listId, planId), item: { kind: 'plan', id: planId } }],
    ctx.batch,
  );
  const item = ListItemSchema.safeParse(raw);
  return item.success ? etagOf(item.data) : undefined;
};

const countTargets = async (
  ctx: StoreContext,
  listId: string,
  planId: PlanId,
): Promise<{ TargetCount: number; AchievedCount: number }> => {
  const [items] = await readAll(
    ctx.client,
    [
      {
        request: queryItems(ctx.siteId, listId, { column: 'PlanId', value: planId, pageSize: ctx.pageSize }),
        item: { kind: 'list', id: 'IEP Targets' },
      },
    ],
    ctx.batch,
  );
  // Withdrawn targets are records, not part of the plan the dashboard counts.
  const targets = partition((items as unknown[]).map(targetFromItem)).values.filter(
    (stored) => stored.withdrawnOn === null,
  );
  return {
    TargetCount: targets.length,
    AchievedCount: targets.filter((stored) => stored.target.outcome === 'achieved').length,
  };
};

/**
 * Writes the plan item's dashboard counts (`TargetCount`, `AchievedCount`) from its targets as they
 * are once this save's target writes have landed.
 *
 * Target items carry no link to the plan item's eTag, so a count written from anyone's view of the
 * targets can go stale: a colleague's throttled target create lands after the plan item was counted,
 * or their count was read from targets fetched before a new one appeared. Three rules make the last
 * count written the true one, whatever order writes (and `$batch` parts) land in:
 * - the plan's eTag is observed BEFORE its targets are read (`knownEtag` is the eTag this save's own
 *   PATCH of the plan item answered with, which is such an observation);
 * - the counts are written with If-Match that eTag, so a count from an older view is refused (412);
 * - they are written even when they look right already: that moves the eTag on, so a colleague still
 *   holding a view from before this save's targets landed is refused rather than writing it over.
 * Returns null if it could not be done (the next save that changes targets tries again).
 */
export const settleDashboardCounts = async (
  ctx: StoreContext,
  planId: PlanId,
  knownEtag: string | undefined,
): Promise<SettledCounts | null> => {
  const lists = await ctx.listIds();
  let etag = knownEtag;
  for (let attempt = 0; attempt < SETTLE_ATTEMPTS; attempt += 1) {
    try {
      etag ??= await readEtag(ctx, lists.plans, planId);
      if (etag === undefined) return null;
      const counts = await countTargets(ctx, lists.targets, planId);
      const [response] = await sendBatch(
        ctx.client,
        [patchFields(ctx.siteId, lists.plans, planId, counts, etag)],
        ctx.batch,
      );
      if (response && isSuccess(response)) return { from: etag, to: patchedEtagOf(response) };
      if (response?.status === 404) return null;
      // 412: the plan moved on since `etag` was observed; anything else: observe it afresh.
      etag = undefined;
    } catch (error) {
      // Busy or no answer (a lost answer may still have landed): observe afresh and write again.
      // Anything else (the plan is gone, access was taken away) is not for counts to fix.
      const transient =
        error instanceof Throttled || error instanceof Offline || error instanceof ServiceError;
      if (!transient) return null;
      etag = undefined;
    }
  }
  return null;
};
