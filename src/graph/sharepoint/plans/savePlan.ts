import { Invalid, type EditConflict, type ItemRef } from '../../../domain/errors';
import type { TargetId } from '../../../domain/ids';
import { PlanSchema, type Plan } from '../../../domain/plan';
import { todayIn } from '../../../domain/dates';
import type { ItemFailure, SaveResult } from '../../../domain/ports';
import type { Evidence, WithdrawnTarget } from '../../../domain/target';
import { isUnknownFailure, unansweredBy } from '../../batch';
import { sendStoreBatch } from '../shared/folderCreates';
import { settleDashboardCounts } from './dashboardCounts';
import { evidenceToFields } from '../evidence/evidenceMapper';
import { planFromItem, planToFields } from './planMapper';
import { targetFromItem, targetToFields } from '../targets/targetMapper';
import { diffPlan, isEmptyDiff, type EvidenceOperation, type PlanDiff } from './planDiff';
import { patchFields } from '../shared/requests';
import { SaveCreates, isAdopted, type Adopted, type Write } from './saveWrites';
import type { StoreContext } from '../storeContext';
import { conflictIn, theirPlan } from './theirPlan';
import { invalidFrom, outcomeOf, type WriteOutcome } from '../shared/writeResults';
import { confirmEtags, type UnconfirmedWrite } from '../shared/confirmEtags';

const methodOf = (write: Write): 'POST' | 'PATCH' | 'DELETE' =>
  write.request.method as 'POST' | 'PATCH' | 'DELETE';

/** Sends writes (chunked into `$batch`es of 20) and pairs each with its outcome. */
const runWrites = async (
  ctx: StoreContext,
  writes: readonly Write[],
): Promise<{ write: Write; outcome: WriteOutcome }[]> => {
  if (writes.length === 0) return [];
  const responses = await sendStoreBatch(
    ctx,
    writes.map((write) => write.request),
  );
  return writes.map((write, index) => ({
    write,
    outcome: outcomeOf(
      responses[index] as NonNullable<(typeof responses)[number]>,
      methodOf(write),
      write.item,
    ),
  }));
};

const THEIRS_UNREAD =
  'Someone else saved this since you opened it, and their version could not be read just now. ' +
  'Save again in a moment to compare the changes.';

/**
 * Each conflict carries the server's current version, read in one `$batch` after the save (one rule:
 * null only when gone, see readTheirs). Items whose version could not be read are reported as not
 * saved (412) instead, to be saved again.
 */
const conflictsFrom = async (
  ctx: StoreContext,
  refs: readonly ItemRef[],
  planId: Plan['id'],
): Promise<{ conflicts: EditConflict[]; unread: ItemFailure[] }> => {
  if (refs.length === 0) return { conflicts: [], unread: [] };
  try {
    const plan = await theirPlan(ctx, planId);
    return { conflicts: refs.map((ref) => conflictIn(plan, ref)), unread: [] };
  } catch {
    return { conflicts: [], unread: refs.map((item) => ({ item, status: 412, message: THEIRS_UNREAD })) };
  }
};

/** A target created, deleted or given another outcome changes the counts the class dashboard shows. */
const changesCounts = (op: PlanDiff['targets'][number]): boolean =>
  op.kind !== 'update' || 'Outcome' in op.fields;

const realSleep = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, milliseconds));

/** The store, noting whether any `$batch` part had to be sent again (it then landed later than the rest). */
const watchRetries = (ctx: StoreContext): { ctx: StoreContext; retried: () => boolean } => {
  let retried = false;
  const sleep = ctx.batch.sleep ?? realSleep;
  return {
    ctx: {
      ...ctx,
      batch: {
        ...ctx.batch,
        sleep: (milliseconds) => {
          retried = true;
          return sleep(milliseconds);
        },
      },
    },
    retried: () => retried,
  };
};

