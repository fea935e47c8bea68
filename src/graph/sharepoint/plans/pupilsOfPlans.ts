import { z } from 'zod';
import { asPlanId } from '../../../domain/ids';
import { withQuery } from '../../odata';
import { readAll } from '../shared/reads';
import { itemPath } from '../shared/requests';
import type { StoreContext } from '../storeContext';

const PlanPupilSchema = z.object({ fields: z.object({ PupilId: z.string() }) });

/**
 * Whose plans these are, read in one `$batch` (only the PupilId column): a new review is created in its
 * pupil's folder, and a review knows only its plan. Nothing is read when the store keeps no folders.
 */
export const pupilsOfPlans = async (
  ctx: StoreContext,
  planIds: readonly string[],
): Promise<ReadonlyMap<string, string>> => {
  const unique = [...new Set(planIds)];
  if (ctx.folders === undefined || unique.length === 0) return new Map();
  const lists = await ctx.listIds();
  const items = await readAll(
    ctx.client,
    unique.map((planId) => ({
      request: {
        method: 'GET' as const,
        url: withQuery(itemPath(ctx.siteId, lists.plans, planId), { $expand: 'fields($select=PupilId)' }),
      },
      item: { kind: 'plan' as const, id: asPlanId(planId) },
    })),
    ctx.batch,
  );
  return new Map(unique.map((planId, index) => [planId, PlanPupilSchema.parse(items[index]).fields.PupilId]));
};
