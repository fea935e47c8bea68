import type { StandInServices } from '../../core/services';
import { spException } from '../../core/spErrors';
import type { DirectorySite, DirectoryUser } from '../../directory/model';
import type { Collection } from '../../persistence/journalStore';
import { BUILT_IN_ROLES, type BasePermissions } from './basePermissions';
import { GroupClaims, type ClaimPrincipal } from './groupClaims';
import {
  DEFAULT_GROUPS,
  FIRST_CUSTOM_ROLE_ID,
  FIRST_GROUP_ID,
  OWNERS_GROUP_ID,
  PRINCIPAL_COUNTERS_COLLECTION,
  ROLE_DEFINITIONS_COLLECTION,
  SCOPES_COLLECTION,
  scopeKey,
  SITE_GROUPS_COLLECTION,
  siteKey,
  type DefaultGroup,
  type StoredRoleDefinition,
  type StoredScope,
  type StoredSiteGroup,
} from './model';

/** A site group as callers see it: a stored one, or one of the site's associated groups. */
export interface SiteGroupView {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly ownerId: number;
  readonly memberIds: readonly string[];
  readonly associated: DefaultGroup | null;
}

export interface RoleDefinitionView {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  readonly hidden: boolean;
  readonly roleTypeKind: number;
  readonly mask: BasePermissions;
}

/** Per-list unique scopes kept in memory: which item ids have their own, and whether the list root does. */
interface ListScopes {
  root: boolean;
  readonly items: Set<number>;
}

/** Site groups, permission levels and unique scopes, journaled like the rest of the stand-in. */
export class SitePermissions {
  private readonly groups: Collection<StoredSiteGroup>;
  private readonly roles: Collection<StoredRoleDefinition>;
  private readonly scopes: Collection<StoredScope>;
  private readonly counters: Collection<number>;
  private byList: Map<string, ListScopes> | null = null;
  private readonly boundPrincipals = new Map<string, Set<number>>();

  constructor(private readonly services: StandInServices) {
    this.groups = services.store.collection<StoredSiteGroup>(SITE_GROUPS_COLLECTION);
    this.roles = services.store.collection<StoredRoleDefinition>(ROLE_DEFINITIONS_COLLECTION);
    this.scopes = services.store.collection<StoredScope>(SCOPES_COLLECTION);
    this.counters = services.store.collection<number>(PRINCIPAL_COUNTERS_COLLECTION);
  }

  static of(services: StandInServices): SitePermissions {
    return services.shared('sharepoint.permissions', () => new SitePermissions(services));
  }

  // ---- groups

  groupsOf(site: DirectorySite): SiteGroupView[] {
    const associated = DEFAULT_GROUPS.map((g): SiteGroupView => ({
      id: g.id,
      title: `${site.displayName} ${g.suffix}`,
      description: `Use this group to grant people ${g.role === 'fullControl' ? 'full control' : g.role === 'edit' ? 'contribute' : 'read'} permissions to the SharePoint site: ${site.displayName}`,
      ownerId: OWNERS_GROUP_ID,
      memberIds: Object.entries(site.userRoles)
        .filter(([, role]) => role === g.role)
        .map(([id]) => id),
      associated: g,
    }));
    const stored = [...this.groups.values()]
      .filter((g) => g.siteId === site.id)
      .sort((a, b) => a.id - b.id)
      .map((g): SiteGroupView => ({ ...g, associated: null }));
    return [...associated, ...stored];
  }

  findGroup(site: DirectorySite, id: number): SiteGroupView | undefined {
    return this.groupsOf(site).find((g) => g.id === id);
  }

  findGroupByTitle(site: DirectorySite, title: string): SiteGroupView | undefined {
    const wanted = title.toLowerCase();
    return this.groupsOf(site).find((g) => g.title.toLowerCase() === wanted);
  }

  /** The groups the user is in, in person or through a Microsoft 365 group's claim among the members. */
  groupIdsOf(site: DirectorySite, user: DirectoryUser): number[] {
    const claims = GroupClaims.of(this.services);
    return this.groupsOf(site)
      .filter((g) => g.memberIds.some((member) => claims.includes(member, user.id)))
      .map((g) => g.id);
  }

