import type { Client } from '@microsoft/microsoft-graph-client';
import type { Clock, CurrentUser } from '../../domain/ports';
import type { BatchOptions } from '../batch';
import type { PupilScopes } from './pupils/pupilScopes';
import type { FolderCreates } from './shared/folderCreates';
import type { UnsettledCreates } from './shared/unsettledCreates';
import type { IepListIds } from './lists';
import type { SiteCheck } from './siteCheck';

/** What every store operation needs; built once by `createSharePointIepStore`. */
export interface StoreContext {
  readonly client: Client;
  readonly siteId: string;
  /** Resolved on first use and remembered, unless given up front. */
  readonly listIds: () => Promise<IepListIds>;
  /** When the site id came from outside: the class dashboard confirms it in the same request. */
  readonly siteCheck?: SiteCheck;
  readonly batch: BatchOptions;
  readonly pageSize: number;
  readonly clock: Clock;
  readonly currentUser: () => Promise<CurrentUser>;
  readonly newId: () => string;
  /** Creates sent whose outcome is unknown: looked up by their client key before being sent again. */
  readonly unsettled: UnsettledCreates;
  /**
   * Present when the SEN site keeps each pupil's items in a folder with their care team's permissions
   * (docs/ACCESS.md): new plans, targets, evidence and reviews are then created there.
   */
  readonly folders?: FolderCreates;
  /** With folders: gives a pupil new to the register, or moving class, their care team's access. */
  readonly scopes?: PupilScopes;
  /**
   * Present when the school named its record label (`records.closedVersionLabel`) and care teams are on:
   * applies it to a closed version's items, so SharePoint refuses any change to them (docs/RECORDS.md).
   */
  readonly records?: ClosedVersionRecords;
}

export interface ClosedVersionRecords {
  /** The Purview retention label's name. */
  readonly label: string;
  labelItems(listId: string, itemIds: readonly string[]): Promise<void>;
}
