import type { SPFI } from '@pnp/sp';
import { z } from 'zod';
import { spCall } from './spErrors';
import { basePermissionsOf, type PermissionLevel } from './permissionLevels';

const GroupSchema = z.object({ Id: z.number().int(), Title: z.string() });
export type SiteGroup = z.infer<typeof GroupSchema>;

const UserSchema = z.object({
  Id: z.number().int(),
  LoginName: z.string(),
  Title: z.string().nullish(),
  Email: z.string().nullish(),
  UserPrincipalName: z.string().nullish(),
});
export type SiteUser = z.infer<typeof UserSchema>;

const LevelSchema = z.object({ Id: z.number().int(), Name: z.string() });

/** Entra ID accounts' claims login name, as SharePoint writes it for a member. */
export const loginNameOf = (upn: string): string => `i:0#.f|membership|${upn}`;

/** A member's sign-in name, lower case: SharePoint's UPN property, else the end of the claims login name. */
export const upnOf = (user: SiteUser): string =>
  (user.UserPrincipalName ?? user.LoginName.slice(user.LoginName.lastIndexOf('|') + 1)).toLowerCase();

/** The site's groups by title, in one request. */
export const siteGroupsByTitle = async (sp: SPFI): Promise<Map<string, SiteGroup>> => {
  const groups = z.array(GroupSchema).parse(await spCall(() => sp.web.siteGroups.select('Id', 'Title')()));
  return new Map(groups.map((group) => [group.Title, group]));
};

/**
 * A group, created when missing. `owner` (a group's id) may then manage its membership: SharePoint
 * makes the creator the owner otherwise, and a SENCO who leaves would take the class groups with them.
 * The owner is set only at creation, so running setup again changes nothing.
 */
export const ensureGroup = async (
  sp: SPFI,
  known: Map<string, SiteGroup>,
  title: string,
  description: string,
  owner?: 'itself' | number,
  reread?: () => Promise<Map<string, SiteGroup>>,
): Promise<SiteGroup> => {
  const found = known.get(title);
  if (found) return found;
  let created: SiteGroup;
  try {
    created = GroupSchema.parse(
      await spCall(() => sp.web.siteGroups.add({ Title: title, Description: description })),
    );
  } catch (error) {
    // Another session made it since the groups were read: SharePoint refuses a second group of that name.
    const message = error instanceof Error ? error.message : '';
    const again =
      reread && /already (in use|exists)/i.test(message) ? (await reread()).get(title) : undefined;
    if (again) return again;
    throw error;
  }
  known.set(title, created);
  if (owner !== undefined) {
    const ownerId = owner === 'itself' ? created.Id : owner;
    await spCall(() => sp.web.siteGroups.getById(created.Id).setUserAsOwner(ownerId));
  }
  return created;
};

/** The site's permission levels by name, in one request. */
export const levelIdsByName = async (sp: SPFI): Promise<Map<string, number>> => {
  const levels = z
    .array(LevelSchema)
    .parse(await spCall(() => sp.web.roleDefinitions.select('Id', 'Name')()));
  return new Map(levels.map((level) => [level.Name, level.Id]));
};

/** A permission level's id, created when missing; an existing level is left as a person may have tuned it. */
export const ensureLevel = async (
  sp: SPFI,
  known: Map<string, number>,
  level: PermissionLevel,
): Promise<number> => {
  const found = known.get(level.name);
  if (found !== undefined) return found;
  const { data } = await spCall(() =>
    sp.web.roleDefinitions.add(level.name, level.description, level.order, basePermissionsOf(level.kinds)),
  );
  const created = LevelSchema.parse(data);
  known.set(level.name, created.Id);
  return created.Id;
};

/** A person as a site user (SharePoint adds them to the site's user list when new). */
export const ensureUser = async (sp: SPFI, upn: string): Promise<SiteUser> =>
  UserSchema.parse(await spCall(() => sp.web.ensureUser(loginNameOf(upn))));

export const currentUser = async (sp: SPFI): Promise<SiteUser> =>
  UserSchema.parse(await spCall(() => sp.web.currentUser()));

/** The titles of the signed-in user's groups. */
export const myGroupTitles = async (sp: SPFI): Promise<string[]> =>
  z
    .array(GroupSchema)
    .parse(await spCall(() => sp.web.currentUser.groups.select('Id', 'Title')()))
    .map((group) => group.Title);

export const groupMembers = async (sp: SPFI, groupId: number): Promise<SiteUser[]> =>
  z.array(UserSchema).parse(await spCall(() => sp.web.siteGroups.getById(groupId).users()));

/** Adds someone to a group by sign-in name (ensureuser, then the add); answers them as SharePoint knows them. */
export const addMember = async (sp: SPFI, groupId: number, upn: string): Promise<SiteUser> => {
  const user = await ensureUser(sp, upn);
  await spCall(() => sp.web.siteGroups.getById(groupId).users.add(user.LoginName));
  return user;
};

export const removeMember = async (sp: SPFI, groupId: number, member: SiteUser): Promise<void> => {
  await spCall(() => sp.web.siteGroups.getById(groupId).users.removeById(member.Id));
};

/**
 * Makes a group's members exactly these people: one request per person added (ensureuser, then the add)
 * or removed. Nobody already right is touched, so running it again sends only the read.
 */
export const setMembers = async (sp: SPFI, groupId: number, upns: readonly string[]): Promise<void> => {
  const wanted = new Set(upns.map((upn) => upn.trim().toLowerCase()).filter((upn) => upn !== ''));
  const members = await groupMembers(sp, groupId);
  const present = new Set(members.map(upnOf));
  for (const member of members) {
    if (!wanted.has(upnOf(member))) await removeMember(sp, groupId, member);
  }
  for (const upn of wanted) {
    if (!present.has(upn)) await addMember(sp, groupId, upn);
  }
};
