import { DomainError, ServiceError } from '../../../domain/errors';
import type { PupilId } from '../../../domain/ids';
import type { RecordLockOutcome } from '../../../domain/ports';
import { planSummariesWhere } from '../plans/planSummaries';
import { ListItemSchema } from '../shared/listItem';
import { readAll, type Read } from '../shared/reads';
import { queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';

const idsOf = (items: unknown): string[] =>
  (items as unknown[]).flatMap((raw) => {
    const item = ListItemSchema.safeParse(raw);
    return item.success ? [item.data.id] : [];
  });

/**
 * What a closed version's record is, as SharePoint will lock it: the plan item, every target (withdrawn ones
 * too) and every evidence entry, read by the indexed PlanId column in one `$batch`. Reviews are left out on
 * purpose: a review record is still written after its version closes (the minutes and the copy sent home
 * are recorded on it), and a label would make those saves fail.
 */
const recordItemsOf = async (
  ctx: StoreContext,
  planIds: readonly string[],
): Promise<{ targets: string[]; evidence: string[] }> => {
  const lists = await ctx.listIds();
  const byPlan = (listId: string, name: string, planId: string): Read => ({
    request: queryItems(ctx.siteId, listId, { column: 'PlanId', value: planId, pageSize: ctx.pageSize }),
    item: { kind: 'list', id: name },
  });
  const pages = await readAll(
    ctx.client,
    planIds.flatMap((planId) => [
      byPlan(lists.targets, 'IEP Targets', planId),
      byPlan(lists.evidence, 'IEP Evidence', planId),
    ]),
    ctx.batch,
  );
  return {
    targets: pages.filter((_, index) => index % 2 === 0).flatMap(idsOf),
    evidence: pages.filter((_, index) => index % 2 === 1).flatMap(idsOf),
  };
};

const asDomainError = (error: unknown): DomainError =>
  error instanceof DomainError
    ? error
    : new ServiceError(0, error instanceof Error ? error.message : 'The closed version could not be locked.');

/**
 * Labels closed plan versions with the school's record label, so SharePoint itself refuses to change or
 * delete them (docs/RECORDS.md). Labelling is idempotent, so it is simply repeated after a failure (or a
 * throttled run that gave up); the versions stay closed either way. Never throws: the outcome says what
 * happened, for the page to report.
 */
export const lockVersions = async (
  ctx: StoreContext,
  planIds: readonly string[],
): Promise<RecordLockOutcome> => {
  const records = ctx.records;
  if (!records) return { status: 'not-configured' };
  try {
    const lists = await ctx.listIds();
    const { targets, evidence } = await recordItemsOf(ctx, planIds);
    await records.labelItems(lists.targets, targets);
    await records.labelItems(lists.evidence, evidence);
    // The plan item last: a version whose plan item is labelled has all of its record labelled.
    await records.labelItems(lists.plans, planIds);
    return { status: 'locked', items: planIds.length + targets.length + evidence.length };
  } catch (error) {
    return { status: 'failed', error: asDomainError(error) };
  }
};

/** Every closed version of the pupil's plans, found by the indexed PupilId column, labelled as records. */
export const lockClosedVersions = async (ctx: StoreContext, pupilId: PupilId): Promise<RecordLockOutcome> => {
  if (!ctx.records) return { status: 'not-configured' };
  try {
    const plans = await planSummariesWhere(ctx, 'PupilId', pupilId);
    return await lockVersions(
      ctx,
      plans.filter((plan) => plan.status === 'closed').map((plan) => plan.id),
    );
  } catch (error) {
    return { status: 'failed', error: asDomainError(error) };
  }
};
