import type { DomainError, ItemRef } from '../../domain/errors';
import { isSuccess, sendBatch, type BatchRequest, type BatchResponse } from '../batch';
import { ListItemSchema, etagOf } from './mappers/common';
import { failureOf } from './reads';
import { deleteItem } from './requests';
import type { StoreContext } from './storeContext';

export interface Created {
  readonly id: string;
  readonly etag: string | undefined;
}

/** The id and eTag of an item a POST created. */
export const createdOf = (response: BatchResponse): Created | null => {
  const item = ListItemSchema.safeParse(response.body);
  return item.success ? { id: item.data.id, etag: etagOf(item.data) } : null;
};

/** The new eTag after a PATCH of `fields` (Graph answers with the fieldValueSet). */
export const patchedEtagOf = (response: BatchResponse): string | undefined => {
  const body = response.body;
  if (body && typeof body === 'object' && '@odata.etag' in body && typeof body['@odata.etag'] === 'string') {
    return body['@odata.etag'];
  }
  return undefined;
};

export interface CreateStep {
  readonly listId: string;
  readonly request: BatchRequest;
  readonly item: ItemRef;
}

/**
 * Writes that build one thing together (a plan version, its targets, their evidence). Every item
 * created is remembered, so if a later step fails they can all be deleted again.
 */
export class WriteTransaction {
  private readonly undo: BatchRequest[] = [];

  constructor(private readonly ctx: StoreContext) {}

  /** Runs creates as `$batch`es; returns what each created, or throws the first failure (after noting the rest). */
  async create(steps: readonly CreateStep[]): Promise<Created[]> {
    if (steps.length === 0) return [];
    const responses = await sendBatch(
      this.ctx.client,
      steps.map((step) => step.request),
      this.ctx.batch,
    );
    const created: Created[] = [];
    let failure: DomainError | null = null;
    responses.forEach((response, index) => {
      const step = steps[index] as CreateStep;
      const item = isSuccess(response) ? createdOf(response) : null;
      if (item) {
        created.push(item);
        this.undo.push(deleteItem(this.ctx.siteId, step.listId, item.id));
      } else failure ??= failureOf(response, step.item);
    });
    if (failure) throw failure;
    return created;
  }

  /** Remembers how to reverse a change made outside `create` (e.g. reopening a closed plan). */
  onUndo(request: BatchRequest): void {
    this.undo.push(request);
  }

  /**
   * Best-effort undo, newest first, then rethrows the cause. If something could not be undone the
   * message says so rather than hiding it.
   */
  async rollback(cause: unknown): Promise<never> {
    const requests = [...this.undo].reverse();
    this.undo.length = 0;
    if (requests.length > 0) {
      let leftOver = requests.length;
      try {
        const responses = await sendBatch(this.ctx.client, requests, this.ctx.batch);
        leftOver = responses.filter((response) => !isSuccess(response) && response.status !== 404).length;
      } catch {
        // Counted below: nothing was confirmed undone.
      }
      if (leftOver > 0 && cause instanceof Error) {
        cause.message = `${cause.message} ${leftOver} partly saved item(s) could not be removed; ask your SENCO to check the IEP lists.`;
      }
    }
    throw cause;
  }
}
