import { z } from 'zod';
import { NotFound } from '../../../domain/errors';
import type { IepListKey } from '../schema';
import type { IepListIds } from '../lists';
import type { Folders } from './folders';
import { IEP_EDIT, READ_LEVEL } from './permissionLevels';
import { breakInheritance, grant, revoke, type Scope } from './scopes';
import type { AccessSession, ClassGroups } from './session';
import { spCall } from './spErrors';

export interface ScopeProgress {
  /** Scopes finished, of 5. */
  readonly done: number;
  readonly total: number;
}

/** The lists where a pupil's items sit in their folder, in the order their scopes are secured. */
const FOLDER_LISTS: readonly IepListKey[] = ['plans', 'targets', 'evidence', 'reviews', 'placements'];

/**
 * Folders a list added after pupils were secured (schema 10: placements): a pupil secured before has
 * none, so one is made and given their class's care team when first needed, never a failure.
 */
const LATER_FOLDER_LISTS: ReadonlySet<IepListKey> = new Set(['placements']);

export interface PupilScopeRun {
  readonly pupilItemId: string;
  readonly listIds: IepListIds;
  readonly assistantsMayEdit: boolean;
}

export interface Levels {
  readonly edit: number;
  readonly read: number;
}

export const levelsOf = async (session: AccessSession): Promise<Levels> => ({
  edit: await session.level(IEP_EDIT.name),
  read: await session.level(READ_LEVEL),
});

/** Assistants add evidence everywhere; elsewhere they read, unless the school lets them edit. */
export const assistantsLevel = (list: IepListKey, levels: Levels, mayEdit: boolean): number =>
  list === 'evidence' || mayEdit ? levels.edit : levels.read;

const pupilScope = (run: PupilScopeRun): Scope => ({ listId: run.listIds.pupils, itemId: run.pupilItemId });

const folderScope = (run: PupilScopeRun, list: IepListKey, itemId: string): Scope => ({
  listId: run.listIds[list],
  itemId,
  ref: { kind: 'list', id: `${run.listIds[list]}/p${run.pupilItemId}` },
});

/** Copies the list's own assignments (owners, SEN leads, read-only staff), then adds the class. */
const giveCareTeam = async (
  session: AccessSession,
  scope: Scope,
  groups: ClassGroups,
  levels: Levels,
  assistants: number,
): Promise<void> => {
  await breakInheritance(session.sp, scope, true);
  await grant(session.sp, scope, groups.teachers.Id, levels.edit);
  await grant(session.sp, scope, groups.assistants.Id, assistants);
};

const UniqueSchema = z.object({ HasUniqueRoleAssignments: z.boolean().nullish() });

/**
 * The pupil's folder in one list, made when missing and given their class's care team unless it has
 * its own permissions already: for a list whose folders came after the pupil was secured. Safe to repeat.
 */
export const securePupilFolder = async (
  session: AccessSession,
  folders: Folders,
  run: PupilScopeRun & { readonly classTeamId: string; readonly list: IepListKey },
): Promise<void> => {
  const listId = run.listIds[run.list];
  // Found first: nearly every pupil has the folder already, and a failed create would cost a request more.
  const itemId = await folders.find(listId, run.pupilItemId).catch((error: unknown) => {
    if (error instanceof NotFound) return folders.ensure(listId, run.pupilItemId);
    throw error;
  });
  const scope = folderScope(run, run.list, itemId);
  const state = UniqueSchema.parse(
    await spCall(
      () =>
        session.sp.web.lists
          .getById(listId)
          .items.getById(Number(itemId))
          .select('HasUniqueRoleAssignments')(),
      scope.ref,
    ),
  );
  if (state.HasUniqueRoleAssignments === true) return;
  const levels = await levelsOf(session);
  const groups = await session.classGroups(run.classTeamId);
  await giveCareTeam(
    session,
    scope,
    groups,
    levels,
    assistantsLevel(run.list, levels, run.assistantsMayEdit),
  );
};