/**
 * Whether the counts this save wrote on the plan item (from the editor's view of the targets) may not
 * be what its targets now add up to, so they must be settled from the targets themselves. They are
 * right when they landed, in one go with every target write they counted: nothing else can have
 * counted those targets in between. They may be wrong when the plan write did not land (a colleague
 * saved first) or did not carry counts, when a counted target write failed or has no answer, and
 * when any part was throttled and resent: the resent parts landed after the rest, so a colleague's
 * count in between missed them (the stale dashboard of resilience seed 20260211).
 */
const countsMayBeStale = (
  diff: PlanDiff,
  counted: ReadonlySet<string>,
  saved: ReadonlyMap<string, unknown>,
  unknown: ReadonlySet<string>,
  planSaved: boolean,
  retried: boolean,
): boolean => {
  const landed = (id: string): boolean => saved.has(`target:${id}`);
  if (![...counted].some((id) => landed(id) || unknown.has(id))) return false;
  const countsSent =
    diff.planFields !== null && ('TargetCount' in diff.planFields || 'AchievedCount' in diff.planFields);
  return !planSaved || !countsSent || retried || [...counted].some((id) => !landed(id));
};

/**
 * The plan as saved, with the eTags of items whose PATCH was answered without one read back (see
 * `confirmEtags`); `written` names the items this save PATCHed.
 */
const withConfirmedEtags = async (
  ctx: StoreContext,
  plan: Plan,
  written: { readonly plan: boolean; readonly targets: readonly string[] },
): Promise<Plan> => {
  const lists = await ctx.listIds();
  const unconfirmed: UnconfirmedWrite[] = [];
  if (written.plan && plan.etag === undefined)
    unconfirmed.push({
      listId: lists.plans,
      itemId: plan.id,
      fields: planToFields(plan),
      fieldsOf: (raw) => {
        const stored = planFromItem(raw, plan.shortTermTargets);
        return stored.ok ? planToFields(stored.value) : null;
      },
    });
  plan.shortTermTargets.forEach((target, order) => {
    if (target.etag !== undefined || !written.targets.includes(target.id)) return;
    unconfirmed.push({
      listId: lists.targets,
      itemId: target.id,
      fields: targetToFields(target, plan.id, order),
      fieldsOf: (raw) => {
        const stored = targetFromItem(raw);
        return stored.ok
          ? targetToFields(
              { ...stored.value.target, evidence: target.evidence },
              stored.value.planId,
              stored.value.sortOrder,
            )
          : null;
      },
    });
  });
  if (unconfirmed.length === 0) return plan;
  const etags = await confirmEtags(ctx, unconfirmed);
  const etagFor = (listId: string, id: string, known: string | undefined): { etag?: string } => {
    const etag = known ?? etags.get(`${listId}/${id}`);
    return etag === undefined ? {} : { etag };
  };
  const { etag: planEtag, ...rest } = plan;
  return {
    ...rest,
    ...etagFor(lists.plans, plan.id, planEtag),
    shortTermTargets: plan.shortTermTargets.map(({ etag, ...target }) => ({
      ...target,
      ...etagFor(lists.targets, target.id, etag),
    })),
  };
};

/** `targetId` overrides the editor's id for evidence on a target that has only just been created. */
const evidenceWrite = (
  creates: SaveCreates,
  listId: string,
  op: EvidenceOperation,
  planId: Plan['id'],
  targetId?: TargetId,
): Write | Adopted =>
  creates.write(
    listId,
    { kind: 'evidence', id: op.evidence.id },
    op.evidence.id,
    evidenceToFields(op.evidence, targetId ?? op.targetId, planId),
  );

/**
 * Saves only what changed between `base` (as read) and `edited`: the plan item's changed columns,
 * each target created, changed or withdrawn and each evidence entry added, every PATCH guarded by
 * that item's eTag. Nothing is deleted: a withdrawn target keeps its item and its evidence. Up to 19 changed targets plus the plan go out as one `$batch`; evidence for
 * brand-new targets follows once those targets have ids. Nothing is overwritten on a conflict.
 */
