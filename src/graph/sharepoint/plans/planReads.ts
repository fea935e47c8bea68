import { ServiceError } from '../../../domain/errors';
import type { ClassTeamId, PlanId, PlanSeriesId, PupilId } from '../../../domain/ids';
import type { Plan, PlanSummary } from '../../../domain/plan';
import type { ClassDashboard, ItemProblem, PlanDocument } from '../../../domain/ports';
import { pupilDisplayName, type Pupil } from '../../../domain/pupil';
import type { Review } from '../../../domain/review';
import type { ShortTermTarget } from '../../../domain/target';
import { partition } from '../shared/listItem';
import { evidenceFromItem, type StoredEvidence } from '../evidence/evidenceMapper';
import { PLAN_SUMMARY_COLUMNS, planFromItem, planSummaryFromItem } from './planMapper';
import { pupilFromItem } from '../pupils/pupilMapper';
import { reviewFromItem } from '../reviews/reviewMapper';
import { targetFromItem, type StoredTarget } from '../targets/targetMapper';
import { readAll, type Read } from '../shared/reads';
import { getItem, queryItems } from '../shared/requests';
import { STAFF_KEY_COLUMNS } from '../schema';
import type { StoreContext } from '../storeContext';

const byPupilName = (a: PlanSummary, b: PlanSummary): number =>
  a.pupil.name.localeCompare(b.pupil.name, 'en-GB');

export const loadClass = async (ctx: StoreContext, classTeamId: ClassTeamId): Promise<ClassDashboard> => {
  const lists = await ctx.listIds();
  const [pupilItems, planItems, site] = await readAll(
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
      ...(ctx.siteCheck ? [ctx.siteCheck.read] : []),
    ],
    ctx.batch,
  );
  ctx.siteCheck?.confirm(site);
  const pupils = partition((pupilItems as unknown[]).map(pupilFromItem));
  const plans = partition((planItems as unknown[]).map(planSummaryFromItem));
  const sortName = (p: Pupil): string => `${p.familyName} ${pupilDisplayName(p)}`;
  return {
    pupils: pupils.values.sort((a, b) => sortName(a).localeCompare(sortName(b), 'en-GB')),
    plans: plans.values.filter((plan) => plan.status !== 'closed').sort(byPupilName),
    problems: [...pupils.problems, ...plans.problems],
  };
};

/**
 * One sub-request per StaffKey column and address of the person (a mailbox may have several: mail,
 * sign-in name, aliases), in as few `$batch` calls as that takes: each uses its column's index.
 */
export const listPlansForStaff = async (
  ctx: StoreContext,
  addresses: string | readonly string[],
): Promise<readonly PlanSummary[]> => {
  const keys = [
    ...new Set((typeof addresses === 'string' ? [addresses] : addresses).map((a) => a.trim().toLowerCase())),
  ].filter((key) => key !== '');
  if (keys.length === 0) return [];
  const lists = await ctx.listIds();
  const pages = await readAll(
    ctx.client,
    keys.flatMap((key) =>
      STAFF_KEY_COLUMNS.map((column) => ({
        request: queryItems(ctx.siteId, lists.plans, {
          column,
          value: key,
          pageSize: ctx.pageSize,
          select: PLAN_SUMMARY_COLUMNS,
        }),
        item: { kind: 'list' as const, id: 'IEP Plans' },
      })),
    ),
    ctx.batch,
  );
  const unique = new Map<string, PlanSummary>();
  for (const summary of partition(pages.flatMap((page) => (page as unknown[]).map(planSummaryFromItem)))
    .values) {
    if (summary.status !== 'closed') unique.set(summary.id, summary);
  }
  return [...unique.values()].sort(byPupilName);
};

export const listVersions = async (
  ctx: StoreContext,
  seriesId: PlanSeriesId,
): Promise<readonly PlanSummary[]> => {
  const lists = await ctx.listIds();
  const [items] = await readAll(
    ctx.client,
    [
      {
        request: queryItems(ctx.siteId, lists.plans, {
          column: 'PlanSeriesId',
          value: seriesId,
          pageSize: ctx.pageSize,
          select: PLAN_SUMMARY_COLUMNS,
        }),
        item: { kind: 'list', id: 'IEP Plans' },
      },
    ],
    ctx.batch,
  );
  return partition((items as unknown[]).map(planSummaryFromItem)).values.sort(
    (a, b) => b.version - a.version,
  );
};

