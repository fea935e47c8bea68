import { ServiceError } from '../../../domain/errors';
import type { PlanFollowUp } from '../../../domain/pupilUpdate';
import { planPupilOf } from '../../../domain/pupilUpdate';
import type { Pupil } from '../../../domain/pupil';
import { sendBatch } from '../../batch';
import { domainErrorOf } from '../../httpErrors';
import { CLOSED_VERSION_KEYS, planPupilFields, planSummaryFromItem } from '../plans/planMapper';
import { ListItemSchema, type FieldValues } from '../shared/listItem';
import { readAll } from '../shared/reads';
import { patchFields, queryItems } from '../shared/requests';
import { outcomeOf } from '../shared/writeResults';
import type { WriteTransaction } from '../shared/writeTransaction';
import type { StoreContext } from '../storeContext';

/** Rounds of "read the current versions, write them" before a plan saved under us every time is given up. */
const FOLLOW_ROUNDS = 3;

interface CurrentVersion {
  readonly id: string;
  readonly etag: string | undefined;
  /** The columns this write changes, as the item held them: what an undo puts back. */
  readonly before: FieldValues;
  readonly after: FieldValues;
}

const asFieldValue = (value: unknown): FieldValues[string] =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : '';

/** The pupil's current (draft or active) versions, read fresh by the indexed PupilId column. */
const currentVersions = async (
  ctx: StoreContext,
  listId: string,
  pupil: Pupil,
  columnsFor: (version: number) => FieldValues,
): Promise<CurrentVersion[]> => {
  const [items] = await readAll(
    ctx.client,
    [
      {
        request: queryItems(ctx.siteId, listId, {
          column: 'PupilId',
          value: pupil.id,
          pageSize: ctx.pageSize,
        }),
        item: { kind: 'list', id: 'IEP Plans' },
      },
    ],
    ctx.batch,
  );
  return (items as unknown[]).flatMap((raw) => {
    const summary = planSummaryFromItem(raw);
    const item = ListItemSchema.safeParse(raw);
    if (!summary.ok || !item.success || summary.value.status === 'closed') return [];
    const after = columnsFor(summary.value.version);
    const before = Object.fromEntries(
      Object.keys(after).map((column) => [column, asFieldValue(item.data.fields[column])]),
    );
    return [{ id: summary.value.id, etag: summary.value.etag, before, after }];
  });
};

/**
 * Brings a pupil's current plan versions along with their register entry, in `$batch`es, each write
 * under If-Match: following the pupil rewrites the pupil's columns and the class the version is listed
 * under; closing makes it a closed record (as a review's close does) that leaves every current query.
 * Closed versions are never touched: they stay records of the class they were written in. A version
 * saved by a colleague in between is read again and written over their save only in these columns.
 */
export const followPupil = async (
  ctx: StoreContext,
  tx: WriteTransaction,
  pupil: Pupil,
  followUp: Exclude<PlanFollowUp, 'none'>,
  stamp: { readonly by: string; readonly at: string },
): Promise<void> => {
  const lists = await ctx.listIds();
  const planPupil = planPupilOf(pupil);
  const columnsFor = (version: number): FieldValues =>
    followUp === 'close'
      ? {
          ...planPupilFields({ pupil: planPupil, version, status: 'closed' }),
          PlanStatus: 'closed',
          ...CLOSED_VERSION_KEYS,
          UpdatedBy: stamp.by,
          UpdatedAt: stamp.at,
        }
      : planPupilFields({ pupil: planPupil, version, status: 'active' });

  for (let round = 1; round <= FOLLOW_ROUNDS; round += 1) {
    const versions = await currentVersions(ctx, lists.plans, pupil, columnsFor);
    const pending = versions.filter((version) =>
      Object.entries(version.after).some(([column, value]) => version.before[column] !== value),
    );
    if (pending.length === 0) return;
    // List items are always read with their eTag, so each write is guarded by the version just read.
    const responses = await sendBatch(
      ctx.client,
      pending.map((version) => patchFields(ctx.siteId, lists.plans, version.id, version.after, version.etag)),
      ctx.batch,
    );
    let conflicted = false;
    for (const [index, version] of pending.entries()) {
      const response = responses[index] as (typeof responses)[number];
      const ref = { kind: 'plan', id: version.id } as const;
      const outcome = outcomeOf(response, 'PATCH', ref);
      if (outcome.kind === 'saved') {
        tx.onUndo(patchFields(ctx.siteId, lists.plans, version.id, version.before, outcome.etag));
      } else if (outcome.kind === 'conflict') conflicted = true;
      else throw domainErrorOf(response, ref);
    }
    if (!conflicted) return;
  }
  throw new ServiceError(
    409,
    "The pupil's plan was being saved by someone else each time it was brought along; nothing was changed. Try again.",
  );
};
