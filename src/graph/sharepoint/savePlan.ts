import { EditConflict, Invalid, NotFound, type ItemRef } from '../../domain/errors';
import type { TargetId } from '../../domain/ids';
import { PlanSchema, summarisePlan, type Plan } from '../../domain/plan';
import type { ItemFailure, SaveResult } from '../../domain/ports';
import type { Evidence, ShortTermTarget } from '../../domain/target';
import { sendBatch, unansweredStatusOf, type BatchRequest } from '../batch';
import { evidenceToFields } from './mappers/evidence';
import { diffPlan, isEmptyDiff, type EvidenceOperation } from './planDiff';
import { createItem, deleteItem, patchFields } from './requests';
import type { StoreContext } from './storeContext';
import { readPlanState, type PlanState } from './storeReads';
import { invalidFrom, outcomeOf, type WriteOutcome } from './writeResults';

interface Write {
  readonly request: BatchRequest;
  readonly item: ItemRef;
  /** The id the editor knows the item by (a temporary one for a new target or evidence entry). */
  readonly localId: string;
}

const methodOf = (write: Write): 'POST' | 'PATCH' | 'DELETE' =>
  write.request.method as 'POST' | 'PATCH' | 'DELETE';

/** Sends writes (chunked into `$batch`es of 20) and pairs each with its outcome. */
const runWrites = async (
  ctx: StoreContext,
  writes: readonly Write[],
): Promise<{ write: Write; outcome: WriteOutcome }[]> => {
  if (writes.length === 0) return [];
  const responses = await sendBatch(
    ctx.client,
    writes.map((write) => write.request),
    ctx.batch,
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

const findEvidence = (plan: Plan, id: string): Evidence | null =>
  plan.shortTermTargets.flatMap((target) => target.evidence).find((entry) => entry.id === id) ?? null;

const THEIRS_UNREAD =
  'Someone else saved this since you opened it, and their version could not be read just now. ' +
  'Save again in a moment to compare the changes.';

/**
 * Each conflict carries the server's current version, read in one `$batch` after the save. Only a
 * plan that is gone (404) makes "theirs" null, which the editor treats as deleted and offers to save
 * again as a new item: a read that was throttled or cut off must not say that, or keeping my version
 * would duplicate a target. Those items are reported as not saved (412) instead, to be saved again.
 */
const conflictsFrom = async (
  ctx: StoreContext,
  refs: readonly ItemRef[],
  planId: Plan['id'],
): Promise<{ conflicts: EditConflict[]; unread: ItemFailure[] }> => {
  if (refs.length === 0) return { conflicts: [], unread: [] };
  let state: PlanState | null = null;
  try {
    state = await readPlanState(ctx, planId, false);
  } catch (error) {
    if (!(error instanceof NotFound))
      return { conflicts: [], unread: refs.map((item) => ({ item, status: 412, message: THEIRS_UNREAD })) };
  }
  const conflicts = refs.map((ref) => {
    if (ref.kind === 'plan')
      return new EditConflict<Plan>(ref, state?.plan ?? null, state?.plan.etag ?? null);
    if (ref.kind === 'target') {
      const theirs = state?.plan.shortTermTargets.find((target) => target.id === ref.id) ?? null;
      return new EditConflict<ShortTermTarget>(ref, theirs, theirs?.etag ?? null);
    }
    const theirs = state ? findEvidence(state.plan, ref.id) : null;
    return new EditConflict<Evidence>(ref, theirs, theirs?.etag ?? null);
  });
  return { conflicts, unread: [] };
};

/**
 * The class dashboard reads target counts kept on the plan item. When targets were added, removed or
 * marked achieved but the plan item's write did not land with them (a colleague saved the plan first,
 * or it stayed throttled), those counts are now wrong: recount from the targets as they are and save
 * the counts alone. Best effort, before conflicts are read so "theirs" carries the newest eTag.
 */
const reconcileCounts = async (ctx: StoreContext, planId: Plan['id'], listId: string): Promise<void> => {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const state = await readPlanState(ctx, planId, false);
      const { targetCount, achievedCount } = summarisePlan(state.plan);
      const counts = { TargetCount: targetCount, AchievedCount: achievedCount };
      const stored = state.storedCounts;
      if (
        stored &&
        stored.targetCount === counts.TargetCount &&
        stored.achievedCount === counts.AchievedCount
      )
        return;
      const [response] = await sendBatch(
        ctx.client,
        [patchFields(ctx.siteId, listId, planId, counts, state.plan.etag)],
        ctx.batch,
      );
      if (response?.status !== 412) return;
    } catch {
      // The next save that changes targets counts them again; the user's own changes are saved.
      return;
    }
  }
};

