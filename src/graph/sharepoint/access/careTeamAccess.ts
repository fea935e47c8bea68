import type { SPFI } from '@pnp/sp';
import type { IepListIds } from '../lists';
import type { IepListKey } from '../schema';
import type { FieldValues } from '../shared/listItem';
import { Folders } from './folders';
import { SEN_LEADS_GROUP } from './groupNames';
import { AccessSession } from './session';
import { movePupil, securePupil, securePupilFolder, type ScopeProgress } from './pupilScopes';
import { ensureSetup, type SetupProgress } from './setup';
import type { ReadAccess } from './readAccess';
import {
  addExtraStaff,
  myRoleOnPupil,
  readExtraStaff,
  removeAllExtraStaff,
  removeExtraStaff,
} from './extraStaff';
import type { ExtraStaffMember, ExtraStaffRole } from '../../../domain/careTeamAdmin';
import { myGroupTitles, setMembers } from './principals';
import { Invalid } from '../../../domain/errors';

export interface ClassGroupIds {
  readonly teachers: number;
  readonly assistants: number;
}

export interface ClassStaffUpns {
  readonly teachers: readonly string[];
  readonly assistants: readonly string[];
}

export interface CareTeamAccessOptions {
  /** The school's `access.assistantsMayEdit`: assistants get IEP Edit on plans, targets and reviews too. */
  readonly assistantsMayEdit?: boolean;
}

/**
 * Who may read and change a pupil's plan, kept by SharePoint (docs/ACCESS.md): permission levels, groups
 * per class, one permission scope per pupil per list, and creates inside a pupil's folder. Every call
 * that changes permissions needs Manage permissions, which only a SEN lead's session has.
 */
export interface CareTeamAccess {
  /**
   * The levels `IEP Lead` and `IEP Edit`, the groups `IEP SEN leads` (with the SENCO running it) and
   * `IEP Read-only staff`, and each IEP list versioned, with its own permissions: the site's owners Full
   * Control, SEN leads IEP Lead, read-only staff Read. Only what is missing is made.
   */
  ensureSetup(
    listIds: IepListIds,
    options?: {
      readonly onProgress?: (p: SetupProgress) => void;
      /** The school's setting; absent: the read-only staff group's members are left as they are. */
      readonly readAccess?: ReadAccess;
    },
  ): Promise<void>;
  /** The class's teachers and assistants groups (owned by the SEN leads), made when missing. */
  ensureClassGroups(classTeamId: string): Promise<ClassGroupIds>;
  /** A pupil's item and their folder in each other list given their class's care team: 23 requests. */
  securePupil(
    pupilItemId: string,
    classTeamId: string,
    listIds: IepListIds,
    options?: { readonly onProgress?: (p: ScopeProgress) => void },
  ): Promise<void>;
  /** The pupil's 6 scopes from one class's groups to another's: 24 requests; safe to run again. */
  movePupil(
    pupilItemId: string,
    fromClassTeamId: string,
    toClassTeamId: string,
    listIds: IepListIds,
    options?: { readonly onProgress?: (p: ScopeProgress) => void },
  ): Promise<void>;
  /**
   * A pupil who left the school: their class's groups and any staff given their records in person come
   * off the pupil's 6 scopes, so only the SEN leads, read-only staff and the site's owners keep them:
   * 12 requests, 12 more per extra person (docs/ACCESS.md); safe to run again.
   */
  withdrawPupil(pupilItemId: string, classTeamId: string, listIds: IepListIds): Promise<void>;
  /** A leaver put back on the register: their class's groups go back on their 6 scopes (12 requests). */
  restorePupil(pupilItemId: string, classTeamId: string, listIds: IepListIds): Promise<void>;
  /**
   * The pupil's folder in one list, made and given their class's care team when missing (a list added
   * after the pupil was secured): 2 requests when it is there already (and the list's root folder once a
   * session), 6 when it is made.
   */
  securePupilFolder(
    pupilItemId: string,
    classTeamId: string,
    list: IepListKey,
    listIds: IepListIds,
  ): Promise<void>;
  /**
   * A new item in the pupil's folder; answers its id. SharePoint's refusals come as domain errors
   * (spErrors.ts `httpRefusalOf` gives what it said); no answer at all as an outcome unknown.
   */
  createInFolder(listId: string, pupilItemId: string, fields: FieldValues): Promise<string>;
  /** The pupil's folder, server-relative. */
  folderUrlOf(listId: string, pupilItemId: string): Promise<string>;
  /** Staff given the pupil's records in person, read from the assignments on the pupil's item (1 request). */
  readExtraStaff(pupilItemId: string, listIds: IepListIds): Promise<ExtraStaffMember[]>;
  /** Someone in the tenant given the pupil's 6 scopes at their role's levels: ensureuser + 6 requests. */
  addExtraStaff(
    pupilItemId: string,
    role: ExtraStaffRole,
    email: string,
    listIds: IepListIds,
  ): Promise<ExtraStaffMember>;
  /** Their access taken off the pupil's 6 scopes: 1 read + 12 requests; nothing for someone not listed. */
  removeExtraStaff(pupilItemId: string, email: string, listIds: IepListIds): Promise<void>;
  /**
   * The signed-in person's role on a pupil given to them in person (staff from outside the class), from
   * their own rights on the pupil's item; null when they may read nothing of the pupil. One request.
   */
  myRoleOnPupil(pupilItemId: string, listIds: IepListIds): Promise<ExtraStaffRole | null>;
  /** Titles of the signed-in user's SharePoint groups (groupNames.ts `rolesFromGroups` reads them). */
  myGroups(): Promise<readonly string[]>;
  /** The class groups' members made exactly these people (sign-in names). */
  setClassStaff(classTeamId: string, staff: ClassStaffUpns): Promise<void>;
  /** `IEP SEN leads` made exactly these people; never nobody, which would leave no one to manage access. */
  setSenLeads(upns: readonly string[]): Promise<void>;
}

