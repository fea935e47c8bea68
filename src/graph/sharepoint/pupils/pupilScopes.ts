import type { DomainError } from '../../../domain/errors';
import { asPupilId } from '../../../domain/ids';
import type { ItemFailure } from '../../../domain/ports';
import { toDomainError } from '../../httpErrors';
import type { IepListKey } from '../schema';
import type { StoreContext } from '../storeContext';

/**
 * Where a pupil's care team gets its access (docs/ACCESS.md): the pupil's own item and a folder per IEP
 * list, each with the SEN leads' and their class's groups. Both operations can be run again safely.
 */
export interface PupilScopes {
  /** Gives a pupil new to the register their folders and their class's care team. */
  securePupil(pupilId: string, classTeamId: string): Promise<void>;
  /** The pupil's folder in a list added after they were secured (placements), made when missing. */
  securePupilFolder(pupilId: string, classTeamId: string, list: IepListKey): Promise<void>;
  /** Moves a pupil's access from one class's care team to another's; their items stay where they are. */
  movePupil(pupilId: string, fromClassTeamId: string, toClassTeamId: string): Promise<void>;
  /** A pupil who left the school: their class's staff (and extra staff) lose their records. */
  withdrawPupil(pupilId: string, classTeamId: string): Promise<void>;
  /** A leaver put back on the register: their class's staff get their records back. */
  restorePupil(pupilId: string, classTeamId: string): Promise<void>;
}

export interface PupilAccessChange {
  readonly pupilId: string;
  readonly classTeamId: string;
  /** Their class before, when they moved; absent for a pupil new to the register. */
  readonly fromClassTeamId?: string;
  /** A pupil who has left the school: their class is never given access (an import may move them). */
  readonly left?: boolean;
}

const STATUS_OF: Partial<Record<DomainError['code'], number>> = {
  'access-denied': 403,
  'not-found': 404,
  throttled: 429,
  offline: 0,
};

const SECURE_FAILED =
  "This pupil is on the register, but their class's staff could not be given access to their plans, " +
  'so for now only the SEN leads can see them. Ask IT to check the SEN site, then add the pupil again.';
const MOVE_FAILED =
  "This pupil moved class, but their new class's staff could not be given access to their plans yet. " +
  'Ask IT to check the SEN site, then move the pupil to the class again.';

/**
 * Applies access changes one pupil at a time (each is a handful of SharePoint requests), reporting
 * pupils whose change failed rather than stopping: their register entry is saved either way, and no one
 * outside the SEN leads gains access by a failure (a new pupil's item inherits the list's permissions).
 */
export const applyAccessChanges = async (
  ctx: StoreContext,
  changes: readonly PupilAccessChange[],
): Promise<ItemFailure[]> => {
  const scopes = ctx.scopes;
  if (scopes === undefined) return [];
  const failures: ItemFailure[] = [];
  for (const change of changes) {
    if (change.fromClassTeamId === change.classTeamId || change.left === true) continue;
    try {
      if (change.fromClassTeamId === undefined) await scopes.securePupil(change.pupilId, change.classTeamId);
      else await scopes.movePupil(change.pupilId, change.fromClassTeamId, change.classTeamId);
    } catch (error) {
      const domain = toDomainError(error);
      failures.push({
        item: { kind: 'pupil', id: asPupilId(change.pupilId) },
        status: STATUS_OF[domain.code] ?? 500,
        message: `${change.fromClassTeamId === undefined ? SECURE_FAILED : MOVE_FAILED} (${domain.message})`,
      });
    }
  }
  return failures;
};
