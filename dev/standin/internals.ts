import type { StandInServices } from './core/services';
import type { AppGrant, DirectorySite, DirectoryTeam, DirectoryUser, SiteRole } from './directory/model';
import type { StandIn } from './server';
import { SitePermissions, type SiteGroupView } from './sharepoint/permissions/sitePermissions';
import { SharePointLists } from './sharepoint/sharePointLists';

/**
 * Hooks for tests and the bench that would be too slow over HTTP (e.g. putting 50,000 items in a list).
 * They go through the same validation and persistence as HTTP writes; only the round trips are skipped.
 */
export interface StandInInternals {
  readonly services: StandInServices;
  /**
   * Adds items to a list as the given user and makes them durable; returns the new item ids in order.
   * `siteId` is a site id; `list` an id or display name.
   */
  seedListItems(
    siteId: string,
    list: string,
    rows: readonly Record<string, unknown>[],
    asUserPrincipalName: string,
  ): string[];
  /** What an administrator would grant the app on a site with Sites.Selected. */
  setAppGrant(siteId: string, grant: AppGrant): void;
  /** A user's own role on a site (visitor 'read', member 'edit', owner 'fullControl'), or null for none. */
  setSiteRole(siteId: string, userPrincipalName: string, role: SiteRole | null): void;
  /** What School Data Sync does each September: a new class team, with its owners and members. */
  addClassTeam(team: DirectoryTeam): void;
  /**
   * Unique permission scopes per list of the site, by list display name: the list's own (if it has one)
   * plus each item's or folder's. SharePoint's guidance is at most 5,000 per list.
   */
  uniqueScopeCounts(siteId: string): Record<string, number>;
  /** A site group, owned by the given user (tests should mostly create groups over REST). Returns its id. */
  createSiteGroup(siteId: string, title: string, ownerUserPrincipalName: string): number;
  /** Adds a user to a site group named by id or title; adding a member again changes nothing. */
  addGroupMember(siteId: string, group: number | string, userPrincipalName: string): void;
}

const registry = new WeakMap<StandIn, StandInServices>();

export function registerInternals(standIn: StandIn, services: StandInServices): void {
  registry.set(standIn, services);
}

export function internalsOf(standIn: StandIn): StandInInternals {
  const services = registry.get(standIn);
  if (!services) throw new Error('This stand-in was not started by startStandIn.');
  const siteOf = (siteId: string): DirectorySite => {
    const site = services.directory.sites.get(siteId);
    if (!site) throw new Error(`No site with id '${siteId}'.`);
    return site;
  };
  const userOf = (userPrincipalName: string): DirectoryUser => {
    const user = services.directory.findUser(userPrincipalName);
    if (!user) throw new Error(`No demo user signs in as '${userPrincipalName}'.`);
    return user;
  };
  const saveSite = (site: DirectorySite): void => {
    services.directory.sites.put(site.id, site);
    services.store.flush();
  };
  return {
    services,
    setAppGrant(siteId, grant) {
      saveSite({ ...siteOf(siteId), appGrant: grant });
    },
    setSiteRole(siteId, userPrincipalName, role) {
      const user = services.directory.findUser(userPrincipalName);
      if (!user) throw new Error(`No demo user signs in as '${userPrincipalName}'.`);
      const site = siteOf(siteId);
      const userRoles = Object.fromEntries(Object.entries(site.userRoles).filter(([id]) => id !== user.id));
      saveSite({ ...site, userRoles: role ? { ...userRoles, [user.id]: role } : userRoles });
    },
    addClassTeam(team) {
      if (services.directory.teams.get(team.id))
        throw new Error(`A team with id '${team.id}' exists already.`);
      siteOf(team.siteId);
      services.directory.teams.put(team.id, team);
      services.store.flush();
    },
    uniqueScopeCounts(siteId) {
      const site = siteOf(siteId);
      const permissions = SitePermissions.of(services);
      return Object.fromEntries(
        SharePointLists.of(services)
          .listsOf(site)
          .map((list) => [list.displayName, permissions.uniqueScopeCount(list.id)]),
      );
    },
    createSiteGroup(siteId, title, ownerUserPrincipalName) {
      const owner = userOf(ownerUserPrincipalName);
      const group = SitePermissions.of(services).createGroup(siteOf(siteId), title, '', owner.lookupId);
      services.store.flush();
      return group.id;
    },
    addGroupMember(siteId, groupIdOrTitle, userPrincipalName) {
      const site = siteOf(siteId);
      const permissions = SitePermissions.of(services);
      const group: SiteGroupView | undefined =
        typeof groupIdOrTitle === 'number'
          ? permissions.findGroup(site, groupIdOrTitle)
          : permissions.findGroupByTitle(site, groupIdOrTitle);
      if (!group) throw new Error(`No site group '${groupIdOrTitle}'.`);
      permissions.addMember(site, group, userOf(userPrincipalName));
      services.store.flush();
    },
    seedListItems(siteId, listName, rows, asUserPrincipalName) {
      const caller = services.directory.findUser(asUserPrincipalName);
      if (!caller) throw new Error(`No demo user signs in as '${asUserPrincipalName}'.`);
      const site = siteOf(siteId);
      const lists = SharePointLists.of(services);
      const list = lists.findList(site, listName);
      const ids = rows.map((fields) => String(lists.createItem(list, fields, caller).id));
      services.store.flush();
      return ids;
    },
  };
}
