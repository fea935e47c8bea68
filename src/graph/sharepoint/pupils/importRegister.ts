import { EditConflict, type ItemRef } from '../../../domain/errors';
import { asPupilId } from '../../../domain/ids';
import type { ItemFailure, ProgressReport, RegisterImportResult, RegisterWrite } from '../../../domain/ports';
import type { Pupil } from '../../../domain/pupil';
import { planFollowUpFor } from '../../../domain/pupilUpdate';
import { pupilRefKey } from '../../../domain/register';
import {
  pupilFromImport,
  pupilUpdatedByImport,
  registerFieldsDiffer,
  type ChangeStamp,
} from '../../../domain/registerImport';
import { readWhileBusy, runBulkWrites, type BulkWrite } from '../shared/bulkWrites';
import { changedFields } from '../shared/changedFields';
import { adopt, findCreated, unsettledKey } from '../shared/clientKeys';
import type { FieldValues, RawListItem } from '../shared/listItem';
import { createItem, patchFields } from '../shared/requests';
import { readTheirItems } from '../shared/theirItems';
import { progressCount } from '../shared/progress';
import type { StoreContext } from '../storeContext';
import { changeStampOf } from './changeStamp';
import { followImportedPupils } from './followImported';
import { importClientKey } from './importKeys';
import { pupilWithEtagFromItem } from './pupilItems';
import { pupilToFields } from './pupilMapper';
import { applyAccessChanges, type PupilAccessChange } from './pupilScopes';

/** What one row of the import will do, once the register has been checked for pupils already made. */
type RowPlan =
  | { readonly kind: 'write'; readonly write: BulkWrite; readonly pupil: Omit<Pupil, 'id' | 'etag'> }
  | { readonly kind: 'added'; readonly pupil: Pupil }
  | { readonly kind: 'conflict'; readonly item: ItemRef }
  | { readonly kind: 'failed'; readonly failure: ItemFailure }
  | { readonly kind: 'alone' };

interface NewRow {
  readonly index: number;
  readonly pupil: Omit<Pupil, 'id' | 'etag'>;
  readonly create: BulkWrite & { readonly create: NonNullable<BulkWrite['create']> };
}

const decodedPupil = (raw: unknown): Pupil | null => {
  const decoded = pupilWithEtagFromItem(raw);
  return decoded.ok ? decoded.value : null;
};

/**
 * A pupil the import would create whose client key is already on the register: made by an earlier
 * attempt whose answer was lost (then adopted, or brought up to date if only this import changed it), or
 * by an earlier import of the same pupil (left alone if it holds what the row says, otherwise shown to
 * the SENCO as a conflict, never created a second time).
 */
const planFound = (ctx: StoreContext, listId: string, row: NewRow, item: RawListItem): RowPlan => {
  const key = unsettledKey(listId, row.create.create.clientKey);
  const theirs = decodedPupil(item);
  const ref: ItemRef = { kind: 'pupil', id: item.id };
  if (!ctx.unsettled.has(key)) {
    if (theirs && !registerFieldsDiffer(row.pupil, theirs)) return { kind: 'alone' };
    return { kind: 'conflict', item: ref };
  }
  const adoption = adopt(ctx, listId, item, row.create.create.fields, ctx.unsettled.sentColumns(key));
  if (adoption.kind === 'conflict') return { kind: 'conflict', item: ref };
  if (adoption.kind === 'same') {
    ctx.unsettled.delete(key);
    return theirs
      ? { kind: 'added', pupil: theirs }
      : { kind: 'failed', failure: { item: ref, status: 422, message: 'The pupil added cannot be read.' } };
  }
  const write: BulkWrite = {
    item: ref,
    listId,
    request: adoption.request,
    patch: { itemId: adoption.id, fields: adoption.request.body as FieldValues },
  };
  return { kind: 'write', write, pupil: row.pupil };
};

const newRows = (
  ctx: StoreContext,
  listId: string,
  rows: readonly RegisterWrite[],
  stamp: ChangeStamp,
): NewRow[] =>
  rows.flatMap((row, index) => {
    if (row.existing !== null) return [];
    const pupil = pupilFromImport(row, stamp);
    const fields = pupilToFields(pupil);
    const clientKey = importClientKey(row.entry.pupilRef);
    return [
      {
        index,
        pupil,
        create: {
          item: { kind: 'pupil', id: row.entry.pupilRef },
          listId,
          request: createItem(ctx.siteId, listId, fields, clientKey),
          create: { clientKey, fields },
        },
      },
    ];
  });

/** Pupil references that more than one new row has: the import cannot tell which is meant. */
const repeatedRefs = (rows: readonly NewRow[]): Set<string> => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of rows) {
    const key = pupilRefKey(row.pupil.pupilRef);
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return repeated;
};

