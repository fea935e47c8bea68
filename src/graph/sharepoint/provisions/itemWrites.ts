import { EditConflict, ServiceError, type ItemRef } from '../../../domain/errors';
import { sendBatch } from '../../batch';
import { domainErrorOf } from '../../httpErrors';
import { changedFields } from '../shared/changedFields';
import { confirmEtags } from '../shared/confirmEtags';
import type { FieldValues, ItemDecode } from '../shared/listItem';
import { readAll } from '../shared/reads';
import { deleteItem, getItem, patchFields } from '../shared/requests';
import { readTheirs } from '../shared/theirs';
import { outcomeOf, patchedEtagOf } from '../shared/writeResults';
import { WriteTransaction } from '../shared/writeTransaction';
import type { StoreContext } from '../storeContext';

/** How one kind of item is read from and written to its list. */
export interface ItemKind<T extends { readonly id: string; readonly etag?: string | undefined }> {
  readonly ref: (id: string) => ItemRef;
  readonly fromItem: (raw: unknown) => ItemDecode<T>;
  readonly toFields: (value: Omit<T, 'id' | 'etag'>) => FieldValues;
}

const withEtag = <T extends { readonly etag?: string | undefined }>(
  value: T,
  etag: string | undefined,
): T => {
  const { etag: _, ...rest } = value;
  return (etag === undefined ? rest : { ...rest, etag }) as T;
};

/** The stored item, as its mapper reads it; NotFound when it is gone. */
export const readItem = async <T extends { readonly id: string; readonly etag?: string | undefined }>(
  ctx: StoreContext,
  listId: string,
  kind: ItemKind<T>,
  id: string,
): Promise<T> => {
  const [raw] = await readAll(
    ctx.client,
    [{ request: getItem(ctx.siteId, listId, id), item: kind.ref(id) }],
    ctx.batch,
  );
  const decoded = kind.fromItem(raw);
  if (!decoded.ok)
    throw new ServiceError(422, `${decoded.problem.field} cannot be read: ${decoded.problem.message}`);
  return decoded.value;
};

/**
 * Creates one item with a client key made before the first attempt, so an answer lost on the way back is
 * looked up rather than sent again (shared/writeTransaction.ts); answers it with its new id and eTag.
 */
export const createOne = async <T extends { readonly id: string; readonly etag?: string | undefined }>(
  ctx: StoreContext,
  listId: string,
  kind: ItemKind<T>,
  value: Omit<T, 'id' | 'etag'>,
  label: string,
): Promise<T> => {
  const [created] = await new WriteTransaction(ctx).create([
    {
      listId,
      fields: kind.toFields(value),
      clientKey: ctx.newId(),
      parent: {},
      item: kind.ref(label),
    },
  ]);
  if (!created) throw new ServiceError(502, 'Microsoft 365 did not say which item it created.');
  return withEtag({ ...value, id: created.id } as T, created.etag);
};

const conflictOn = async <T extends { readonly id: string; readonly etag?: string | undefined }>(
  ctx: StoreContext,
  listId: string,
  kind: ItemKind<T>,
  id: string,
): Promise<EditConflict<T>> => {
  const theirs = await readTheirs(() => readItem(ctx, listId, kind, id));
  return new EditConflict<T>(kind.ref(id), theirs, theirs?.etag ?? null);
};

/** The item's eTag if it holds exactly `value` (see `confirmEtags`); undefined otherwise. */
const etagIfHolding = async <T extends { readonly id: string; readonly etag?: string | undefined }>(
  ctx: StoreContext,
  listId: string,
  kind: ItemKind<T>,
  value: T,
): Promise<string | undefined> => {
  const etags = await confirmEtags(ctx, [
    {
      listId,
      itemId: value.id,
      fields: kind.toFields(value),
      fieldsOf: (raw) => {
        const read = kind.fromItem(raw);
        return read.ok ? kind.toFields(read.value) : null;
      },
    },
  ]);
  return etags.get(`${listId}/${value.id}`);
};

/**
 * Saves the columns that differ from `base`, under If-Match `base.etag`: someone's save since is an
 * EditConflict carrying their version, never overwritten. Never written without If-Match.
 */
export const saveOne = async <T extends { readonly id: string; readonly etag?: string | undefined }>(
  ctx: StoreContext,
  listId: string,
  kind: ItemKind<T>,
  edited: T,
  base: T,
): Promise<T> => {
  const ref = kind.ref(base.id);
  const fields = changedFields(kind.toFields(edited), kind.toFields(base));
  if (fields === null) return withEtag({ ...edited, id: base.id }, base.etag);
  if (base.etag === undefined) throw await conflictOn(ctx, listId, kind, base.id);
  const [response] = await sendBatch(
    ctx.client,
    [patchFields(ctx.siteId, listId, base.id, fields, base.etag)],
    ctx.batch,
  );
  if (!response) throw new ServiceError(502, 'Microsoft 365 did not answer for the item being saved.');
  const outcome = outcomeOf(response, 'PATCH', ref);
  if (outcome.kind === 'conflict') throw await conflictOn(ctx, listId, kind, base.id);
  if (outcome.kind === 'failed') throw domainErrorOf(response, ref);
  const saved = { ...edited, id: base.id };
  return withEtag(saved, patchedEtagOf(response) ?? (await etagIfHolding(ctx, listId, kind, saved)));
};

/** Deletes the item under If-Match its eTag: changed since it was read is an EditConflict; gone already is done. */
export const deleteOne = async <T extends { readonly id: string; readonly etag?: string | undefined }>(
  ctx: StoreContext,
  listId: string,
  kind: ItemKind<T>,
  value: T,
): Promise<void> => {
  const ref = kind.ref(value.id);
  if (value.etag === undefined) throw await conflictOn(ctx, listId, kind, value.id);
  const [response] = await sendBatch(
    ctx.client,
    [deleteItem(ctx.siteId, listId, value.id, value.etag)],
    ctx.batch,
  );
  if (!response) throw new ServiceError(502, 'Microsoft 365 did not answer for the item being removed.');
  const outcome = outcomeOf(response, 'DELETE', ref);
  if (outcome.kind === 'conflict') throw await conflictOn(ctx, listId, kind, value.id);
  if (outcome.kind === 'failed') throw domainErrorOf(response, ref);
};