  createGroup(site: DirectorySite, title: string, description: string, ownerId: number): SiteGroupView {
    if (this.findGroupByTitle(site, title)) {
      // SharePoint's wording for a group title already taken in the site collection.
      throw spException('The specified name is already in use.\n\nPlease choose a different name.');
    }
    const id = this.nextGroupId(site);
    const group: StoredSiteGroup = { siteId: site.id, id, title, description, ownerId, memberIds: [] };
    this.groups.put(siteKey(site.id, id), group);
    return { ...group, associated: null };
  }

  /** Adding an existing member changes nothing. */
  addMember(site: DirectorySite, group: SiteGroupView, user: DirectoryUser): void {
    if (group.associated) {
      const current = site.userRoles[user.id];
      const rank = { read: 1, edit: 2, fullControl: 3 } as const;
      if (current && rank[current] >= rank[group.associated.role]) return;
      this.saveSiteRoles(site, { ...site.userRoles, [user.id]: group.associated.role });
      return;
    }
    const stored = this.groups.get(siteKey(site.id, group.id));
    if (!stored || stored.memberIds.includes(user.id)) return;
    this.groups.put(siteKey(site.id, group.id), { ...stored, memberIds: [...stored.memberIds, user.id] });
  }

  /** Removing someone who is not a member changes nothing. */
  removeMember(site: DirectorySite, group: SiteGroupView, user: DirectoryUser): void {
    if (group.associated) {
      if (site.userRoles[user.id] !== group.associated.role) return;
      const { [user.id]: _removed, ...rest } = site.userRoles;
      this.saveSiteRoles(site, rest);
      return;
    }
    const stored = this.groups.get(siteKey(site.id, group.id));
    if (!stored || !stored.memberIds.includes(user.id)) return;
    this.groups.put(siteKey(site.id, group.id), {
      ...stored,
      memberIds: stored.memberIds.filter((id) => id !== user.id),
    });
  }

  /** A Microsoft 365 group's claim as a member of a stored group (never an associated one); again: no change. */
  addClaimMember(site: DirectorySite, group: SiteGroupView, claim: ClaimPrincipal): void {
    const stored = this.groups.get(siteKey(site.id, group.id));
    if (!stored) throw spException('A Microsoft 365 group cannot be added to this group here.');
    if (stored.memberIds.includes(claim.loginName)) return;
    this.groups.put(siteKey(site.id, group.id), {
      ...stored,
      memberIds: [...stored.memberIds, claim.loginName],
    });
  }

  removeClaimMember(site: DirectorySite, group: SiteGroupView, claim: ClaimPrincipal): void {
    const stored = this.groups.get(siteKey(site.id, group.id));
    if (!stored || !stored.memberIds.includes(claim.loginName)) return;
    this.groups.put(siteKey(site.id, group.id), {
      ...stored,
      memberIds: stored.memberIds.filter((id) => id !== claim.loginName),
    });
  }

  /** A claim's principal id, from the counter groups use: one integer space per site. */
  ensureClaim(site: DirectorySite, loginName: string): ClaimPrincipal | null {
    return GroupClaims.of(this.services).ensure(site, loginName, () => this.nextGroupId(site));
  }

  setOwner(site: DirectorySite, group: SiteGroupView, ownerId: number): void {
    const stored = this.groups.get(siteKey(site.id, group.id));
    // The associated groups stay owned by the site's owners.
    if (!stored) throw spException('The owner of this group cannot be changed.');
    this.groups.put(siteKey(site.id, group.id), { ...stored, ownerId });
  }

  private saveSiteRoles(site: DirectorySite, userRoles: DirectorySite['userRoles']): void {
    this.services.directory.sites.put(site.id, { ...site, userRoles });
  }

  private nextGroupId(site: DirectorySite): number {
    const key = `group|${site.id}`;
    const taken = new Set([...this.services.directory.users.values()].map((u) => u.lookupId));
    let id = this.counters.get(key) ?? FIRST_GROUP_ID;
    while (taken.has(id)) id += 1;
    this.counters.put(key, id + 1);
    return id;
  }

  // ---- permission levels

  roleDefinitionsOf(site: DirectorySite): RoleDefinitionView[] {
    const custom = [...this.roles.values()]
      .filter((r) => r.siteId === site.id)
      .map((r): RoleDefinitionView => ({
        id: r.id,
        name: r.name,
        description: r.description,
        order: r.order,
        hidden: false,
        roleTypeKind: 0,
        mask: { high: r.high, low: r.low },
      }));
    return [...BUILT_IN_ROLES, ...custom].sort((a, b) => a.order - b.order || a.id - b.id);
  }

