import type { Collection, JournalStore } from '../persistence/journalStore';
import {
  siteAllows,
  proxyAddressesOf,
  type DirectorySite,
  type DirectoryTeam,
  type DirectoryTenant,
  type DirectoryUser,
  type SiteAccess,
} from './model';

/** Look-ups over the persisted directory (seeded by demoSchool.ts or by tests). */
export class Directory {
  readonly users: Collection<DirectoryUser>;
  readonly teams: Collection<DirectoryTeam>;
  readonly sites: Collection<DirectorySite>;
  private readonly tenantRecord: Collection<DirectoryTenant>;

  constructor(store: JournalStore) {
    this.users = store.collection<DirectoryUser>('directory.users');
    this.teams = store.collection<DirectoryTeam>('directory.teams');
    this.sites = store.collection<DirectorySite>('directory.sites');
    this.tenantRecord = store.collection<DirectoryTenant>('directory.tenant');
  }

  get tenant(): DirectoryTenant {
    return (
      this.tenantRecord.get('tenant') ?? {
        tenantId: '00000000-0000-0000-0000-000000000000',
        organisationName: 'Local tenant',
        hostname: 'contoso.sharepoint.com',
      }
    );
  }

  setTenant(tenant: DirectoryTenant): void {
    this.tenantRecord.put('tenant', tenant);
  }

  /**
   * By object id, user principal name or any SMTP address of the mailbox (case-insensitive, as Entra ID
   * and Exchange treat them), so an invitation sent to an alias still lands in the right calendar.
   */
  findUser(idOrAddress: string): DirectoryUser | undefined {
    const byId = this.users.get(idOrAddress);
    if (byId) return byId;
    const wanted = idOrAddress.toLowerCase();
    for (const user of this.users.values()) {
      if (user.userPrincipalName.toLowerCase() === wanted || user.mail.toLowerCase() === wanted) return user;
    }
    for (const user of this.users.values()) {
      const smtp = proxyAddressesOf(user).filter((a) => /^smtp:/i.test(a));
      if (smtp.some((a) => a.slice(5).toLowerCase() === wanted)) return user;
    }
    return undefined;
  }

  teamsOf(userId: string): DirectoryTeam[] {
    return [...this.teams.values()].filter(
      (t) => t.memberIds.includes(userId) || t.ownerIds.includes(userId),
    );
  }

  findSiteByPath(hostname: string, serverRelativePath: string): DirectorySite | undefined {
    const host = hostname.toLowerCase();
    const wanted = normalisePath(serverRelativePath);
    for (const site of this.sites.values()) {
      if (site.hostname.toLowerCase() === host && normalisePath(site.serverRelativePath) === wanted)
        return site;
    }
    return undefined;
  }

  allows(site: DirectorySite, user: DirectoryUser, need: SiteAccess): boolean {
    return siteAllows(site, user.id, need);
  }
}

const normalisePath = (p: string): string => ('/' + p.replace(/^\/+|\/+$/g, '')).toLowerCase();
