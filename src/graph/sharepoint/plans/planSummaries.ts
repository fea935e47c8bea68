import type { ClassTeamId, PlanSeriesId } from '../../../domain/ids';
import type { PlanSummary } from '../../../domain/plan';
import type { ClassDashboard, StaffPlans } from '../../../domain/ports';
import { byRegisterName, isOnActiveRegister } from '../../../domain/pupil';
import { pupilFromItem } from '../pupils/pupilMapper';
import { bookedReviewsFrom, bookedReviewsRead } from '../reviews/bookedReviews';
import { STAFF_KEY_COLUMNS } from '../schema';
import { partition } from '../shared/listItem';
import { readAll, type Read } from '../shared/reads';
import { queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { PLAN_SUMMARY_COLUMNS, planSummaryFromItem } from './planMapper';

const byPupilName = (a: PlanSummary, b: PlanSummary): number =>
  a.pupil.name.localeCompare(b.pupil.name, 'en-GB');

export const loadClass = async (ctx: StoreContext, classTeamId: ClassTeamId): Promise<ClassDashboard> => {
  const lists = await ctx.listIds();
  const [pupilItems, planItems, reviewItems, site] = await readAll(
    ctx.client,
    [
      {
        request: queryItems(ctx.siteId, lists.pupils, {
          column: 'ClassTeamId',
          value: classTeamId,
          pageSize: ctx.pageSize,
        }),
        item: { kind: 'list', id: 'IEP Pupils' },
      },
      {
        request: queryItems(ctx.siteId, lists.plans, {
          column: 'CurrentClassTeamId',
          value: classTeamId,
          pageSize: ctx.pageSize,
          select: PLAN_SUMMARY_COLUMNS,
        }),
        item: { kind: 'list', id: 'IEP Plans' },
      },
      bookedReviewsRead(ctx, lists.reviews),
      ...(ctx.siteCheck ? [ctx.siteCheck.read] : []),
    ],
    ctx.batch,
  );
  ctx.siteCheck?.confirm(site);
  const pupils = partition((pupilItems as unknown[]).map(pupilFromItem));
  const plans = partition((planItems as unknown[]).map(planSummaryFromItem));
  const reviews = bookedReviewsFrom(reviewItems);
  const current = plans.values.filter((plan) => plan.status !== 'closed').sort(byPupilName);
  // Booked reviews are read school-wide (the list has no class column); the class keeps its own.
  const series = new Set<string>(current.map((plan) => plan.seriesId));
  return {
    // A pupil who left or no longer needs support is kept as a record, not shown as work for the class.
    pupils: pupils.values.filter(isOnActiveRegister).sort(byRegisterName),
    plans: current,
    booked: reviews.booked.filter((review) => series.has(review.planSeriesId)),
    problems: [...pupils.problems, ...plans.problems, ...reviews.problems],
  };
};

/** Each address once, as the StaffKey columns keep it (lower case, trimmed). */
const staffKeysOf = (addresses: string | readonly string[]): string[] =>
  [
    ...new Set((typeof addresses === 'string' ? [addresses] : addresses).map((a) => a.trim().toLowerCase())),
  ].filter((key) => key !== '');

/** One read per StaffKey column and address (a mailbox may have several: mail, sign-in name, aliases). */
const staffPlanReads = (ctx: StoreContext, plansListId: string, keys: readonly string[]): Read[] =>
  keys.flatMap((key) =>
    STAFF_KEY_COLUMNS.map((column) => ({
      request: queryItems(ctx.siteId, plansListId, {
        column,
        value: key,
        pageSize: ctx.pageSize,
        select: PLAN_SUMMARY_COLUMNS,
      }),
      item: { kind: 'list' as const, id: 'IEP Plans' },
    })),
  );

/** A plan named under several columns or addresses is listed once; closed versions are records, not work. */
const currentPlansOf = (pages: readonly unknown[]): PlanSummary[] => {
  const unique = new Map<string, PlanSummary>();
  for (const summary of partition(pages.flatMap((page) => (page as unknown[]).map(planSummaryFromItem)))
    .values) {
    if (summary.status !== 'closed') unique.set(summary.id, summary);
  }
  return [...unique.values()].sort(byPupilName);
};

/** Every sub-request uses its column's index, in as few `$batch` calls as that takes. */
export const listPlansForStaff = async (
  ctx: StoreContext,
  addresses: string | readonly string[],
): Promise<readonly PlanSummary[]> => {
  const keys = staffKeysOf(addresses);
  if (keys.length === 0) return [];
  const lists = await ctx.listIds();
  return currentPlansOf(await readAll(ctx.client, staffPlanReads(ctx, lists.plans, keys), ctx.batch));
};

/**
 * The same plans and, in the same `$batch`, the booked review meetings (read school-wide, as the class
 * dashboard does; SharePoint trims them to the reviews this person may read), kept for these plans.
 */
export const loadMyPupils = async (
  ctx: StoreContext,
  addresses: string | readonly string[],
): Promise<StaffPlans> => {
  const keys = staffKeysOf(addresses);
  if (keys.length === 0) return { plans: [], booked: [] };
  const lists = await ctx.listIds();
  const [bookedItems, ...pages] = await readAll(
    ctx.client,
    [bookedReviewsRead(ctx, lists.reviews), ...staffPlanReads(ctx, lists.plans, keys)],
    ctx.batch,
  );
  const plans = currentPlansOf(pages);
  const series = new Set<string>(plans.map((plan) => plan.seriesId));
  // A booking that cannot be read is left out: the plan's own review date still shows.
  const { booked } = bookedReviewsFrom(bookedItems);
  return { plans, booked: booked.filter((review) => series.has(review.planSeriesId)) };
};

/** Every plan version whose indexed `column` holds `value`: one query, summary columns only. */
export const planSummariesWhere = async (
  ctx: StoreContext,
  column: 'PlanSeriesId' | 'PupilId',
  value: string,
): Promise<PlanSummary[]> => {
  const lists = await ctx.listIds();
  const [items] = await readAll(
    ctx.client,
    [
      {
        request: queryItems(ctx.siteId, lists.plans, {
          column,
          value,
          pageSize: ctx.pageSize,
          select: PLAN_SUMMARY_COLUMNS,
        }),
        item: { kind: 'list', id: 'IEP Plans' },
      },
    ],
    ctx.batch,
  );
  return partition((items as unknown[]).map(planSummaryFromItem)).values;
};

export const listVersions = async (
  ctx: StoreContext,
  seriesId: PlanSeriesId,
): Promise<readonly PlanSummary[]> =>
  (await planSummariesWhere(ctx, 'PlanSeriesId', seriesId)).sort((a, b) => b.version - a.version);
