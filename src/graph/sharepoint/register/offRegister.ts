import type { OffRegister } from '../../../domain/ports';
import { newestVersionFirst, type PlanSummary } from '../../../domain/plan';
import type { PupilId } from '../../../domain/ids';
import { byRegisterName, isOnActiveRegister } from '../../../domain/pupil';
import { planSummariesWhere } from '../plans/planSummaries';
import { pupilFromItem } from '../pupils/pupilMapper';
import { partition } from '../shared/listItem';
import { readAll } from '../shared/reads';
import { LARGEST_PAGE_SIZE, queryItems } from '../shared/requests';
import type { StoreContext } from '../storeContext';

const OFF_REGISTER_STATUSES = ['left', 'no-longer-sen'] as const;

/** Pupils kept as records, in one `$batch` of two queries on the indexed RegisterStatus column. */
export const listOffRegister = async (ctx: StoreContext): Promise<OffRegister> => {
  const lists = await ctx.listIds();
  const pages = await readAll(
    ctx.client,
    OFF_REGISTER_STATUSES.map((status) => ({
      request: queryItems(ctx.siteId, lists.pupils, {
        column: 'RegisterStatus',
        value: status,
        pageSize: LARGEST_PAGE_SIZE,
      }),
      item: { kind: 'list' as const, id: 'IEP Pupils' },
    })),
    ctx.batch,
  );
  const read = partition(pages.flatMap((page) => (page as unknown[]).map(pupilFromItem)));
  return {
    pupils: read.values.filter((pupil) => !isOnActiveRegister(pupil)).sort(byRegisterName),
    problems: read.problems,
  };
};

/** Every plan version written for the pupil (one query on the indexed PupilId column), newest first. */
export const listPupilPlans = async (ctx: StoreContext, pupilId: PupilId): Promise<PlanSummary[]> =>
  (await planSummariesWhere(ctx, 'PupilId', pupilId)).sort(newestVersionFirst);