  findRoleDefinition(site: DirectorySite, id: number): RoleDefinitionView | undefined {
    return this.roleDefinitionsOf(site).find((r) => r.id === id);
  }

  findRoleDefinitionByName(site: DirectorySite, name: string): RoleDefinitionView | undefined {
    const wanted = name.toLowerCase();
    return this.roleDefinitionsOf(site).find((r) => r.name.toLowerCase() === wanted);
  }

  createRoleDefinition(
    site: DirectorySite,
    definition: Omit<StoredRoleDefinition, 'siteId' | 'id'>,
  ): RoleDefinitionView {
    if (this.findRoleDefinitionByName(site, definition.name)) {
      throw spException(
        `A role definition with the name "${definition.name}" already exists. Please choose a different name.`,
      );
    }
    const key = `role|${site.id}`;
    const id = this.counters.get(key) ?? FIRST_CUSTOM_ROLE_ID;
    this.counters.put(key, id + 1);
    this.roles.put(siteKey(site.id, id), { ...definition, siteId: site.id, id });
    return this.findRoleDefinition(site, id) as RoleDefinitionView;
  }

  // ---- unique scopes

  scopeOf(listId: string, itemId: number | null): StoredScope | undefined {
    if (!this.hasScope(listId, itemId)) return undefined;
    return this.scopes.get(scopeKey(listId, itemId));
  }

  hasScope(listId: string, itemId: number | null): boolean {
    const list = this.listScopes().get(listId);
    if (!list) return false;
    return itemId === null ? list.root : list.items.has(itemId);
  }

  /** Whether anything in the list has its own permissions (if not, everything inherits from the site). */
  listHasScopes(listId: string): boolean {
    const list = this.listScopes().get(listId);
    return list !== undefined && (list.root || list.items.size > 0);
  }

  itemScopeIds(listId: string): ReadonlySet<number> {
    return this.listScopes().get(listId)?.items ?? new Set();
  }

  /** SharePoint's count against its 5,000-per-list guidance: the list's own scope, if unique, and each item's. */
  uniqueScopeCount(listId: string): number {
    const list = this.listScopes().get(listId);
    return list ? (list.root ? 1 : 0) + list.items.size : 0;
  }

  putScope(scope: StoredScope): void {
    this.scopes.put(scopeKey(scope.listId, scope.itemId), scope);
    const list = this.ensureList(scope.listId);
    if (scope.itemId === null) list.root = true;
    else list.items.add(scope.itemId);
    this.boundPrincipals.delete(scope.siteId);
  }

  deleteScope(siteId: string, listId: string, itemId: number | null): void {
    if (!this.hasScope(listId, itemId)) return;
    this.scopes.delete(scopeKey(listId, itemId));
    const list = this.ensureList(listId);
    if (itemId === null) list.root = false;
    else list.items.delete(itemId);
    this.boundPrincipals.delete(siteId);
  }

  dropList(siteId: string, listId: string): void {
    for (const itemId of [...this.itemScopeIds(listId)]) this.deleteScope(siteId, listId, itemId);
    this.deleteScope(siteId, listId, null);
  }

  /** Every principal named in a unique scope of the site: they have SharePoint's Limited Access on it. */
  principalsBoundIn(siteId: string): ReadonlySet<number> {
    let bound = this.boundPrincipals.get(siteId);
    if (!bound) {
      bound = new Set();
      for (const scope of this.scopes.values()) {
        if (scope.siteId !== siteId) continue;
        for (const a of scope.assignments) bound.add(a.principalId);
      }
      this.boundPrincipals.set(siteId, bound);
    }
    return bound;
  }

  private ensureList(listId: string): ListScopes {
    const byList = this.listScopes();
    let list = byList.get(listId);
    if (!list) {
      list = { root: false, items: new Set() };
      byList.set(listId, list);
    }
    return list;
  }

  private listScopes(): Map<string, ListScopes> {
    if (!this.byList) {
      const byList = new Map<string, ListScopes>();
      for (const scope of this.scopes.values()) {
        let list = byList.get(scope.listId);
        if (!list) {
          list = { root: false, items: new Set() };
          byList.set(scope.listId, list);
        }
        if (scope.itemId === null) list.root = true;
        else list.items.add(scope.itemId);
      }
      this.byList = byList;
    }
    return this.byList;
  }
}