const updatePlan = (
  ctx: StoreContext,
  listId: string,
  existing: Pupil,
  row: RegisterWrite,
  stamp: ChangeStamp,
): RowPlan => {
  const updated = pupilUpdatedByImport(existing, row, stamp);
  if (updated === null) return { kind: 'alone' };
  const fields = changedFields(pupilToFields(updated), pupilToFields(existing)) ?? {};
  const write: BulkWrite = {
    item: { kind: 'pupil', id: existing.id },
    listId,
    request: patchFields(ctx.siteId, listId, existing.id, fields, existing.etag),
    patch: { itemId: existing.id, fields },
  };
  return { kind: 'write', write, pupil: updated };
};

/**
 * Writes a previewed import. New pupils are created with a client key made from their pupil reference,
 * looked up first (one indexed query per 15 keys, 300 to a request), so nothing already on the register
 * from an earlier import or a lost answer is made twice; existing pupils are updated under If-Match
 * their eTag as the preview read it, so a pupil someone changed since is a conflict, never overwritten.
 * Everything is written in `$batch`es of 20; `onProgress` hears after each. An updated pupil's current
 * plans then follow them (a new class, name or reference), as a SENCO's own edit of the pupil does.
 */
export const importRegister = async (
  ctx: StoreContext,
  rows: readonly RegisterWrite[],
  onProgress?: ProgressReport,
): Promise<RegisterImportResult> => {
  const lists = await ctx.listIds();
  const stamp = await changeStampOf(ctx);
  const adds = newRows(ctx, lists.pupils, rows, stamp);
  const repeated = repeatedRefs(adds);
  const found = await readWhileBusy(ctx, () =>
    findCreated(
      ctx,
      adds.map((row) => ({ listId: lists.pupils, clientKey: row.create.create.clientKey, parent: {} })),
    ),
  );
  const plans: RowPlan[] = rows.map((row) =>
    row.existing === null ? { kind: 'alone' } : updatePlan(ctx, lists.pupils, row.existing, row, stamp),
  );
  for (const row of adds) {
    const item = found.get(unsettledKey(lists.pupils, row.create.create.clientKey));
    plans[row.index] = repeated.has(pupilRefKey(row.pupil.pupilRef))
      ? {
          kind: 'failed',
          failure: {
            item: row.create.item,
            status: 400,
            message: 'This pupil reference is on more than one row of the import.',
          },
        }
      : item
        ? planFound(ctx, lists.pupils, row, item)
        : { kind: 'write', write: row.create, pupil: row.pupil };
  }

  const total = rows.length;
  const progress = progressCount(total, onProgress);
  const report = (count: number): void => progress.add(count);
  report(plans.filter((plan) => plan.kind !== 'write').length);
  const writing = plans.flatMap((plan, index) => (plan.kind === 'write' ? [{ plan, index }] : []));
  const outcomes = await runBulkWrites(
    ctx,
    writing.map(({ plan }) => plan.write),
    report,
  );

  const added: Pupil[] = [];
  const updated: Pupil[] = [];
  const conflicted: ItemRef[] = [];
  const failures: ItemFailure[] = [];
  const following: Pupil[] = [];
  // Updated pupils' access follows their class; applyAccessChanges leaves alone those who stayed.
  const moves: PupilAccessChange[] = [];
  for (const plan of plans) {
    if (plan.kind === 'added') added.push(plan.pupil);
    else if (plan.kind === 'conflict') conflicted.push(plan.item);
    else if (plan.kind === 'failed') failures.push(plan.failure);
  }
  writing.forEach(({ plan, index }, position) => {
    const outcome = outcomes[position];
    if (!outcome) return;
    if (outcome.kind === 'failed') failures.push(outcome.failure);
    else if (outcome.kind === 'conflict') conflicted.push({ kind: 'pupil', id: outcome.id });
    else {
      const pupil = {
        ...plan.pupil,
        id: asPupilId(outcome.id),
        ...(outcome.etag ? { etag: outcome.etag } : {}),
      };
      const existing = (rows[index] as RegisterWrite).existing;
      if (existing === null) added.push(pupil);
      else {
        updated.push(pupil);
        if (planFollowUpFor(pupil, existing) === 'follow') following.push(pupil);
        moves.push({
          pupilId: pupil.id,
          classTeamId: pupil.classTeamId,
          fromClassTeamId: existing.classTeamId,
          left: existing.registerStatus === 'left',
        });
      }
    }
  });
  failures.push(...(await followImportedPupils(ctx, following)));
  failures.push(
    ...(await applyAccessChanges(ctx, [
      ...added.map((pupil) => ({ pupilId: pupil.id, classTeamId: pupil.classTeamId })),
      ...moves,
    ])),
  );
  progress.finish();

  const theirs = await readTheirItems(ctx, lists.pupils, conflicted);
  const conflicts: EditConflict<Pupil>[] = [];
  conflicted.forEach((item, index) => {
    const their = theirs[index];
    if (their?.kind === 'unreadable') failures.push(their.failure);
    else {
      const pupil = their?.kind === 'found' ? decodedPupil(their.raw) : null;
      conflicts.push(new EditConflict(item, pupil, pupil?.etag ?? null));
    }
  });
  return { added, updated, conflicts, failures };
};
