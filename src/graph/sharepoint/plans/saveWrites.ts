import type { ItemRef } from '../../../domain/errors';
import { isUnknownFailure } from '../../batch';
import { adopt, clientKeyOf, findCreated, unsettledKey, type KeyedCreate } from '../shared/clientKeys';
import type { FieldValues, RawListItem } from '../shared/listItem';
import { createItem, type StoreRequest } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { sentColumnsOf } from '../shared/unsettledCreates';
import type { WriteOutcome } from '../shared/writeResults';

/** One write of a plan save. */
export interface Write {
  readonly request: StoreRequest;
  readonly item: ItemRef;
  /** The id the editor knows the item by (a temporary one for a new target or evidence entry). */
  readonly localId: string;
  /** For a create: its client key and what it sends, remembered if the answer is lost. */
  readonly create?: KeyedCreate & { readonly fields: FieldValues };
  /** For a create an unanswered save already made: the item's id, which this write updates. */
  readonly storedId?: string;
  /** Its unsettled key, forgotten only once this update's outcome is known (its answer may be lost too). */
  readonly settles?: string;
}

/**
 * A create that an earlier, unanswered save did carry out, and that needs no write now: as it is, or
 * (`conflict`) changed by a colleague since, so the user compares before anything more is written.
 */
export interface Adopted {
  readonly item: ItemRef;
  readonly localId: string;
  readonly id: string;
  readonly etag: string | undefined;
  readonly conflict: boolean;
}

/** A create the save is about to make, before its fields (a new target's evidence needs the target's id). */
export interface PlannedCreate {
  readonly listId: string;
  readonly localId: string;
  readonly planId: string;
}

/**
 * The creates of a save, each with its client key: the editor's own id for the item, which it keeps
 * (in its draft too) until the save is confirmed, so "Save again" after a lost answer sends the same
 * key. Keys this store saw no answer for are looked up first, in one request for the whole save; a
 * save with none (the usual case) costs nothing extra.
 */
export class SaveCreates {
  private readonly keys = new Map<string, string>();
  /**
   * Keys this save has an answer for, forgotten only when the save returns: if it throws instead (a
   * later write's answer lost), the caller never learns the stored ids, so "Save again" must find the
   * items by their keys once more rather than create them a second time (soak seed 33292).
   */
  private readonly settling = new Set<string>();

  private constructor(
    private readonly ctx: StoreContext,
    private readonly found: ReadonlyMap<string, RawListItem>,
    /** The pupil whose plan this is: new items go into their folder when the store keeps them. */
    private readonly pupilId: string,
  ) {}

  static async lookUp(
    ctx: StoreContext,
    planned: readonly PlannedCreate[],
    pupilId: string,
  ): Promise<SaveCreates> {
    const creates = new SaveCreates(ctx, new Map(), pupilId);
    const unsettled = planned
      .map((create) => ({
        listId: create.listId,
        clientKey: creates.keyOf(create.localId),
        parent: { PlanId: create.planId },
      }))
      .filter((create) => ctx.unsettled.has(unsettledKey(create.listId, create.clientKey)));
    if (unsettled.length === 0) return creates;
    const withFound = new SaveCreates(ctx, await findCreated(ctx, unsettled), pupilId);
    creates.keys.forEach((key, localId) => withFound.keys.set(localId, key));
    return withFound;
  }

  private keyOf(localId: string): string {
    let key = this.keys.get(localId);
    if (key === undefined) {
      key = clientKeyOf(localId, this.ctx.newId);
      this.keys.set(localId, key);
    }
    return key;
  }

  /**
   * The write creating an item, or, if an unanswered save created it already, that item: as it is, or
   * updated (If-Match) to what the user has now.
   */
  write(listId: string, item: ItemRef, localId: string, fields: FieldValues): Write | Adopted {
    const clientKey = this.keyOf(localId);
    const key = unsettledKey(listId, clientKey);
    const existing = this.found.get(key);
    if (!existing) {
      const parent = { PlanId: String(fields['PlanId'] ?? '') };
      return {
        request: createItem(this.ctx.siteId, listId, fields, clientKey, this.pupilId),
        item,
        localId,
        create: { listId, clientKey, parent, fields },
      };
    }
    const adoption = adopt(this.ctx, listId, existing, fields, this.ctx.unsettled.sentColumns(key));
    if (adoption.kind !== 'update') this.settling.add(key);
    // Named by its stored id, so a conflict on it shows the colleague's version of that item.
    const stored = { ...item, id: adoption.id };
    if (adoption.kind === 'same')
      return { item: stored, localId, id: adoption.id, etag: adoption.etag, conflict: false };
    if (adoption.kind === 'conflict')
      return { item: stored, localId, id: adoption.id, etag: undefined, conflict: true };
    return { request: adoption.request, item: stored, localId, storedId: adoption.id, settles: key };
  }

  /** Creates answered are settled; those without an answer are remembered for the next save. */
  noteOutcomes(results: readonly { write: Write; outcome: WriteOutcome }[]): void {
    for (const { write, outcome } of results) {
      // Settled once the found item's id is the editor's (saved, or refused with their version to merge);
      // after any failure it is still the item the next save must find, not create again.
      if (write.settles !== undefined && outcome.kind !== 'failed') this.settling.add(write.settles);
      if (!write.create) continue;
      const key = unsettledKey(write.create.listId, write.create.clientKey);
      if (outcome.kind === 'failed' && outcome.unknown) {
        this.settling.delete(key);
        this.ctx.unsettled.add(key, sentColumnsOf(write.create.fields));
      } else this.settling.add(key);
    }
  }

  /** The save is returning its result, which carries every stored id: its answered keys are settled. */
  settle(): void {
    for (const key of this.settling) this.ctx.unsettled.delete(key);
  }

  /** The `$batch` carrying these writes failed as a whole: their creates may have landed if no answer came. */
  noteFailure(writes: readonly Write[], error: unknown): void {
    if (!isUnknownFailure(error)) return;
    for (const write of writes)
      if (write.create)
        this.ctx.unsettled.add(
          unsettledKey(write.create.listId, write.create.clientKey),
          sentColumnsOf(write.create.fields),
        );
  }
}

export const isAdopted = (entry: Write | Adopted): entry is Adopted => !('request' in entry);
