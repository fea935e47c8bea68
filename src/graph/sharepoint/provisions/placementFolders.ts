import { toDomainError } from '../../httpErrors';
import { isSuccess, sendBatch, type BatchResponse } from '../../batch';
import { pupilFromItem } from '../pupils/pupilMapper';
import { getItem } from '../shared/requests';
import type { StoreContext } from '../storeContext';

const NOT_SECURED =
  "Their class's staff could not be given access to this pupil's provisions, so nothing was added for " +
  'them. Try again; if it happens again, ask IT to check the SEN site.';

/**
 * Placements sit in the pupil's folder with their care team (docs/ACCESS.md). A pupil secured before the
 * list existed has no such folder yet: it is made, with their class's staff, before the first placement
 * goes in. Answers the pupils whose folder could not be made ready, with why; `ready` remembers the
 * others for the life of the store, so each pupil costs these requests once.
 */
export const readyPlacementFolders = async (
  ctx: StoreContext,
  pupilIds: readonly string[],
  ready: Set<string>,
): Promise<Map<string, string>> => {
  const problems = new Map<string, string>();
  const scopes = ctx.scopes;
  const needed = [...new Set(pupilIds)].filter((id) => !ready.has(id));
  if (scopes === undefined || needed.length === 0) return problems;
  const lists = await ctx.listIds();
  let answers: BatchResponse[];
  try {
    answers = await sendBatch(
      ctx.client,
      needed.map((id) => getItem(ctx.siteId, lists.pupils, id)),
      ctx.batch,
    );
  } catch (error) {
    for (const id of needed) problems.set(id, `${NOT_SECURED} (${toDomainError(error).message})`);
    return problems;
  }
  for (const [index, pupilId] of needed.entries()) {
    const answer = answers[index] as BatchResponse;
    const pupil = isSuccess(answer) ? pupilFromItem(answer.body) : null;
    if (!pupil?.ok) {
      problems.set(pupilId, 'This pupil is not on the register any more, or cannot be read.');
      continue;
    }
    try {
      await scopes.securePupilFolder(pupilId, pupil.value.classTeamId, 'placements');
      ready.add(pupilId);
    } catch (error) {
      problems.set(pupilId, `${NOT_SECURED} (${toDomainError(error).message})`);
    }
  }
  return problems;
};
