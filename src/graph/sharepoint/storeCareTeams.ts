import type { IepListIds } from './lists';
import type { IepListKey } from './schema';
import type { FolderCreates } from './shared/folderCreates';

/**
 * What the store needs of care teams (docs/ACCESS.md), loaded with PnPjs on first use: creates in a
 * pupil's folder, and a pupil's scopes given to, or moved between, their classes' groups.
 */
export interface StoreCareTeams {
  readonly folders: FolderCreates;
  securePupil(pupilId: string, classTeamId: string, listIds: IepListIds): Promise<void>;
  /** The pupil's folder in `list`, made with their class's care team if they have none yet. */
  securePupilFolder(
    pupilId: string,
    classTeamId: string,
    list: IepListKey,
    listIds: IepListIds,
  ): Promise<void>;
  movePupil(
    pupilId: string,
    fromClassTeamId: string,
    toClassTeamId: string,
    listIds: IepListIds,
  ): Promise<void>;
  /** A leaver's class (and extra staff) taken off their scopes. */
  withdrawPupil(pupilId: string, classTeamId: string, listIds: IepListIds): Promise<void>;
  /** A leaver put back: their class's groups back on their scopes. */
  restorePupil(pupilId: string, classTeamId: string, listIds: IepListIds): Promise<void>;
  /** Applies the school's record label to the items (docs/RECORDS.md); safe to repeat. */
  labelRecords(listId: string, itemIds: readonly string[], label: string): Promise<void>;
}
