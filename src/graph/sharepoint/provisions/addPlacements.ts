import { Invalid, type ItemRef } from '../../../domain/errors';
import { formatUkDate } from '../../../domain/dates';
import type { ItemFailure, ProgressReport } from '../../../domain/ports';
import { PlacementSchema, type NewPlacement, type Placement } from '../../../domain/provision';
import type { PlacementsResult } from '../../../domain/provisionPorts';
import { runBulkWrites, type BulkWrite } from '../shared/bulkWrites';
import { findCreated, unsettledKey } from '../shared/clientKeys';
import { progressCount } from '../shared/progress';
import { createItem } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { newPlacementFields, placementFromItem } from './placementMapper';
import { readyPlacementFolders } from './placementFolders';

type PlacementValue = Omit<Placement, 'id' | 'etag'>;

/**
 * A pupil is on a provision once in a term, so the key is made from exactly that: a create whose answer
 * was lost, a retry after a reload, or a second SENCO adding the same pupil all find the one item.
 */
export const placementKey = (placement: Pick<Placement, 'provisionId' | 'pupilId' | 'term'>): string =>
  `placement-${placement.provisionId}-${placement.pupilId}-${placement.term}`;

const BATCH = 20;

const checkedAll = (placements: readonly NewPlacement[]): PlacementValue[] => {
  const schema = PlacementSchema.omit({ id: true, etag: true });
  const issues = placements.flatMap((placement, index) => {
    const parsed = schema.safeParse(placement);
    return parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: [String(index), ...issue.path.map(String)].join('.'),
          message: issue.message,
        }));
  });
  if (issues.length > 0) throw new Invalid(issues);
  return placements.map((placement) => schema.parse(placement));
};

const sameAttendance = (a: PlacementValue, b: PlacementValue): boolean =>
  a.start === b.start && a.end === b.end && a.group === b.group;

const refOf = (value: PlacementValue): ItemRef => ({ kind: 'pupil', id: value.pupilId });

/**
 * Puts pupils on provisions. Each placement's key is looked up first (one indexed query per 15, all in
 * one `$batch`): a pupil already on the provision that term is reported, or taken as added when the dates
 * and group agree, never made twice. The rest go into each pupil's folder when the store keeps them
 * (made ready first, placementFolders.ts), in `$batch`es of 20 with progress after each; a lost answer
 * is looked up by its key before anything is sent again (shared/bulkWrites.ts).
 */
export const addPlacements = async (
  ctx: StoreContext,
  placements: readonly NewPlacement[],
  onProgress: ProgressReport | undefined,
  readyFolders: Set<string>,
): Promise<PlacementsResult> => {
  const values = checkedAll(placements);
  const progress = progressCount(values.length, onProgress);
  const lists = await ctx.listIds();
  const listId = lists.placements;
  const added: Placement[] = [];
  const failures: ItemFailure[] = [];

  const seen = new Set<string>();
  const unique = values.filter((value) => {
    const key = placementKey(value);
    if (seen.has(key)) {
      failures.push({
        item: refOf(value),
        status: 409,
        message: 'This pupil is listed twice for this provision.',
      });
      progress.add(1);
      return false;
    }
    seen.add(key);
    return true;
  });

  const found = await findCreated(
    ctx,
    unique.map((value) => ({ listId, clientKey: placementKey(value), parent: {} })),
  );
  const toCreate = unique.filter((value) => {
    const item = found.get(unsettledKey(listId, placementKey(value)));
    if (!item) return true;
    const stored = placementFromItem(item);
    if (stored.ok && sameAttendance(stored.value, value)) added.push(stored.value);
    else
      failures.push({
        item: refOf(value),
        status: 409,
        message: stored.ok
          ? `This pupil is already on this provision this term (${formatUkDate(stored.value.start)} to ${formatUkDate(stored.value.end)}). Change those dates instead.`
          : 'This pupil is already on this provision this term.',
      });
    ctx.unsettled.delete(unsettledKey(listId, placementKey(value)));
    progress.add(1);
    return false;
  });

  const unready = await readyPlacementFolders(
    ctx,
    toCreate.map((value) => value.pupilId),
    readyFolders,
  );
  const writes = toCreate.flatMap((value): { value: PlacementValue; write: BulkWrite }[] => {
    const problem = unready.get(value.pupilId);
    if (problem !== undefined) {
      failures.push({ item: refOf(value), status: 403, message: problem });
      progress.add(1);
      return [];
    }
    const fields = newPlacementFields(value);
    const clientKey = placementKey(value);
    return [
      {
        value,
        write: {
          item: refOf(value),
          listId,
          request: createItem(ctx.siteId, listId, fields, clientKey, value.pupilId),
          create: { clientKey, fields },
        },
      },
    ];
  });

  for (let from = 0; from < writes.length; from += BATCH) {
    const chunk = writes.slice(from, from + BATCH);
    const outcomes = await runBulkWrites(
      ctx,
      chunk.map(({ write }) => write),
    );
    outcomes.forEach((outcome, index) => {
      const { value, write } = chunk[index] as (typeof chunk)[number];
      if (outcome.kind === 'saved')
        added.push({
          ...value,
          id: outcome.id as Placement['id'],
          ...(outcome.etag ? { etag: outcome.etag } : {}),
        });
      else if (outcome.kind === 'conflict')
        failures.push({
          item: write.item,
          status: 409,
          message: 'Someone else put this pupil on the provision with other dates while this was saving.',
        });
      else failures.push(outcome.failure);
    });
    progress.add(chunk.length);
  }
  progress.finish();
  return { added, failures };
};
