import type { StandInServices } from '../../core/services';
import type { Directory } from '../../directory/directory';
import type { DirectorySite } from '../../directory/model';
import type { Collection } from '../../persistence/journalStore';

/**
 * Microsoft 365 group claims as members of a SharePoint group. SharePoint cannot nest its own groups, but
 * a group may hold `c:0o.c|federateddirectoryclaimprovider|<group id>`, the Microsoft 365 group's members
 * (the claim a group-connected site's Members group holds): everyone in that group is then a member.
 * The stand-in knows a Microsoft 365 group as a team (its owners and members) or, for a group-connected
 * site with no team (`site.groupId`), as the site's members and owners (its `edit` and `fullControl`
 * roles), which is how such a site's roles come about. An owners claim (`..._o`) is not modelled.
 */
const MEMBERS_CLAIM = /^c:0o\.c\|federateddirectoryclaimprovider\|([0-9a-f-]{36})$/i;

export interface ClaimPrincipal {
  readonly siteId: string;
  /** In the site's principal id space, like a user's lookup id. */
  readonly id: number;
  /** Lower case, as SharePoint prints it. */
  readonly loginName: string;
  readonly groupId: string;
}

export const CLAIM_PRINCIPALS_COLLECTION = 'sharepoint.claimPrincipals';

export const isGroupClaim = (loginName: string): boolean => MEMBERS_CLAIM.test(loginName.trim());

/** Whether the directory knows the Microsoft 365 group a claim names. */
const groupExists = (directory: Directory, groupId: string): boolean =>
  directory.teams.get(groupId) !== undefined ||
  [...directory.sites.values()].some((site) => site.groupId?.toLowerCase() === groupId);

/** The directory user ids of the Microsoft 365 group's members. */
const groupMemberIds = (directory: Directory, groupId: string): ReadonlySet<string> => {
  const team = [...directory.teams.values()].find((t) => t.id.toLowerCase() === groupId);
  if (team) return new Set([...team.memberIds, ...team.ownerIds]);
  const site = [...directory.sites.values()].find((s) => s.groupId?.toLowerCase() === groupId);
  if (!site) return new Set();
  return new Set(
    Object.entries(site.userRoles)
      .filter(([, role]) => role !== 'read')
      .map(([id]) => id),
  );
};

export class GroupClaims {
  private readonly principals: Collection<ClaimPrincipal>;

  private constructor(private readonly services: StandInServices) {
    this.principals = services.store.collection<ClaimPrincipal>(CLAIM_PRINCIPALS_COLLECTION);
  }

  static of(services: StandInServices): GroupClaims {
    return services.shared('sharepoint.groupClaims', () => new GroupClaims(services));
  }

  /** The claim as a principal of the site, made on first use (as ensureuser would); null if no such group. */
  ensure(site: DirectorySite, loginName: string, nextId: () => number): ClaimPrincipal | null {
    const match = MEMBERS_CLAIM.exec(loginName.trim());
    const groupId = match?.[1]?.toLowerCase();
    if (!groupId || !groupExists(this.services.directory, groupId)) return null;
    const login = `c:0o.c|federateddirectoryclaimprovider|${groupId}`;
    const key = `${site.id}|${login}`;
    const known = this.principals.get(key);
    if (known) return known;
    const principal: ClaimPrincipal = { siteId: site.id, id: nextId(), loginName: login, groupId };
    this.principals.put(key, principal);
    return principal;
  }

  byLogin(site: DirectorySite, loginName: string): ClaimPrincipal | undefined {
    return this.principals.get(`${site.id}|${loginName.trim().toLowerCase()}`);
  }

  byId(site: DirectorySite, id: number): ClaimPrincipal | undefined {
    return [...this.principals.values()].find((p) => p.siteId === site.id && p.id === id);
  }

  /** Whether a group member entry (a user id or a claim's login name) includes the user. */
  includes(memberId: string, userId: string): boolean {
    if (memberId === userId) return true;
    const match = MEMBERS_CLAIM.exec(memberId);
    return match?.[1] !== undefined && groupMemberIds(this.services.directory, match[1]).has(userId);
  }
}
