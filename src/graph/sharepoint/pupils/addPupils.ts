import { ServiceError } from '../../../domain/errors';
import { asPupilId } from '../../../domain/ids';
import { PupilSchema, type NewPupil, type Pupil } from '../../../domain/pupil';
import { invalidFrom } from '../shared/writeResults';
import { WriteTransaction } from '../shared/writeTransaction';
import type { StoreContext } from '../storeContext';
import { pupilToFields } from './pupilMapper';
import { applyAccessChanges } from './pupilScopes';

/**
 * Adds pupils to the SEN register (IEP Pupils), as many `$batch`es of 20 as needed. Fields left out
 * take the register's defaults (on SEN support, active); each pupil's history starts with "added".
 */
export const addPupils = async (
  ctx: StoreContext,
  pupils: readonly NewPupil[],
): Promise<readonly Pupil[]> => {
  const checked = pupils.map((pupil) => {
    const parsed = PupilSchema.omit({ id: true, etag: true }).safeParse(pupil);
    if (!parsed.success) throw invalidFrom(parsed.error);
    return parsed.data;
  });
  const [lists, user] = await Promise.all([ctx.listIds(), ctx.currentUser()]);
  const on = ctx.clock.now().toISOString();
  const recorded = checked.map((pupil) => ({
    ...pupil,
    history: [...pupil.history, { on, by: user.name, kind: 'added' as const, detail: '' }],
  }));
  // Not a transaction: pupils already added stay on the register if a later one fails.
  const created = await new WriteTransaction(ctx).create(
    recorded.map((pupil) => ({
      listId: lists.pupils,
      fields: pupilToFields(pupil),
      clientKey: ctx.newId(),
      parent: {},
      item: { kind: 'pupil', id: pupil.pupilRef || pupil.familyName },
    })),
  );
  const added = created.map((item, index) => ({
    ...(recorded[index] as Omit<Pupil, 'id'>),
    id: asPupilId(item.id),
    ...(item.etag === undefined ? {} : { etag: item.etag }),
  }));
  const failures = await applyAccessChanges(
    ctx,
    added.map((pupil) => ({ pupilId: pupil.id, classTeamId: pupil.classTeamId })),
  );
  const [failure] = failures;
  // The pupils are on the register either way; the message says who cannot see them yet and what to do.
  if (failure) throw new ServiceError(failure.status || 502, failure.message);
  return added;
};