/** See CareTeamAccess.securePupil: the pupil's item, then a folder per list, each with the care team. */
export const securePupil = async (
  session: AccessSession,
  folders: Folders,
  run: PupilScopeRun & { readonly classTeamId: string },
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<void> => {
  const groups = await session.classGroups(run.classTeamId);
  const levels = await levelsOf(session);
  const total = 1 + FOLDER_LISTS.length;
  const secure = async (list: IepListKey, scope: Scope, done: number) => {
    await giveCareTeam(session, scope, groups, levels, assistantsLevel(list, levels, run.assistantsMayEdit));
    onProgress?.({ done, total });
  };
  await secure('pupils', pupilScope(run), 1);
  let done = 1;
  for (const list of FOLDER_LISTS) {
    const listId = run.listIds[list];
    await secure(list, folderScope(run, list, await folders.ensure(listId, run.pupilItemId)), (done += 1));
  }
};

/**
 * See CareTeamAccess.movePupil. The old class's groups come off each scope and the new class's go on;
 * both are safe to repeat, so a move interrupted half-way is simply run again. Old groups that no longer
 * exist have nothing to remove. With no `to` the class's groups only come off (a pupil who left the
 * school); with no `from` they only go on (a leaver put back on the register).
 */
export const movePupil = async (
  session: AccessSession,
  folders: Folders,
  run: PupilScopeRun & { readonly from: string | null; readonly to: string | null },
  onProgress?: (progress: { done: number; total: number }) => void,
): Promise<void> => {
  if (run.from === run.to) return;
  const before: ClassGroups | null = run.from === null ? null : await session.existingClassGroups(run.from);
  const after: ClassGroups | null = run.to === null ? null : await session.classGroups(run.to);
  const levels = await levelsOf(session);
  const total = 1 + FOLDER_LISTS.length;
  const move = async (list: IepListKey, scope: Scope, done: number) => {
    const assistants = assistantsLevel(list, levels, run.assistantsMayEdit);
    if (before) {
      await revoke(session.sp, scope, before.teachers.Id, levels.edit);
      await revoke(session.sp, scope, before.assistants.Id, assistants);
    }
    if (after) {
      await grant(session.sp, scope, after.teachers.Id, levels.edit);
      await grant(session.sp, scope, after.assistants.Id, assistants);
    }
    onProgress?.({ done, total });
  };
  // Every folder is found before anything changes: a pupil never secured fails here, untouched. A
  // folder of a later list that the pupil does not have yet is made with the new class's care team
  // (or, with no new class, left unmade: it would hold nothing the class may read).
  const { scopes, missing } = await pupilScopesOf(folders, run);
  let done = 0;
  for (const [list, scope] of scopes) await move(list, scope, (done += 1));
  for (const list of missing) {
    if (run.to !== null) await securePupilFolder(session, folders, { ...run, classTeamId: run.to, list });
    onProgress?.({ done: (done += 1), total });
  }
};

/**
 * The pupil's own item and their folder in each list, found without changing anything; a folder of a
 * later list they do not have yet is `missing`, any other missing folder fails (a pupil never secured).
 */
export const pupilScopesOf = async (
  folders: Folders,
  run: PupilScopeRun,
): Promise<{ scopes: [IepListKey, Scope][]; missing: IepListKey[] }> => {
  const scopes: [IepListKey, Scope][] = [['pupils', pupilScope(run)]];
  const missing: IepListKey[] = [];
  for (const list of FOLDER_LISTS) {
    try {
      scopes.push([list, folderScope(run, list, await folders.find(run.listIds[list], run.pupilItemId))]);
    } catch (error) {
      if (!(error instanceof NotFound) || !LATER_FOLDER_LISTS.has(list)) throw error;
      missing.push(list);
    }
  }
  return { scopes, missing };
};
