import { ServiceError } from '../../../domain/errors';
import { pupilDisplayName, type Pupil } from '../../../domain/pupil';
import { toDomainError } from '../../httpErrors';
import type { StoreContext } from '../storeContext';

/**
 * What leaving the school, or coming back, does to who may open a pupil's records (docs/ACCESS.md): a
 * leaver's class (and anyone given their records in person) loses them; a leaver put back on the register
 * gives their class them again. A pupil who no longer needs SEN support is still taught by their class,
 * so their class keeps them.
 */
export type StatusAccess =
  | { readonly kind: 'leave'; readonly pupilId: string; readonly classTeamId: string }
  | { readonly kind: 'return'; readonly pupilId: string; readonly classTeamId: string };

export const statusAccessOf = (edited: Pupil, base: Pupil): StatusAccess | null => {
  const wasLeft = base.registerStatus === 'left';
  const isLeft = edited.registerStatus === 'left';
  if (isLeft && !wasLeft) return { kind: 'leave', pupilId: base.id, classTeamId: base.classTeamId };
  if (wasLeft && !isLeft) return { kind: 'return', pupilId: base.id, classTeamId: edited.classTeamId };
  return null;
};

const run = async (ctx: StoreContext, change: StatusAccess, kind: StatusAccess['kind']): Promise<void> => {
  const scopes = ctx.scopes;
  if (scopes === undefined) return;
  if (kind === 'leave') await scopes.withdrawPupil(change.pupilId, change.classTeamId);
  else await scopes.restorePupil(change.pupilId, change.classTeamId);
};

const opposite = (kind: StatusAccess['kind']): StatusAccess['kind'] =>
  kind === 'leave' ? 'return' : 'leave';

/**
 * Changes access before the pupil's status is saved, so a leaver's class never holds their records once
 * the register says they left. Each step is safe to repeat: on a failure nothing of the pupil is saved,
 * what was changed is put back as far as SharePoint allows, and the SENCO is told to try again.
 */
export const changeStatusAccess = async (ctx: StoreContext, pupil: Pupil, change: StatusAccess) => {
  try {
    await run(ctx, change, change.kind);
  } catch (error) {
    const undone = await run(ctx, change, opposite(change.kind)).then(
      () => true,
      () => false,
    );
    const name = pupilDisplayName(pupil);
    const said = toDomainError(error).message;
    const what =
      change.kind === 'leave'
        ? `${name} is still on the register: their class's staff could not be taken off their records (${said}).`
        : `${name} is still recorded as left: their class's staff could not be given their records back (${said}).`;
    const after = undone
      ? 'Nothing was changed.'
      : change.kind === 'leave'
        ? 'Some of their records may be closed to their class until you try again.'
        : 'Their class may be able to open some of their records until you try again.';
    throw new ServiceError(
      toDomainError(error).code === 'throttled' ? 429 : 502,
      `${what} ${after} Try again.`,
    );
  }
};

/** The access change undone after the pupil's save failed; what SharePoint said if that failed too. */
export const undoStatusAccess = async (ctx: StoreContext, change: StatusAccess): Promise<void> => {
  await run(ctx, change, opposite(change.kind));
};
