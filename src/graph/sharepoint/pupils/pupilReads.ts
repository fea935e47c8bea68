import { ServiceError } from '../../../domain/errors';
import type { PupilId } from '../../../domain/ids';
import type { Pupil } from '../../../domain/pupil';
import { readAll } from '../shared/reads';
import { getItem } from '../shared/requests';
import type { StoreContext } from '../storeContext';
import { pupilFromItem } from './pupilMapper';

export const findPupil = async (ctx: StoreContext, pupilId: PupilId): Promise<Pupil> => {
  const lists = await ctx.listIds();
  const [item] = await readAll(
    ctx.client,
    [{ request: getItem(ctx.siteId, lists.pupils, pupilId), item: { kind: 'pupil', id: pupilId } }],
    ctx.batch,
  );
  const pupil = pupilFromItem(item);
  if (!pupil.ok)
    throw new ServiceError(
      422,
      `Pupil ${pupilId} cannot be read: ${pupil.problem.field}: ${pupil.problem.message}`,
    );
  return pupil.value;
};
