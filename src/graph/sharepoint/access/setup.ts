import { z } from 'zod';
import { NotFound } from '../../../domain/errors';
import { IEP_LISTS, type IepListKey } from '../schema';
import type { IepListIds } from '../lists';
import { READ_ONLY_GROUP, SEN_LEADS_GROUP } from './groupNames';
import { FULL_CONTROL_LEVEL, IEP_EDIT, IEP_LEAD, READ_LEVEL } from './permissionLevels';
import { currentUser, ensureGroup, ensureLevel, groupMembers } from './principals';
import { applyReadAccess, type ReadAccess } from './readAccess';
import { breakInheritance, grant, revoke } from './scopes';
import type { AccessSession } from './session';
import { spCall } from './spErrors';

export interface SetupProgress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

const ListStateSchema = z.object({
  EnableVersioning: z.boolean().nullish(),
  HasUniqueRoleAssignments: z.boolean().nullish(),
});

/**
 * The site's owners group, which keeps Full Control on the IEP lists (docs/ACCESS.md); null on a site
 * without one. Read through PnPjs's `associatedOwnerGroup` (`_api/web/associatedownergroup`).
 */
const ownersGroupId = async (session: AccessSession): Promise<number | null> => {
  try {
    const raw = await spCall(() => session.sp.web.associatedOwnerGroup.select('Id')());
    return z.object({ Id: z.number().int() }).parse(raw).Id;
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
};

/** The site's members group, who read the lists that hold no child's name; null on a site without one. */
const membersGroupId = async (session: AccessSession): Promise<number | null> => {
  try {
    const raw = await spCall(() => session.sp.web.associatedMemberGroup.select('Id')());
    return z.object({ Id: z.number().int() }).parse(raw).Id;
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
};

/**
 * Lists that name no child (the provision catalogue and group plans' shared targets): the SEN site's
 * members read them, since a child's plan shows the provision that delivers a target and their group's
 * targets; only SEN leads change them. Placements name a pupil and sit in the pupil's folder instead.
 */
const STAFF_READ_LISTS: ReadonlySet<IepListKey> = new Set(['provisions', 'groupPlans']);

/**
 * See CareTeamAccess.ensureSetup. Each step first reads what is there, so a second run changes nothing.
 * With `readAccess`, the read-only staff group is made to hold the SEN site's members or not.
 */
export const ensureSetup = async (
  session: AccessSession,
  listIds: IepListIds,
  onProgress?: (progress: SetupProgress) => void,
  readAccess?: ReadAccess,
): Promise<void> => {
  const sp = session.sp;
  const total = 2 + IEP_LISTS.length;
  let done = 0;
  const step = (message: string) => onProgress?.({ done: (done += 1), total, message });

  const levels = await session.levelsByName();
  const leadLevel = await ensureLevel(sp, levels, IEP_LEAD);
  await ensureLevel(sp, levels, IEP_EDIT);
  const readLevel = await session.level(READ_LEVEL);
  const fullControl = await session.level(FULL_CONTROL_LEVEL);
  step('Permission levels ready');

  const groups = await session.groupsByTitle();
  // The SEN leads own their own group, so any of them (not only the SENCO who ran setup) manages it.
  const leads = await ensureGroup(sp, groups, SEN_LEADS_GROUP, 'IEP Planner: SENCO and deputies.', 'itself');
  const readOnly = await ensureGroup(
    sp,
    groups,
    READ_ONLY_GROUP,
    'IEP Planner: staff who read every plan (e.g. head teacher, DSL).',
    leads.Id,
  );
  const me = await currentUser(sp);
  // The SENCO running setup is a SEN lead: that is how they keep access once the lists stop inheriting.
  const members = await groupMembers(sp, leads.Id);
  if (!members.some((member) => member.Id === me.Id)) {
    await spCall(() => sp.web.siteGroups.getById(leads.Id).users.add(me.LoginName));
  }
  if (readAccess !== undefined) await applyReadAccess(sp, readOnly.Id, readAccess);
  const owners = await ownersGroupId(session);
  const siteMembers = await membersGroupId(session);
  step('Groups ready');

  for (const spec of IEP_LISTS) {
    const listId = listIds[spec.key];
    // A fresh queryable per call: PnPjs's select() sets the query on the object it is called on.
    const list = () => sp.web.lists.getById(listId);
    const state = ListStateSchema.parse(
      await spCall(() => list().select('EnableVersioning', 'HasUniqueRoleAssignments')(), {
        kind: 'list',
        id: listId,
      }),
    );
    if (state.EnableVersioning !== true) {
      await spCall(() => list().update({ EnableVersioning: true }), { kind: 'list', id: listId });
    }
    if (state.HasUniqueRoleAssignments !== true) {
      const scope = { listId };
      await breakInheritance(sp, scope, false);
      if (owners !== null) await grant(sp, scope, owners, fullControl);
      await grant(sp, scope, leads.Id, leadLevel);
      await grant(sp, scope, readOnly.Id, readLevel);
      if (siteMembers !== null && STAFF_READ_LISTS.has(spec.key))
        await grant(sp, scope, siteMembers, readLevel);
      // Breaking inheritance without copying gives the caller Full Control in person; staff are given
      // access through groups only, and the SENCO has theirs as a SEN lead now.
      await revoke(sp, scope, me.Id, fullControl);
    }
    step(`${spec.displayName} secured`);
  }
};