/** Joins evidence onto its targets (newest evidence last) and puts targets in plan order. */
export const assembleTargets = (
  targets: readonly StoredTarget[],
  evidence: readonly StoredEvidence[],
): { targets: ShortTermTarget[]; problems: ItemProblem[] } => {
  const byTarget = new Map<string, StoredEvidence[]>();
  for (const entry of evidence)
    byTarget.set(entry.targetId, [...(byTarget.get(entry.targetId) ?? []), entry]);
  const known = new Set(targets.map((stored) => stored.target.id));
  const problems: ItemProblem[] = evidence
    .filter((entry) => !known.has(entry.targetId))
    .map((entry) => ({
      item: { kind: 'evidence', id: entry.evidence.id },
      field: 'TargetId',
      message: `This evidence belongs to target ${entry.targetId}, which is not in the plan.`,
    }));
  const ordered = [...targets].sort(
    (a, b) => a.sortOrder - b.sortOrder || Number(a.target.id) - Number(b.target.id),
  );
  return {
    targets: ordered.map((stored) => ({
      ...stored.target,
      evidence: (byTarget.get(stored.target.id) ?? [])
        .map((entry) => entry.evidence)
        .sort((a, b) => a.date.localeCompare(b.date) || Number(a.id) - Number(b.id)),
    })),
    problems,
  };
};

export interface PlanState {
  readonly plan: Plan;
  readonly reviews: readonly Review[];
  readonly problems: readonly ItemProblem[];
  /** The dashboard counts as stored on the plan item (null if unreadable), to spot stale ones. */
  readonly storedCounts: { readonly targetCount: number; readonly achievedCount: number } | null;
}

/** The plan item, its targets, their evidence and (optionally) its reviews, in one `$batch`. */
export const readPlanState = async (
  ctx: StoreContext,
  planId: PlanId,
  withReviews: boolean,
  readsLeft = 2,
): Promise<PlanState> => {
  const lists = await ctx.listIds();
  const planRef = { kind: 'plan', id: planId } as const;
  const byPlan = (listId: string) =>
    queryItems(ctx.siteId, listId, { column: 'PlanId', value: planId, pageSize: ctx.pageSize });
  const reads: Read[] = [
    { request: getItem(ctx.siteId, lists.plans, planId), item: planRef },
    { request: byPlan(lists.targets), item: { kind: 'list', id: 'IEP Targets' } },
    { request: byPlan(lists.evidence), item: { kind: 'list', id: 'IEP Evidence' } },
    ...(withReviews
      ? [{ request: byPlan(lists.reviews), item: { kind: 'list', id: 'IEP Reviews' } } as const]
      : []),
  ];
  const [planItem, targetItems, evidenceItems, reviewItems] = await readAll(ctx.client, reads, ctx.batch);
  const targets = partition((targetItems as unknown[]).map(targetFromItem));
  const evidence = partition((evidenceItems as unknown[]).map(evidenceFromItem));
  const reviews = partition(((reviewItems as unknown[] | undefined) ?? []).map(reviewFromItem));
  const joined = assembleTargets(targets.values, evidence.values);
  // The targets and evidence queries are not one snapshot (a throttled one is resent later): a colleague's
  // new target with its first evidence can land between them. Read again before calling evidence orphaned.
  if (joined.problems.length > 0 && readsLeft > 1)
    return readPlanState(ctx, planId, withReviews, readsLeft - 1);
  const plan = planFromItem(planItem, joined.targets);
  if (!plan.ok) {
    throw new ServiceError(
      422,
      `Plan ${planId} cannot be read: ${plan.problem.field}: ${plan.problem.message}`,
    );
  }
  const summary = planSummaryFromItem(planItem);
  return {
    plan: plan.value,
    storedCounts: summary.ok
      ? { targetCount: summary.value.targetCount, achievedCount: summary.value.achievedCount }
      : null,
    reviews: reviews.values.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')),
    problems: [
      ...plan.problems,
      ...targets.problems,
      ...evidence.problems,
      ...joined.problems,
      ...reviews.problems,
    ],
  };
};

export const openPlan = async (ctx: StoreContext, planId: PlanId): Promise<PlanDocument> => {
  const { storedCounts: _storedCounts, ...document } = await readPlanState(ctx, planId, true);
  return document;
};

export const findPupil = async (ctx: StoreContext, pupilId: PupilId): Promise<Pupil> => {
  const lists = await ctx.listIds();
  const [item] = await readAll(
    ctx.client,
    [{ request: getItem(ctx.siteId, lists.pupils, pupilId), item: { kind: 'pupil', id: pupilId } }],
    ctx.batch,
  );
  const pupil = pupilFromItem(item);
  if (!pupil.ok)
    throw new ServiceError(
      422,
      `Pupil ${pupilId} cannot be read: ${pupil.problem.field}: ${pupil.problem.message}`,
    );
  return pupil.value;
};
