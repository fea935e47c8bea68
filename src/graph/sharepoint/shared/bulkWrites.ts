import type { ItemRef } from '../../../domain/errors';
import type { ItemFailure } from '../../../domain/ports';
import {
  isSuccess,
  isUnknownFailure,
  isUnknownOutcome,
  sendBatch,
  unansweredBy,
  type BatchRequest,
  type BatchResponse,
} from '../../batch';
import { DEFAULT_BACKOFF, REAL_TIMING, retryDelaySeconds } from '../../backoff';
import { Throttled } from '../../../domain/errors';
import { toDomainError } from '../../httpErrors';
import { adopt, findCreated, unsettledKey } from './clientKeys';
import { ListItemSchema, etagOf, type FieldValues } from './listItem';
import { sendStoreBatch } from './folderCreates';
import { getItem, type StoreRequest } from './requests';
import type { StoreContext } from '../storeContext';
import { fingerprintOf, sentColumnsOf } from './unsettledCreates';
import { createdOf } from './writeTransaction';
import { outcomeOf } from './writeResults';

/** One independent write of a long piece of work (an import, the rollover). */
export interface BulkWrite {
  readonly item: ItemRef;
  readonly listId: string;
  /** A create given its pupil goes into their folder when the store keeps them (shared/folderCreates.ts). */
  readonly request: StoreRequest;
  /** For a create: its client key and columns, to find it again if the answer is lost. */
  readonly create?: { readonly clientKey: string; readonly fields: FieldValues };
  /** For a PATCH: the item and the columns it sends, to read back if the answer is lost. */
  readonly patch?: { readonly itemId: string; readonly fields: FieldValues };
}

export type BulkOutcome =
  | { readonly kind: 'saved'; readonly id: string; readonly etag: string | undefined }
  | { readonly kind: 'conflict'; readonly id: string }
  | { readonly kind: 'failed'; readonly failure: ItemFailure };

/** Sends of one write whose answers were all lost before it is reported as failed (and remembered). */
const UNKNOWN_TRIES = 3;
/** Rounds of "check what was lost, send what is left"; each is one pass through `sendBatch`. */
const MAX_ROUNDS = 8;

const failed = (item: ItemRef, status: number, message: string): BulkOutcome => ({
  kind: 'failed',
  failure: { item, status, message },
});

/** SharePoint leaves empty columns out and may add others: compare as the plain text the store writes. */
const plainValue = (value: unknown): FieldValues[string] =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : '';

/**
 * A `$batch` call refused as a whole for being too many (after the client's own retries): nothing in it
 * was done, so the work waits as Graph asks, or backs off, and goes on in the next round.
 */
const busy = (error: unknown): error is Throttled => error instanceof Throttled;

const waitOut = async (ctx: StoreContext, round: number, error: Throttled): Promise<void> => {
  const timing = { ...REAL_TIMING, ...(ctx.batch.sleep ? { sleep: ctx.batch.sleep } : {}) };
  const seconds = retryDelaySeconds(
    round + 1,
    error.retryAfterSeconds === null ? undefined : String(error.retryAfterSeconds),
    { ...DEFAULT_BACKOFF, ...ctx.batch.backoff },
    { ...timing, ...(ctx.batch.random ? { random: ctx.batch.random } : {}) },
  );
  await timing.sleep(seconds * 1000);
};

/** Reads long work starts with, tried again when Graph is too busy to answer (they change nothing). */
const BUSY_TRIES = 6;

export const readWhileBusy = async <T>(ctx: StoreContext, read: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (!busy(error) || attempt >= BUSY_TRIES) throw error;
      await waitOut(ctx, attempt, error);
    }
  }
};

/**
 * Parts never carried out, to send in the next round: never sent, or still throttled when `sendBatch`
 * gave up on them (its attempts spent, or a later call of it failed before it could resend them).
 */
const sendAgain = (response: BatchResponse): boolean =>
  response.unanswered?.kind === 'notSent' || response.status === 429 || response.status === 503;

const methodOf = (request: BatchRequest): 'POST' | 'PATCH' | 'DELETE' =>
  request.method === 'GET' ? 'PATCH' : request.method;

/**
 * Writes that each stand alone, sent as `$batch`es of 20 (throttled parts resent by `sendBatch`), none
 * thrown: each ends saved, a conflict (412, or a PATCH of an item now gone) or failed. A write whose
 * answer was lost is never simply sent again: a create is looked up by its client key and adopted if it
 * landed; a PATCH is read back and counts as saved if the item holds what it sent (sent again otherwise,
 * under the same If-Match, so a colleague's change since is a conflict, not overwritten). `onFinished`
 * is told after each `$batch` call how many more writes have their outcome.
 */