export const createCareTeamAccess = (sp: SPFI, options: CareTeamAccessOptions = {}): CareTeamAccess => {
  const session = new AccessSession(sp);
  const folders = new Folders(sp);
  const assistantsMayEdit = options.assistantsMayEdit ?? false;
  return {
    ensureSetup: (listIds, setup) => ensureSetup(session, listIds, setup?.onProgress, setup?.readAccess),
    ensureClassGroups: async (classTeamId) => {
      const groups = await session.classGroups(classTeamId);
      return { teachers: groups.teachers.Id, assistants: groups.assistants.Id };
    },
    securePupil: (pupilItemId, classTeamId, listIds, run) =>
      securePupil(
        session,
        folders,
        { pupilItemId, classTeamId, listIds, assistantsMayEdit },
        run?.onProgress,
      ),
    movePupil: (pupilItemId, from, to, listIds, run) =>
      movePupil(session, folders, { pupilItemId, from, to, listIds, assistantsMayEdit }, run?.onProgress),
    withdrawPupil: async (pupilItemId, classTeamId, listIds) => {
      const run = { pupilItemId, listIds, assistantsMayEdit };
      await movePupil(session, folders, { ...run, from: classTeamId, to: null });
      await removeAllExtraStaff(session, folders, run);
    },
    restorePupil: (pupilItemId, classTeamId, listIds) =>
      movePupil(session, folders, { pupilItemId, from: null, to: classTeamId, listIds, assistantsMayEdit }),
    securePupilFolder: (pupilItemId, classTeamId, list, listIds) =>
      securePupilFolder(session, folders, { pupilItemId, classTeamId, list, listIds, assistantsMayEdit }),
    readExtraStaff: (pupilItemId, listIds) =>
      readExtraStaff(session, { pupilItemId, listIds, assistantsMayEdit }),
    addExtraStaff: (pupilItemId, role, email, listIds) =>
      addExtraStaff(session, folders, { pupilItemId, listIds, assistantsMayEdit, role, email }),
    removeExtraStaff: (pupilItemId, email, listIds) =>
      removeExtraStaff(session, folders, { pupilItemId, listIds, assistantsMayEdit, email }),
    myRoleOnPupil: (pupilItemId, listIds) =>
      myRoleOnPupil(session, { pupilItemId, listIds, assistantsMayEdit }),
    createInFolder: (listId, pupilItemId, fields) => folders.createIn(listId, pupilItemId, fields),
    folderUrlOf: (listId, pupilItemId) => folders.urlOf(listId, pupilItemId),
    myGroups: () => myGroupTitles(sp),
    setClassStaff: async (classTeamId, staff) => {
      const groups = await session.classGroups(classTeamId);
      await setMembers(sp, groups.teachers.Id, staff.teachers);
      await setMembers(sp, groups.assistants.Id, staff.assistants);
    },
    setSenLeads: async (upns) => {
      if (upns.every((upn) => upn.trim() === '')) {
        throw new Invalid([
          {
            path: 'senLeads',
            message: 'Keep at least one SEN lead: they are the only people who can manage access.',
          },
        ]);
      }
      await setMembers(sp, (await session.group(SEN_LEADS_GROUP)).Id, upns);
    },
  };
};
