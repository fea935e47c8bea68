import { Invalid, ServiceError, type ItemRef } from '../../../domain/errors';
import type { Plan } from '../../../domain/plan';
import { sendBatch, type BatchRequest } from '../../batch';
import { deleteItem } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { conflictIn, theirPlan } from './theirPlan';
import { outcomeOf } from '../shared/writeResults';
import { domainErrorOf } from '../../httpErrors';

interface Removal {
  readonly request: BatchRequest;
  readonly item: ItemRef;
  readonly listId: string;
  readonly itemId: string;
}

/**
 * Deletes a draft plan, in two steps so that nothing is lost when the guard fails: first the plan
 * item, with If-Match, in a `$batch` of its own; only once that has gone are its targets and evidence
 * deleted, together in one `$batch`. (Sub-requests of one `$batch` without `dependsOn` may run in any
 * order, https://learn.microsoft.com/en-us/graph/json-batching, so a refused plan DELETE could not
 * otherwise keep its targets.) A target a colleague changed after the plan had gone (412) belongs to
 * nothing any more and is deleted again without If-Match; a DELETE answered 404 was already done,
 * which makes a retry after a lost answer safe.
 */
export const deleteDraft = async (ctx: StoreContext, draft: Plan): Promise<void> => {
  if (draft.status !== 'draft')
    throw new Invalid([{ path: 'status', message: 'Only a draft can be deleted; this plan is in use.' }], {
      kind: 'plan',
      id: draft.id,
    });
  const lists = await ctx.listIds();
  const planRef: ItemRef = { kind: 'plan', id: draft.id };
  const [planAnswer] = await sendBatch(
    ctx.client,
    [deleteItem(ctx.siteId, lists.plans, draft.id, draft.etag)],
    ctx.batch,
  );
  const planOutcome = outcomeOf(planAnswer as NonNullable<typeof planAnswer>, 'DELETE', planRef);
  // A colleague changed (or deleted) the draft: they are shown what is there now, never told it is gone.
  if (planOutcome.kind === 'conflict') throw conflictIn(await theirPlan(ctx, draft.id), planRef);
  if (planOutcome.kind === 'failed')
    throw domainErrorOf(planAnswer as NonNullable<typeof planAnswer>, planRef);

  // A draft was never agreed, so it is not a record: targets withdrawn from it go with it too.
  const targets = [...draft.shortTermTargets, ...(draft.withdrawnTargets ?? [])];
  const removals: Removal[] = targets.flatMap((target) => [
    ...target.evidence.map((entry) => ({
      request: deleteItem(ctx.siteId, lists.evidence, entry.id, entry.etag),
      item: { kind: 'evidence', id: entry.id } as const,
      listId: lists.evidence,
      itemId: entry.id,
    })),
    {
      request: deleteItem(ctx.siteId, lists.targets, target.id, target.etag),
      item: { kind: 'target', id: target.id } as const,
      listId: lists.targets,
      itemId: target.id,
    },
  ]);
  await removeAll(ctx, removals, true);
};

const removeAll = async (ctx: StoreContext, removals: readonly Removal[], guarded: boolean) => {
  if (removals.length === 0) return;
  const answers = await sendBatch(
    ctx.client,
    removals.map((removal) => removal.request),
    ctx.batch,
  );
  const outcomes = removals.map((removal, index) => ({
    removal,
    outcome: outcomeOf(answers[index] as NonNullable<(typeof answers)[number]>, 'DELETE', removal.item),
  }));
  const changed = outcomes.filter(({ outcome }) => outcome.kind === 'conflict').map((o) => o.removal);
  const failed = outcomes.flatMap(({ outcome }) => (outcome.kind === 'failed' ? [outcome.failure] : []));
  if (failed.length > 0)
    throw new ServiceError(
      failed[0]?.status ?? 500,
      `The draft was deleted, but ${failed.length} of its targets or evidence entries could not be removed. Try again.`,
    );
  if (guarded)
    await removeAll(
      ctx,
      changed.map((removal) => ({
        ...removal,
        request: deleteItem(ctx.siteId, removal.listId, removal.itemId),
      })),
      false,
    );
};
