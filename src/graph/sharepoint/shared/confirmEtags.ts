import { ListItemSchema, etagOf, type FieldValues } from './listItem';
import { readAll } from './reads';
import { getItem } from './requests';
import type { StoreContext } from '../storeContext';

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
