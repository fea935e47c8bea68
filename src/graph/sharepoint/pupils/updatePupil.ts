import { EditConflict, ServiceError, type ItemRef } from '../../../domain/errors';
import type { Pupil } from '../../../domain/pupil';
import { checkPupilEdit, planFollowUpFor, registerChangeFor } from '../../../domain/pupilUpdate';
import { sendBatch } from '../../batch';
import { domainErrorOf } from '../../httpErrors';
import { changedFields } from '../shared/changedFields';
import { confirmEtags } from '../shared/confirmEtags';
import { readTheirs } from '../shared/theirs';
import { patchFields } from '../shared/requests';
import { outcomeOf, patchedEtagOf } from '../shared/writeResults';
import { WriteTransaction } from '../shared/writeTransaction';
import type { StoreContext } from '../storeContext';
import { followPupil } from './followPupil';
import { applyAccessChanges } from './pupilScopes';
import { pupilFromItem, pupilToFields } from './pupilMapper';
import { findPupil } from './pupilReads';
import { changeStatusAccess, statusAccessOf, undoStatusAccess } from './statusAccess';

/** The pupil item's eTag if it holds exactly `pupil` (see `confirmEtags`); undefined otherwise. */
const etagIfHolding = async (
  ctx: StoreContext,
  listId: string,
  pupil: Pupil,
): Promise<string | undefined> => {
  const etags = await confirmEtags(ctx, [
    {
      listId,
      itemId: pupil.id,
      fields: pupilToFields(pupil),
      fieldsOf: (raw) => {
        const read = pupilFromItem(raw);
        return read.ok ? pupilToFields(read.value) : null;
      },
    },
  ]);
  return etags.get(`${listId}/${pupil.id}`);
};

const conflictOn = async (ctx: StoreContext, ref: ItemRef): Promise<EditConflict<Pupil>> => {
  const theirs = await readTheirs(() => findPupil(ctx, ref.id as Pupil['id']));
  return new EditConflict<Pupil>(ref, theirs, theirs?.etag ?? null);
};

const withEtag = (pupil: Pupil, etag: string | undefined): Pupil => {
  const { etag: _, ...rest } = pupil;
  return etag === undefined ? rest : { ...rest, etag };
};

/**
 * Saves a SENCO's edit of a pupil's register entry under If-Match `base.etag`, with the change added
 * to the pupil's history. Their current plan versions then follow: a new class, name, year group or
 * pupil reference is written to them; leaving the school or SEN support closes them (kept as records).
 * If the plans cannot be brought along, the pupil's own change is undone, so the register never shows
 * a pupil in one class with their plan in another.
 */
export const updatePupil = async (ctx: StoreContext, edited: Pupil, base: Pupil): Promise<Pupil> => {
  const checked = checkPupilEdit(edited, base);
  const statusAccess = statusAccessOf(checked, base);
  if (statusAccess === null) return saveAndFollow(ctx, checked, base, true);
  // Leaving or coming back: access changes first (docs/ACCESS.md), and is put back if the save fails.
  await changeStatusAccess(ctx, base, statusAccess);
  try {
    return await saveAndFollow(ctx, checked, base, false);
  } catch (error) {
    await undoStatusAccess(ctx, statusAccess).catch(() => undefined);
    throw error;
  }
};

const saveAndFollow = async (
  ctx: StoreContext,
  checked: Pupil,
  base: Pupil,
  classAccessFollows: boolean,
): Promise<Pupil> => {
  const ref: ItemRef = { kind: 'pupil', id: base.id };
  const [lists, user] = await Promise.all([ctx.listIds(), ctx.currentUser()]);
  const now = ctx.clock.now().toISOString();
  const change = registerChangeFor(checked, base, now, user.name);
  if (change === null) return base;
  const saved: Pupil = { ...checked, history: [...base.history, change] };
  const fields = changedFields(pupilToFields(saved), pupilToFields(base)) ?? {};

  // Never written without If-Match: with no eTag known, the stored one is used only if the item still
  // holds what the caller read; anything else is a colleague's version, a conflict.
  const baseEtag = base.etag ?? (await etagIfHolding(ctx, lists.pupils, base));
  if (baseEtag === undefined) throw await conflictOn(ctx, ref);
  const [response] = await sendBatch(
    ctx.client,
    [patchFields(ctx.siteId, lists.pupils, base.id, fields, baseEtag)],
    ctx.batch,
  );
  if (!response) throw new ServiceError(502, 'Microsoft 365 did not answer for the pupil being saved.');
  const outcome = outcomeOf(response, 'PATCH', ref);
  if (outcome.kind === 'conflict') throw await conflictOn(ctx, ref);
  if (outcome.kind === 'failed') throw domainErrorOf(response, ref);
  const savedEtag = patchedEtagOf(response) ?? (await etagIfHolding(ctx, lists.pupils, saved));
  const result = withEtag(saved, savedEtag);

  const followUp = planFollowUpFor(checked, base);
  if (followUp === 'none') return result;
  const tx = new WriteTransaction(ctx);
  const undoFields = changedFields(pupilToFields(base), pupilToFields(saved)) ?? {};
  tx.onUndo(async () => {
    const etag = savedEtag ?? (await etagIfHolding(ctx, lists.pupils, saved));
    return etag === undefined ? null : patchFields(ctx.siteId, lists.pupils, base.id, undoFields, etag);
  });
  try {
    await followPupil(ctx, tx, result, followUp, { by: user.name, at: now });
  } catch (error) {
    return tx.rollback(error);
  }
  if (!classAccessFollows) return result;
  const [failure] = await applyAccessChanges(ctx, [
    {
      pupilId: base.id,
      classTeamId: result.classTeamId,
      fromClassTeamId: base.classTeamId,
      left: result.registerStatus === 'left',
    },
  ]);
  // The move is saved with the plans; the message says who cannot see them yet and what to do.
  if (failure) throw new ServiceError(failure.status || 502, failure.message);
  return result;
};
