import { z } from 'zod';
import type { ExtraStaffMember, ExtraStaffRole } from '../../../domain/careTeamAdmin';
import type { Folders } from './folders';
import { ensureUser, upnOf } from './principals';
import { assistantsLevel, levelsOf, pupilScopesOf, type PupilScopeRun } from './pupilScopes';
import { grant, revoke } from './scopes';
import type { AccessSession } from './session';
import { spCall } from './spErrors';
import { NotFound } from '../../../domain/errors';
import { PermissionKind } from '@pnp/sp/security';

/** SP.PrincipalType: a user, as opposed to a group or a claim (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/ee541430(v=office.15)). */
const USER_PRINCIPAL = 1;

const AssignmentSchema = z.object({
  PrincipalId: z.number().int(),
  Member: z.object({
    Id: z.number().int(),
    LoginName: z.string(),
    Title: z.string().nullish(),
    Email: z.string().nullish(),
    UserPrincipalName: z.string().nullish(),
    PrincipalType: z.number().int(),
  }),
  RoleDefinitionBindings: z.array(z.object({ Id: z.number().int() })),
});

interface AssignedUser {
  readonly id: number;
  readonly member: ExtraStaffMember;
  /** Lower case: the sign-in name and the email address, either of which the SENCO may type. */
  readonly addresses: readonly string[];
}

/**
 * Staff given a pupil's records in person, beyond the class's groups: a TA from another class who
 * delivers a 1:1, a teacher named on the plan. SharePoint's own record is the truth: the users (not
 * groups) assigned on the pupil's item, whose level there says their role (IEP Edit: teacher; Read: an
 * assistant, who also has IEP Edit on Evidence). Where assistants may edit, both have IEP Edit, and
 * both show as teachers, which is what they may then do. One request.
 */
const assignedUsers = async (session: AccessSession, run: PupilScopeRun): Promise<AssignedUser[]> => {
  const levels = await levelsOf(session);
  const raw = await spCall(
    () =>
      session.sp.web.lists
        .getById(run.listIds.pupils)
        .items.getById(Number(run.pupilItemId))
        .roleAssignments.expand('Member', 'RoleDefinitionBindings')(),
    { kind: 'pupil', id: run.pupilItemId },
  );
  return z
    .array(AssignmentSchema)
    .parse(raw)
    .filter((a) => a.Member.PrincipalType === USER_PRINCIPAL)
    .map((a) => {
      const upn = upnOf(a.Member);
      const email = a.Member.Email ?? upn;
      return {
        id: a.PrincipalId,
        member: {
          name: a.Member.Title ?? upn,
          email,
          role: a.RoleDefinitionBindings.some((b) => b.Id === levels.edit) ? 'teacher' : 'assistant',
        },
        addresses: [upn, email.toLowerCase()],
      };
    });
};

export const readExtraStaff = async (
  session: AccessSession,
  run: PupilScopeRun,
): Promise<ExtraStaffMember[]> => (await assignedUsers(session, run)).map((user) => user.member);

/**
 * The person (checked by SharePoint's ensureuser: 404 for anyone not in the tenant) given their role's
 * levels on each of the pupil's scopes: 1 + 6 requests, each safe to repeat.
 */
export const addExtraStaff = async (
  session: AccessSession,
  folders: Folders,
  run: PupilScopeRun & { readonly role: ExtraStaffRole; readonly email: string },
): Promise<ExtraStaffMember> => {
  const user = await ensureUser(session.sp, run.email.trim());
  const levels = await levelsOf(session);
  const { scopes } = await pupilScopesOf(folders, run);
  for (const [list, scope] of scopes) {
    const level = run.role === 'teacher' ? levels.edit : assistantsLevel(list, levels, run.assistantsMayEdit);
    await grant(session.sp, scope, user.Id, level);
  }
  return { name: user.Title ?? upnOf(user), email: user.Email ?? upnOf(user), role: run.role };
};

/**
 * Both levels the design gives (IEP Edit and Read) taken off each of the pupil's scopes, whatever role
 * the person was given or the school's setting was then: 12 requests, each a no-op where there is
 * nothing to remove, so a removal interrupted half-way is simply run again.
 */
const revokeEverywhere = async (
  session: AccessSession,
  folders: Folders,
  run: PupilScopeRun,
  userIds: readonly number[],
): Promise<void> => {
  if (userIds.length === 0) return;
  const levels = await levelsOf(session);
  const { scopes } = await pupilScopesOf(folders, run);
  // The pupil's item last: until it is done the person is still listed, so a rerun finds them.
  for (const [, scope] of [...scopes].reverse()) {
    for (const userId of userIds) {
      await revoke(session.sp, scope, userId, levels.edit);
      await revoke(session.sp, scope, userId, levels.read);
    }
  }
};

/** One person's extra access taken away (1 read + 12 requests); someone not listed has none to take. */
export const removeExtraStaff = async (
  session: AccessSession,
  folders: Folders,
  run: PupilScopeRun & { readonly email: string },
): Promise<void> => {
  const wanted = run.email.trim().toLowerCase();
  const found = (await assignedUsers(session, run)).find((user) => user.addresses.includes(wanted));
  if (found) await revokeEverywhere(session, folders, run, [found.id]);
};

/** Every extra person's access taken away, for a pupil who leaves the school: 1 read + 12 per person. */
export const removeAllExtraStaff = async (
  session: AccessSession,
  folders: Folders,
  run: PupilScopeRun,
): Promise<void> => {
  const users = await assignedUsers(session, run);
  await revokeEverywhere(
    session,
    folders,
    run,
    users.map((user) => user.id),
  );
};

const RightsSchema = z.object({
  EffectiveBasePermissions: z.object({ High: z.coerce.number(), Low: z.coerce.number() }),
});

/**
 * The signed-in person's role on one pupil they have no class role for: null when SharePoint lets them
 * read nothing of the pupil, else what their rights on the pupil's item say (Edit items: a teacher's
 * level; reading only: an assistant's, who adds evidence). One request, answered for the caller alone
 * (`EffectiveBasePermissions`), so a teacher's session, which may not list assignments, can ask it.
 */
export const myRoleOnPupil = async (
  session: AccessSession,
  run: PupilScopeRun,
): Promise<ExtraStaffRole | null> => {
  try {
    const raw = await spCall(
      () =>
        session.sp.web.lists
          .getById(run.listIds.pupils)
          .items.getById(Number(run.pupilItemId))
          .select('EffectiveBasePermissions')(),
      { kind: 'pupil', id: run.pupilItemId },
    );
    const { Low } = RightsSchema.parse(raw).EffectiveBasePermissions;
    // EditListItems is SP.PermissionKind 3: bit 2 of the low half.
    const edits = ((Low >>> 0) & (1 << (PermissionKind.EditListItems - 1))) !== 0;
    return edits ? 'teacher' : 'assistant';
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  }
};
