import type { ItemFailure } from '../../../domain/ports';
import type { Pupil } from '../../../domain/pupil';
import { planPupilOf } from '../../../domain/pupilUpdate';
import { planPupilFields, planSummaryFromItem } from '../plans/planMapper';
import { readWhileBusy, runBulkWrites, type BulkWrite } from '../shared/bulkWrites';
import { partition } from '../shared/listItem';
import { readAll } from '../shared/reads';
import { patchFields, queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';

const FOLLOW_FAILED =
  "The pupil's register entry was updated, but their current plan could not be brought along. Open the pupil and save them again.";

/**
 * After an import changed pupils' class, names, year group or reference, their current plan versions
 * take the same values, so the plan shows on the new class's dashboard. All the pupils' plans are read
 * in `$batch`es (one indexed PupilId query each) and written in `$batch`es under If-Match; closed
 * versions stay records of the class they were written in. A plan that cannot be written is reported
 * against its pupil: the import is not undone for it.
 */
export const followImportedPupils = async (
  ctx: StoreContext,
  pupils: readonly Pupil[],
  report: (count: number) => void = () => undefined,
): Promise<ItemFailure[]> => {
  if (pupils.length === 0) return [];
  const lists = await ctx.listIds();
  const pages = await readWhileBusy(ctx, () =>
    readAll(
      ctx.client,
      pupils.map((pupil) => ({
        request: queryItems(ctx.siteId, lists.plans, {
          column: 'PupilId',
          value: pupil.id,
          pageSize: ctx.pageSize,
        }),
        item: { kind: 'list' as const, id: 'IEP Plans' },
      })),
      ctx.batch,
    ),
  );
  const writes = pupils.flatMap((pupil, index) =>
    partition((pages[index] as unknown[]).map(planSummaryFromItem))
      .values.filter((plan) => plan.status !== 'closed')
      .map((plan): { pupil: Pupil; write: BulkWrite } => {
        const fields = planPupilFields({
          pupil: planPupilOf(pupil),
          version: plan.version,
          status: plan.status,
        });
        return {
          pupil,
          write: {
            item: { kind: 'plan', id: plan.id },
            listId: lists.plans,
            request: patchFields(ctx.siteId, lists.plans, plan.id, fields, plan.etag),
            patch: { itemId: plan.id, fields },
          },
        };
      }),
  );
  const outcomes = await runBulkWrites(
    ctx,
    writes.map(({ write }) => write),
    report,
  );
  return outcomes.flatMap((outcome, index) =>
    outcome.kind === 'saved'
      ? []
      : [
          {
            item: { kind: 'pupil' as const, id: (writes[index] as { pupil: Pupil }).pupil.id },
            status: outcome.kind === 'conflict' ? 412 : outcome.failure.status,
            message: FOLLOW_FAILED,
          },
        ],
  );
};
