import type { DomainError, ItemRef } from '../../domain/errors';
import { isSuccess, sendBatch, type BatchRequest, type BatchResponse } from '../batch';
import { ListItemSchema, etagOf, type FieldValues } from './mappers/common';
import { failureOf, readAll } from './reads';
import { deleteItem, getItem } from './requests';
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

/** An item just written whose answer carried no eTag, and what it should now hold. */
export interface UnconfirmedWrite {
  readonly listId: string;
  readonly itemId: string;
  /** The item's columns as this client believes them to be after its write. */
  readonly fields: FieldValues;
  /** The stored item's columns, read back through the same mapper (null if unreadable). */
  readonly fieldsOf: (raw: unknown) => FieldValues | null;
}

/** Columns worked out from other items (the plan's target counts): they may move on under anyone. */
const DERIVED_COLUMNS: ReadonlySet<string> = new Set(['TargetCount', 'AchievedCount']);

const sameFields = (mine: FieldValues, stored: FieldValues): boolean =>
  Object.entries(mine).every(([column, value]) => DERIVED_COLUMNS.has(column) || stored[column] === value);

/**
 * SharePoint sometimes answers a PATCH of `fields` without `@odata.etag`. Writing the item again without
 * If-Match could overwrite a colleague unseen, so its eTag is read back at once, and adopted only if the
 * item holds exactly what this client wrote (then nothing of anyone else's can be lost by writing on
 * top of it). Otherwise, or if it cannot be read, the eTag stays unknown: the next write of the item
 * is then refused as a conflict rather than sent without If-Match.
 */
export const confirmEtags = async (
  ctx: StoreContext,
  writes: readonly UnconfirmedWrite[],
): Promise<Map<string, string | undefined>> => {
  const confirmed = new Map<string, string | undefined>();
  if (writes.length === 0) return confirmed;
  let items: unknown[];
  try {
    items = await readAll(
      ctx.client,
      writes.map((write) => ({
        request: getItem(ctx.siteId, write.listId, write.itemId),
        item: { kind: 'list', id: write.listId },
      })),
      ctx.batch,
    );
  } catch {
    return confirmed;
  }
  writes.forEach((write, index) => {
    const raw = items[index];
    const item = ListItemSchema.safeParse(raw);
    const stored = write.fieldsOf(raw);
    if (item.success && stored && sameFields(write.fields, stored))
      confirmed.set(`${write.listId}/${write.itemId}`, etagOf(item.data));
  });
  return confirmed;
};
