import type { CareTeamAdmin, ExtraStaffRole, StaffMember } from '../../../domain/careTeamAdmin';
import { Invalid } from '../../../domain/errors';
import { SharePointRestFailure } from '../shared/folderCreates';
import type { StoreCareTeams } from '../storeCareTeams';
import type { IepListIds } from '../lists';
import { sharePointScopes } from './webUrl';
import { createCareTeamAccess, type CareTeamAccess } from './careTeamAccess';
import { SEN_LEADS_GROUP } from './groupNames';
import { createInFolderWithRefusals } from './folderCreatesPort';
import { addMember, groupMembers, removeMember, upnOf, type SiteUser } from './principals';
import { checkGrant, type GrantCheck } from './records/grantCheck';
import { createRecordLabels } from './records/recordLabels';
import { AccessSession } from './session';
import { createSharePointRest, type SharePointRestOptions } from './spFactory';

/**
 * Everything care teams need, in one chunk the tab loads when it first creates an item or opens Staff
 * access: PnPjs is not on the way to the first screen.
 */
export interface CareTeams {
  readonly access: CareTeamAccess;
  readonly store: StoreCareTeams;
  readonly admin: CareTeamAdmin;
  /** The signed-in person's role on a pupil given to them in person; null when they read nothing of them. */
  myRoleOnPupil(pupilId: string): Promise<ExtraStaffRole | null>;
  /** What the signed-in person may do through the app on an IEP list (the configuration page's check). */
  checkGrant(listId: string): Promise<GrantCheck>;
}

export interface CareTeamsOptions {
  /** The SEN site's web URL (webUrl.ts); the SharePoint token's scope follows from it. */
  readonly webUrl: string;
  readonly getAccessToken: SharePointRestOptions['getAccessToken'];
  readonly fetchImpl?: typeof fetch;
  readonly assistantsMayEdit: boolean;
  /** The IEP lists' ids, for a pupil's extra staff (looked up once by the caller). */
  readonly listIds?: () => Promise<IepListIds>;
  /** Defaults to real timers; tests shorten the waits after throttling. */
  readonly timing?: SharePointRestOptions['timing'];
}

const memberOf = (user: SiteUser): StaffMember => ({
  name: user.Title ?? upnOf(user),
  email: user.Email ?? upnOf(user),
});

export const createCareTeams = (options: CareTeamsOptions): CareTeams => {
  const sp = createSharePointRest({
    webUrl: options.webUrl,
    getAccessToken: options.getAccessToken,
    scopes: sharePointScopes(options.webUrl),
    ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
    ...(options.timing ? { timing: options.timing } : {}),
  });
  const access = createCareTeamAccess(sp, { assistantsMayEdit: options.assistantsMayEdit });
  const session = new AccessSession(sp);
  const records = createRecordLabels(sp, options.webUrl);
  const addTo = async (groupId: number, email: string): Promise<StaffMember> =>
    memberOf(await addMember(sp, groupId, email.trim()));
  const removeFrom = async (groupId: number, email: string): Promise<void> => {
    const wanted = email.trim().toLowerCase();
    const members = await groupMembers(sp, groupId);
    const member = members.find((m) => upnOf(m) === wanted || m.Email?.toLowerCase() === wanted);
    if (member) await removeMember(sp, groupId, member);
  };
  const listIds = async (): Promise<IepListIds> => {
    if (!options.listIds) throw new Error('Care teams were made without the IEP lists’ ids.');
    return options.listIds();
  };
  const classGroupId = async (classTeamId: string, group: 'teachers' | 'assistants'): Promise<number> =>
    (await session.classGroups(classTeamId))[group].Id;

  return {
    access,
    myRoleOnPupil: async (pupilId) => access.myRoleOnPupil(pupilId, await listIds()),
    store: {
      // The store reads SharePoint's refusal as an answer (a 403 is final, a 429 was waited out already).
      folders: {
        createInFolder: createInFolderWithRefusals(
          access,
          (refusal) =>
            new SharePointRestFailure(refusal.status, refusal.code, refusal.message, refusal.retryAfter),
        ),
      },
      securePupil: (pupilId, classTeamId, listIds) => access.securePupil(pupilId, classTeamId, listIds),
      movePupil: (pupilId, from, to, listIds) => access.movePupil(pupilId, from, to, listIds),
      withdrawPupil: (pupilId, classTeamId, listIds) => access.withdrawPupil(pupilId, classTeamId, listIds),
      restorePupil: (pupilId, classTeamId, listIds) => access.restorePupil(pupilId, classTeamId, listIds),
      securePupilFolder: (pupilId, classTeamId, list, listIds) =>
        access.securePupilFolder(pupilId, classTeamId, list, listIds),
      labelRecords: (listId, itemIds, label) => records.label(listId, itemIds, label),
    },
    checkGrant: (listId) => checkGrant(sp, listId),
    admin: {
      readClassStaff: async (classTeamId) => {
        const groups = await session.existingClassGroups(classTeamId);
        if (!groups) return { teachers: [], assistants: [] };
        const [teachers, assistants] = await Promise.all([
          groupMembers(sp, groups.teachers.Id),
          groupMembers(sp, groups.assistants.Id),
        ]);
        return { teachers: teachers.map(memberOf), assistants: assistants.map(memberOf) };
      },
      addClassStaff: async (classTeamId, group, email) =>
        addTo(await classGroupId(classTeamId, group), email),
      removeClassStaff: async (classTeamId, group, email) =>
        removeFrom(await classGroupId(classTeamId, group), email),
      readSenLeads: async () =>
        (await groupMembers(sp, (await session.group(SEN_LEADS_GROUP)).Id)).map(memberOf),
      addSenLead: async (email) => addTo((await session.group(SEN_LEADS_GROUP)).Id, email),
      removeSenLead: async (email) => {
        const leads = (await session.group(SEN_LEADS_GROUP)).Id;
        const members = await groupMembers(sp, leads);
        if (members.length <= 1)
          throw new Invalid([
            {
              path: 'senLeads',
              message: 'Keep at least one SEN lead: they are the only people who can manage access.',
            },
          ]);
        await removeFrom(leads, email);
      },
      readExtraStaff: async (pupilId) => access.readExtraStaff(pupilId, await listIds()),
      addExtraStaff: async (pupilId, role, email) =>
        access.addExtraStaff(pupilId, role, email, await listIds()),
      removeExtraStaff: async (pupilId, email) => access.removeExtraStaff(pupilId, email, await listIds()),
    },
  };
};
