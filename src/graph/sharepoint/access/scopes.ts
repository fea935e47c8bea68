import type { SPFI } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { ItemRef } from '../../../domain/errors';
import { spCall } from './spErrors';

/** Something with its own permissions: a list, or an item of it (a pupil's item, or their folder's item). */
export interface Scope {
  readonly listId: string;
  readonly itemId?: string;
  /** How a failure names it; the list, or the pupil, by default. */
  readonly ref?: ItemRef;
}

const securable = (sp: SPFI, scope: Scope): IList | IItem => {
  const list = sp.web.lists.getById(scope.listId);
  return scope.itemId === undefined ? list : list.items.getById(Number(scope.itemId));
};

const refOf = (scope: Scope): ItemRef =>
  scope.ref ??
  (scope.itemId === undefined ? { kind: 'list', id: scope.listId } : { kind: 'pupil', id: scope.itemId });

/**
 * Gives the scope its own permissions. `copy` keeps the assignments it inherited (a pupil's scope starts
 * from the list's owners, SEN leads and read-only staff); sub-scopes are never cleared, so a pupil's
 * folder keeps its care team if its list is set up again. Breaking a scope that is unique already
 * changes nothing.
 */
export const breakInheritance = async (sp: SPFI, scope: Scope, copy: boolean): Promise<void> => {
  await spCall(() => securable(sp, scope).breakRoleInheritance(copy, false), refOf(scope));
};

/** Adding an assignment that is there already changes nothing, so this is safe to repeat. */
export const grant = async (sp: SPFI, scope: Scope, principalId: number, levelId: number): Promise<void> => {
  await spCall(() => securable(sp, scope).roleAssignments.add(principalId, levelId), refOf(scope));
};

/** Removing an assignment that is not there changes nothing, so this is safe to repeat. */
export const revoke = async (sp: SPFI, scope: Scope, principalId: number, levelId: number): Promise<void> => {
  await spCall(() => securable(sp, scope).roleAssignments.remove(principalId, levelId), refOf(scope));
};