export const savePlan = async (ctx: StoreContext, edited: Plan, base: Plan): Promise<SaveResult> => {
  const planRef: ItemRef = { kind: 'plan', id: base.id };
  if (edited.id !== base.id)
    throw new Invalid([{ path: 'id', message: 'The edited plan is not the plan that was opened.' }], planRef);
  if (base.status === 'closed') {
    throw new Invalid(
      [
        {
          path: 'status',
          message: 'This version is closed and kept as a record. Open the current version to make changes.',
        },
      ],
      planRef,
    );
  }
  const valid = PlanSchema.safeParse(edited);
  if (!valid.success) throw invalidFrom(valid.error, planRef);

  const today = todayIn(ctx.clock);
  const diff = diffPlan(edited, base, today);
  if (isEmptyDiff(diff)) return { plan: edited, conflicts: [], failures: [] };
  const [lists, user] = await Promise.all([ctx.listIds(), ctx.currentUser()]);
  const now = ctx.clock.now().toISOString();

  const later = diff.evidence.filter((op) => op.targetIsNew);
  const creates = await SaveCreates.lookUp(
    ctx,
    [
      ...diff.targets.flatMap((op) =>
        op.kind === 'create' ? [{ listId: lists.targets, localId: op.target.id, planId: base.id }] : [],
      ),
      ...diff.evidence.flatMap((op) =>
        op.kind === 'create' ? [{ listId: lists.evidence, localId: op.evidence.id, planId: base.id }] : [],
      ),
    ],
    base.pupil.pupilId,
  );
  const writes: Write[] = [];
  // Creates an unanswered save already made: saved as they are, with nothing to send.
  const adopted: Adopted[] = [];
  const add = (entry: Write | Adopted): void => {
    if (isAdopted(entry)) adopted.push(entry);
    else writes.push(entry);
  };
  // A stored item whose eTag is unknown (its last write was answered without one) is never written
  // blind: it is reported as a conflict, with the stored version to compare.
  const unknownEtag: ItemRef[] = [];
  if (diff.planFields && base.etag === undefined) unknownEtag.push(planRef);
  else if (diff.planFields) {
    writes.push({
      request: patchFields(
        ctx.siteId,
        lists.plans,
        base.id,
        { ...diff.planFields, UpdatedBy: user.name, UpdatedAt: now },
        base.etag,
      ),
      item: planRef,
      localId: base.id,
    });
  }
  for (const op of diff.targets) {
    const item: ItemRef = { kind: 'target', id: op.target.id };
    if (op.kind !== 'create' && op.etag === undefined) unknownEtag.push(item);
    else if (op.kind === 'create') add(creates.write(lists.targets, item, op.target.id, op.fields));
    else
      writes.push({
        request: patchFields(ctx.siteId, lists.targets, op.target.id, op.fields, op.etag),
        item,
        localId: op.target.id,
      });
  }
  for (const op of diff.evidence.filter((candidate) => !later.includes(candidate)))
    add(evidenceWrite(creates, lists.evidence, op, base.id));

  const countedTargets = new Set(diff.targets.filter(changesCounts).map((op) => op.target.id as string));
  const watched = watchRetries(ctx);
  let results: Awaited<ReturnType<typeof runWrites>>;
  try {
    results = await runWrites(watched.ctx, writes);
  } catch (error) {
    creates.noteFailure(writes, error);
    // No answer at all: the targets may have landed, so the dashboard counts are put right before
    // the user is told the save's outcome is unknown (a throttled call did nothing: nothing to count).
    if (countedTargets.size > 0 && isUnknownFailure(error))
      await settleDashboardCounts(ctx, base.id, undefined);
    throw error;
  }
  const saved = new Map<string, { id: string; etag: string | undefined }>();
  const conflicts: ItemRef[] = [...unknownEtag];
  const failures: ItemFailure[] = [];
  // Targets whose write had no answer: they may have landed.
  const unknownTargets = new Set<string>();
  const record = (list: typeof results): void => {
    for (const { write, outcome } of list) {
      if (outcome.kind === 'saved')
        saved.set(`${write.item.kind}:${write.localId}`, {
          id: write.storedId ?? outcome.id,
          etag: outcome.etag,
        });
      else if (outcome.kind === 'conflict') {
        conflicts.push(write.item);
        // An adopted item keeps its stored id even when refused, so it is never created again.
        if (write.storedId !== undefined)
          saved.set(`${write.item.kind}:${write.localId}`, { id: write.storedId, etag: undefined });
      } else {
        failures.push(outcome.failure);
        if (outcome.unknown && write.item.kind === 'target') unknownTargets.add(write.item.id);
      }
    }
  };
  const recordAdopted = (entries: readonly Adopted[]): void => {
    for (const entry of entries) {
      // A conflicted one still takes its stored id, so the editor never creates it again.
      saved.set(`${entry.item.kind}:${entry.localId}`, { id: entry.id, etag: entry.etag });
      if (entry.conflict) conflicts.push(entry.item);
    }
  };
  creates.noteOutcomes(results);
  record(results);
  recordAdopted(adopted);

  const secondRound: Write[] = [];
  for (const op of later) {
    const target = saved.get(`target:${op.targetId}`);
    if (!target) continue;
    const entry = evidenceWrite(creates, lists.evidence, op, base.id, target.id as TargetId);
    if (isAdopted(entry)) recordAdopted([entry]);
    else secondRound.push(entry);
  }
  try {
    const secondResults = await runWrites(ctx, secondRound);
    creates.noteOutcomes(secondResults);
    record(secondResults);
  } catch (error) {
    creates.noteFailure(secondRound, error);
    // The first round created the targets: throwing now would hide that, and saving again would create
    // them twice. The evidence is reported per item instead (status 0 when its answer was lost).
    const { status } = unansweredBy(error);
    const message = error instanceof Error ? error.message : 'No answer.';
    for (const write of secondRound) failures.push({ item: write.item, status, message });
  }

  const planSaved = saved.get(`plan:${base.id}`);
  const ownEtag = planSaved ? planSaved.etag : base.etag;
  const settled = countsMayBeStale(
    diff,
    countedTargets,
    saved,
    unknownTargets,
    planSaved !== undefined,
    watched.retried(),
  )
    ? await settleDashboardCounts(ctx, base.id, planSaved?.etag)
    : null;
  const withdrawn: WithdrawnTarget[] = [
    ...(base.withdrawnTargets ?? []),
    ...diff.targets.flatMap((op) => {
      const savedTarget = op.kind === 'withdraw' ? saved.get(`target:${op.target.id}`) : undefined;
      if (!savedTarget) return [];
      const { etag: _etag, ...target } = op.target;
      return [
        {
          ...target,
          ...(savedTarget.etag === undefined ? {} : { etag: savedTarget.etag }),
          withdrawnOn: today,
        },
      ];
    }),
  ];
  const { withdrawnTargets: _theirs, ...editedPlan } = valid.data;
  const sent: Plan = {
    ...editedPlan,
    ...(withdrawn.length > 0 ? { withdrawnTargets: withdrawn } : {}),
    // Counts written straight on top of this save leave its plan fields as they were: the editor
    // may go on from the counts' eTag. After anyone else's write it must not.
    etag: settled && settled.from === ownEtag ? settled.to : ownEtag,
    updatedBy: planSaved ? user.name : base.updatedBy,
    updatedAt: planSaved ? now : base.updatedAt,
    shortTermTargets: edited.shortTermTargets.map((target) => {
      const savedTarget = saved.get(`target:${target.id}`);
      return {
        ...target,
        ...(savedTarget ? { id: savedTarget.id as TargetId, etag: savedTarget.etag } : {}),
        evidence: target.evidence.map((entry) => {
          const savedEntry = saved.get(`evidence:${entry.id}`);
          return savedEntry
            ? { ...entry, id: savedEntry.id as Evidence['id'], etag: savedEntry.etag }
            : entry;
        }),
      };
    }),
  };
  const plan = await withConfirmedEtags(ctx, sent, {
    plan: planSaved !== undefined || settled !== null,
    targets: diff.targets.flatMap((op) => (op.kind === 'update' ? [op.target.id] : [])),
  });
  const read = await conflictsFrom(ctx, conflicts, base.id);
  creates.settle();
  return { plan, conflicts: read.conflicts, failures: [...failures, ...read.unread] };
};