export const runBulkWrites = async (
  ctx: StoreContext,
  writes: readonly BulkWrite[],
  onFinished: (count: number) => void = () => undefined,
): Promise<BulkOutcome[]> => {
  const outcomes: (BulkOutcome | null)[] = writes.map(() => null);
  const requests: StoreRequest[] = writes.map((write) => write.request);
  const patches = writes.map((write) => write.patch);
  const lostTries = writes.map(() => 0);
  let lost = new Set<number>();

  const settle = (index: number, outcome: BulkOutcome): void => {
    outcomes[index] = outcome;
    const create = (writes[index] as BulkWrite).create;
    if (create && outcome.kind !== 'failed')
      ctx.unsettled.delete(unsettledKey((writes[index] as BulkWrite).listId, create.clientKey));
  };

  const checkLostCreates = async (indexes: readonly number[]): Promise<void> => {
    if (indexes.length === 0) return;
    const keyed = indexes.map((index) => {
      const write = writes[index] as BulkWrite;
      const create = write.create as NonNullable<BulkWrite['create']>;
      return { index, write, create, key: unsettledKey(write.listId, create.clientKey) };
    });
    const found = await findCreated(
      ctx,
      keyed.map(({ write, create }) => ({ listId: write.listId, clientKey: create.clientKey, parent: {} })),
    );
    for (const { index, write, create, key } of keyed) {
      const item = found.get(key);
      if (!item) continue;
      const adoption = adopt(ctx, write.listId, item, create.fields, sentColumnsOf(create.fields));
      if (adoption.kind === 'same') settle(index, { kind: 'saved', id: adoption.id, etag: adoption.etag });
      else if (adoption.kind === 'conflict') settle(index, { kind: 'conflict', id: adoption.id });
      else {
        requests[index] = adoption.request;
        patches[index] = { itemId: adoption.id, fields: adoption.request.body as FieldValues };
      }
      if (adoption.kind !== 'update') onFinished(1);
    }
  };

  const checkLostPatches = async (indexes: readonly number[]): Promise<void> => {
    if (indexes.length === 0) return;
    const reads = indexes.map((index) => {
      const patch = patches[index] as NonNullable<BulkWrite['patch']>;
      return getItem(ctx.siteId, (writes[index] as BulkWrite).listId, patch.itemId);
    });
    const answers = await sendBatch(ctx.client, reads, ctx.batch);
    indexes.forEach((index, position) => {
      const answer = answers[position] as BatchResponse;
      const patch = patches[index] as NonNullable<BulkWrite['patch']>;
      if (answer.status === 404) {
        settle(index, { kind: 'conflict', id: patch.itemId });
        onFinished(1);
        return;
      }
      const item = isSuccess(answer) ? ListItemSchema.safeParse(answer.body) : null;
      if (!item?.success) return;
      const landed = Object.entries(patch.fields).every(
        ([column, value]) =>
          fingerprintOf(value ?? '') === fingerprintOf(plainValue(item.data.fields[column])),
      );
      if (landed) {
        settle(index, { kind: 'saved', id: patch.itemId, etag: etagOf(item.data) });
        onFinished(1);
      }
    });
  };

  const noteLost = (index: number, response: BatchResponse): void => {
    const write = writes[index] as BulkWrite;
    lostTries[index] = (lostTries[index] ?? 0) + 1;
    if (write.create)
      ctx.unsettled.add(
        unsettledKey(write.listId, write.create.clientKey),
        sentColumnsOf(write.create.fields),
      );
    if ((lostTries[index] ?? 0) < UNKNOWN_TRIES) {
      lost.add(index);
      return;
    }
    settle(
      index,
      failed(write.item, response.status, response.unanswered?.error.message ?? 'No answer came.'),
    );
    onFinished(1);
  };

  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const checking = [...lost];
    lost = new Set();
    try {
      await checkLostCreates(checking.filter((index) => writes[index]?.create && !patches[index]));
      await checkLostPatches(checking.filter((index) => patches[index] !== undefined));
    } catch {
      // The look-up itself failed: nothing about these writes is known yet, so none is sent blind.
      for (const index of checking) if (outcomes[index] === null) lost.add(index);
      continue;
    }
    const sending = outcomes.flatMap((outcome, index) => (outcome === null ? [index] : []));
    if (sending.length === 0) break;
    let responses: BatchResponse[];
    try {
      responses = await sendStoreBatch(
        ctx,
        sending.map((index) => requests[index] as StoreRequest),
        {
          ...ctx.batch,
          onSettled: (answers) =>
            onFinished(
              [...answers.values()].filter((answer) => !isUnknownOutcome(answer) && !sendAgain(answer))
                .length,
            ),
        },
      );
    } catch (error) {
      if (busy(error)) {
        await waitOut(ctx, round, error);
        continue;
      }
      if (!isUnknownFailure(error)) {
        const refusal = toDomainError(error);
        for (const index of sending) {
          settle(index, failed((writes[index] as BulkWrite).item, 0, refusal.message));
        }
        onFinished(sending.length);
        break;
      }
      responses = sending.map(() => unansweredBy(error));
    }
    sending.forEach((index, position) => {
      const response = responses[position] as BatchResponse;
      const write = writes[index] as BulkWrite;
      if (sendAgain(response)) return;
      if (isUnknownOutcome(response)) {
        noteLost(index, response);
        return;
      }
      const request = requests[index] as BatchRequest;
      const outcome = outcomeOf(response, methodOf(request), write.item);
      if (outcome.kind === 'failed') settle(index, { kind: 'failed', failure: outcome.failure });
      else if (outcome.kind === 'conflict')
        settle(index, { kind: 'conflict', id: patches[index]?.itemId ?? write.item.id });
      else if (request.method === 'POST') {
        const created = createdOf(response);
        settle(
          index,
          created
            ? { kind: 'saved', ...created }
            : failed(write.item, response.status, 'Microsoft 365 did not say which item it created.'),
        );
      } else settle(index, { kind: 'saved', id: patches[index]?.itemId ?? outcome.id, etag: outcome.etag });
    });
  }
  return outcomes.map(
    (outcome, index) =>
      outcome ?? failed((writes[index] as BulkWrite).item, 0, 'This change was not sent. Try again.'),
  );
};