/** `targetId` overrides the editor's id for evidence on a target that has only just been created. */
const evidenceWrite = (
  ctx: StoreContext,
  listId: string,
  op: EvidenceOperation,
  planId: Plan['id'],
  targetId?: TargetId,
): Write =>
  op.kind === 'create'
    ? {
        request: createItem(
          ctx.siteId,
          listId,
          evidenceToFields(op.evidence, targetId ?? op.targetId, planId),
        ),
        item: { kind: 'evidence', id: op.evidence.id },
        localId: op.evidence.id,
      }
    : {
        request: deleteItem(ctx.siteId, listId, op.evidence.id, op.etag),
        item: { kind: 'evidence', id: op.evidence.id },
        localId: op.evidence.id,
      };

/**
 * Saves only what changed between `base` (as read) and `edited`: the plan item's changed columns,
 * and each target and evidence entry created, changed or deleted, every PATCH and DELETE guarded
 * by that item's eTag. Up to 19 changed targets plus the plan go out as one `$batch`; evidence for
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

  const diff = diffPlan(edited, base);
  if (isEmptyDiff(diff)) return { plan: edited, conflicts: [], failures: [] };
  const [lists, user] = await Promise.all([ctx.listIds(), ctx.currentUser()]);
  const now = ctx.clock.now().toISOString();

  const writes: Write[] = [];
  if (diff.planFields) {
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
    if (op.kind === 'create')
      writes.push({ request: createItem(ctx.siteId, lists.targets, op.fields), item, localId: op.target.id });
    if (op.kind === 'update')
      writes.push({
        request: patchFields(ctx.siteId, lists.targets, op.target.id, op.fields, op.etag),
        item,
        localId: op.target.id,
      });
    if (op.kind === 'delete')
      writes.push({
        request: deleteItem(ctx.siteId, lists.targets, op.target.id, op.etag),
        item,
        localId: op.target.id,
      });
  }
  const later = diff.evidence.filter((op) => op.kind === 'create' && op.targetIsNew);
  for (const op of diff.evidence.filter((candidate) => !later.includes(candidate))) {
    writes.push(evidenceWrite(ctx, lists.evidence, op, base.id));
  }

  const results = await runWrites(ctx, writes);
  const saved = new Map<string, { id: string; etag: string | undefined }>();
  const conflicts: ItemRef[] = [];
  const failures: ItemFailure[] = [];
  const record = (list: typeof results): void => {
    for (const { write, outcome } of list) {
      if (outcome.kind === 'saved')
        saved.set(`${write.item.kind}:${write.localId}`, { id: outcome.id, etag: outcome.etag });
      else if (outcome.kind === 'conflict') conflicts.push(write.item);
      else failures.push(outcome.failure);
    }
  };
  record(results);

  const secondRound = later.flatMap((op) => {
    if (op.kind !== 'create') return [];
    const target = saved.get(`target:${op.targetId}`);
    return target ? [evidenceWrite(ctx, lists.evidence, op, base.id, target.id as TargetId)] : [];
  });
  try {
    record(await runWrites(ctx, secondRound));
  } catch (error) {
    // The first round created the targets: throwing now would hide that, and saving again would create
    // them twice. The evidence is reported per item instead (status 0 when its answer was lost).
    const status = unansweredStatusOf(error);
    const message = error instanceof Error ? error.message : 'No answer.';
    for (const write of secondRound) failures.push({ item: write.item, status, message });
  }

  const planSaved = saved.get(`plan:${base.id}`);
  const countsChanged =
    diff.planFields !== null && ('TargetCount' in diff.planFields || 'AchievedCount' in diff.planFields);
  const targetsSaved = [...saved.keys()].some((key) => key.startsWith('target:'));
  if (countsChanged && !planSaved && targetsSaved) await reconcileCounts(ctx, base.id, lists.plans);
  const plan: Plan = {
    ...edited,
    etag: planSaved ? planSaved.etag : base.etag,
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
  const read = await conflictsFrom(ctx, conflicts, base.id);
  return { plan, conflicts: read.conflicts, failures: [...failures, ...read.unread] };
};
