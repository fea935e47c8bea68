import type { DomainError, ItemRef } from '../../../domain/errors';
import {
  isSuccess,
  isUnknownFailure,
  isUnknownOutcome,
  sendBatch,
  unansweredBy,
  type BatchRequest,
  type BatchResponse,
} from '../../batch';
import { findCreated, unsettledKey, type KeyedCreate } from './clientKeys';
import { ListItemSchema, etagOf, type FieldValues } from './listItem';
import { createItem, deleteItem } from './requests';
import { sendStoreBatch } from './folderCreates';
import type { StoreContext } from '../storeContext';
import { domainErrorOf } from '../../httpErrors';

export interface Created {
  readonly id: string;
  readonly etag: string | undefined;
}

/** The id and eTag of an item a POST created. */
export const createdOf = (response: BatchResponse): Created | null => {
  const item = ListItemSchema.safeParse(response.body);
  return item.success ? { id: item.data.id, etag: etagOf(item.data) } : null;
};

export interface CreateStep extends KeyedCreate {
  readonly fields: FieldValues;
  readonly item: ItemRef;
  /** The pupil the item belongs to: created in their folder when the store keeps them. */
  readonly pupilId?: string;
}

/** Rounds of "look up, then send what was not found" before a create with no answer is given up. */
const CREATE_ROUNDS = 3;

type Undo = BatchRequest | (() => Promise<BatchRequest | null>);

/**
 * Writes that build one thing together (a plan version, its targets, their evidence). Every item
 * created is remembered, so if a later step fails they can all be deleted again.
 */
export class WriteTransaction {
  private readonly undo: Undo[] = [];
  /** Creates given up with no answer: they may exist, so a rollback looks them up to delete them too. */
  private readonly unsettled: CreateStep[] = [];

  constructor(private readonly ctx: StoreContext) {}

  private adopted(step: CreateStep, item: Created): Created {
    this.ctx.unsettled.delete(unsettledKey(step.listId, step.clientKey));
    this.undo.push(deleteItem(this.ctx.siteId, step.listId, item.id, item.etag));
    return item;
  }

  /**
   * Runs creates as `$batch`es; returns what each created, or throws the first failure (after noting
   * the rest). A create with no answer is looked up by its client key and sent again only if it is not
   * there, as is one this store sent before without learning the outcome.
   */
  async create(steps: readonly CreateStep[]): Promise<Created[]> {
    const ctx = this.ctx;
    const created: (Created | null)[] = steps.map(() => null);
    let pending = steps.map((_, index) => index);
    let lookUp = pending.filter((index) => {
      const step = steps[index] as CreateStep;
      return ctx.unsettled.has(unsettledKey(step.listId, step.clientKey));
    });
    for (let round = 1; pending.length > 0; round += 1) {
      if (lookUp.length > 0) {
        const lookingUp = lookUp.map((index) => steps[index] as CreateStep);
        const found = await findCreated(ctx, lookingUp).catch((error: unknown) => {
          if (round > 1) this.giveUp(lookingUp);
          throw error;
        });
        for (const index of lookUp) {
          const step = steps[index] as CreateStep;
          const item = found.get(unsettledKey(step.listId, step.clientKey));
          if (item) created[index] = this.adopted(step, { id: item.id, etag: etagOf(item) });
        }
        pending = pending.filter((index) => created[index] === null);
        if (pending.length === 0) break;
      }
      const sending = pending.map((index) => steps[index] as CreateStep);
      let responses: BatchResponse[];
      try {
        responses = await sendStoreBatch(
          ctx,
          sending.map((step) =>
            createItem(ctx.siteId, step.listId, step.fields, step.clientKey, step.pupilId),
          ),
        );
      } catch (error) {
        if (!isUnknownFailure(error)) throw error;
        responses = sending.map(() => unansweredBy(error));
        if (round >= CREATE_ROUNDS) {
          this.giveUp(sending);
          throw error;
        }
      }
      let failure: DomainError | null = null;
      const unknown: number[] = [];
      responses.forEach((response, position) => {
        const index = pending[position] as number;
        const step = steps[index] as CreateStep;
        const item = isSuccess(response) ? createdOf(response) : null;
        if (item) created[index] = this.adopted(step, item);
        else if (isUnknownOutcome(response)) {
          unknown.push(index);
          if (round >= CREATE_ROUNDS) failure ??= domainErrorOf(response, step.item);
        } else failure ??= domainErrorOf(response, step.item);
      });
      if (failure) {
        this.giveUp(unknown.map((index) => steps[index] as CreateStep));
        throw failure;
      }
      pending = unknown;
      lookUp = unknown;
    }
    return created as Created[];
  }

  private giveUp(steps: readonly CreateStep[]): void {
    for (const step of steps) this.ctx.unsettled.add(unsettledKey(step.listId, step.clientKey));
    this.unsettled.push(...steps);
  }

  /**
   * Remembers how to reverse a change made outside `create` (e.g. reopening a closed plan); a function
   * when the request needs something read first, answering null when it cannot be made safely.
   */
  onUndo(undo: Undo): void {
    this.undo.push(undo);
  }

  /** Deletes of creates given up with no answer that did land after all. */
  private async unsettledDeletes(): Promise<BatchRequest[] | null> {
    if (this.unsettled.length === 0) return [];
    try {
      const found = await findCreated(this.ctx, this.unsettled);
      return this.unsettled.flatMap((step) => {
        const key = unsettledKey(step.listId, step.clientKey);
        const item = found.get(key);
        this.ctx.unsettled.delete(key);
        return item ? [deleteItem(this.ctx.siteId, step.listId, item.id, etagOf(item))] : [];
      });
    } catch {
      return null;
    }
  }

  /**
   * Best-effort undo, newest first, then rethrows the cause. If something could not be undone the
   * message says so rather than hiding it.
   */
  async rollback(cause: unknown): Promise<never> {
    const undo = [...this.undo].reverse();
    this.undo.length = 0;
    const fromUnsettled = await this.unsettledDeletes();
    let leftOver = fromUnsettled === null ? this.unsettled.length : 0;
    this.unsettled.length = 0;
    const requests: BatchRequest[] = [...(fromUnsettled ?? [])];
    for (const step of undo) {
      const request = typeof step === 'function' ? await step().catch(() => null) : step;
      if (request) requests.push(request);
      else leftOver += 1;
    }
    if (requests.length > 0) {
      try {
        const responses = await sendBatch(this.ctx.client, requests, this.ctx.batch);
        leftOver += responses.filter((response) => !isSuccess(response) && response.status !== 404).length;
      } catch {
        leftOver += requests.length;
      }
    }
    if (leftOver > 0 && cause instanceof Error) {
      cause.message = `${cause.message} ${leftOver} partly saved item(s) could not be removed; ask your SENCO to check the IEP lists.`;
    }
    throw cause;
  }
}
