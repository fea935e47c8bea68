import type { StandInServices } from '../../core/services';
import type { DirectorySite, DirectoryUser } from '../../directory/model';
import { parentOf, parentPathOf } from '../folders';
import type { StoredItem, StoredList } from '../model';
import { SharePointLists } from '../sharePointLists';
import {
  EMPTY_MASK,
  GRANT_MASK,
  hasPermission,
  intersect,
  PermissionKind,
  SITE_ROLE_LEVEL,
  union,
  type BasePermissions,
} from './basePermissions';
import { DEFAULT_GROUPS, type RoleAssignment, type StoredScope } from './model';
import { SitePermissions } from './sitePermissions';

/**
 * Effective permissions as SharePoint works them out: an item or folder without unique role assignments
 * inherits from its folder, then the list, then the site (where the stand-in's site roles apply). A user's
 * rights are the union over the assignments of the principals they are (themselves and their groups), and
 * with delegated Sites.Selected the app gets only what both its grant and the user allow.
 */
export class EffectivePermissions {
  private constructor(private readonly services: StandInServices) {}

  static of(services: StandInServices): EffectivePermissions {
    return services.shared('sharepoint.effectivePermissions', () => new EffectivePermissions(services));
  }

  private get store(): SitePermissions {
    return SitePermissions.of(this.services);
  }

  principalsOf(site: DirectorySite, user: DirectoryUser): ReadonlySet<number> {
    return new Set([user.lookupId, ...this.store.groupIdsOf(site, user)]);
  }

  /** The site's own assignments: its associated groups with the levels the stand-in's site roles give. */
  siteAssignments(): RoleAssignment[] {
    return DEFAULT_GROUPS.map((g) => ({
      principalId: g.id,
      roleDefinitionIds: [SITE_ROLE_LEVEL[g.role].id],
    }));
  }

  /** The user's own rights on the site (no app grant applied). */
  userRightsOnSite(site: DirectorySite, user: DirectoryUser): BasePermissions {
    const role = site.userRoles[user.id];
    return role ? SITE_ROLE_LEVEL[role].mask : EMPTY_MASK;
  }

  /** What a request may do at site level: the user's rights there within the app's grant. */
  rightsOnSite(site: DirectorySite, user: DirectoryUser): BasePermissions {
    return intersect(this.userRightsOnSite(site, user), GRANT_MASK[site.appGrant]);
  }

  /** The unique scope that governs the list root or an item (its own or the nearest ancestor's); null = the site. */
  governingScope(list: StoredList, item: StoredItem | null): StoredScope | null {
    if (item && this.store.hasScope(list.id, item.id)) return this.store.scopeOf(list.id, item.id) ?? null;
    return this.scopeAtPath(list, item ? parentPathOf(item) : '');
  }

  /** The assignments that apply to the object now: what breaking inheritance with copying copies. */
  effectiveAssignments(list: StoredList, item: StoredItem | null): readonly RoleAssignment[] {
    return this.governingScope(list, item)?.assignments ?? this.siteAssignments();
  }

  rights(
    site: DirectorySite,
    list: StoredList,
    item: StoredItem | null,
    user: DirectoryUser,
  ): BasePermissions {
    return this.rightsUnder(site, this.governingScope(list, item), user, this.principalsOf(site, user));
  }

  can(
    site: DirectorySite,
    list: StoredList,
    item: StoredItem | null,
    user: DirectoryUser,
    kind: number,
  ): boolean {
    return hasPermission(this.rights(site, list, item, user), kind);
  }

  /**
   * Security trimming for queries: null when every item is visible (the list has no unique scopes and the
   * caller reads the site), else a test per item that caches its answer per scope and folder.
   */
  viewPredicate(
    site: DirectorySite,
    list: StoredList,
    user: DirectoryUser,
  ): ((item: StoredItem) => boolean) | null {
    const view = PermissionKind.ViewListItems;
    if (!this.store.listHasScopes(list.id)) {
      return hasPermission(this.rightsOnSite(site, user), view) ? null : () => false;
    }
    const principals = this.principalsOf(site, user);
    const itemScopes = this.store.itemScopeIds(list.id);
    const byFolder = new Map<string, boolean>();
    const canView = (scope: StoredScope | null): boolean =>
      hasPermission(this.rightsUnder(site, scope, user, principals), view);
    return (item) => {
      if (itemScopes.has(item.id)) return canView(this.store.scopeOf(list.id, item.id) ?? null);
      const path = parentPathOf(item);
      const key = path.toLowerCase();
      let visible = byFolder.get(key);
      if (visible === undefined) {
        visible = canView(this.scopeAtPath(list, path));
        byFolder.set(key, visible);
      }
      return visible;
    };
  }

  /**
   * SharePoint gives Limited Access on the site to anyone granted something inside it, so they can reach
   * the list that holds it.
   */
  hasLimitedAccess(site: DirectorySite, user: DirectoryUser): boolean {
    if (site.appGrant === 'none') return false;
    const bound = this.store.principalsBoundIn(site.id);
    if (bound.size === 0) return false;
    for (const principal of this.principalsOf(site, user)) if (bound.has(principal)) return true;
    return false;
  }

  private rightsUnder(
    site: DirectorySite,
    scope: StoredScope | null,
    user: DirectoryUser,
    principals: ReadonlySet<number>,
  ): BasePermissions {
    const grant = GRANT_MASK[site.appGrant];
    if (!scope) return intersect(this.userRightsOnSite(site, user), grant);
    let mask = EMPTY_MASK;
    for (const assignment of scope.assignments) {
      if (!principals.has(assignment.principalId)) continue;
      for (const roleId of assignment.roleDefinitionIds) {
        const role = this.store.findRoleDefinition(site, roleId);
        if (role) mask = union(mask, role.mask);
      }
    }
    return intersect(mask, grant);
  }

  /** The scope governing items directly inside the folder at `path`: the nearest folder with its own, or the list's. */
  private scopeAtPath(list: StoredList, path: string): StoredScope | null {
    const lists = SharePointLists.of(this.services);
    for (let p = path; p !== ''; p = parentOf(p)) {
      const folder = lists.findFolder(list, p);
      if (folder && this.store.hasScope(list.id, folder.id))
        return this.store.scopeOf(list.id, folder.id) ?? null;
    }
    return this.store.scopeOf(list.id, null) ?? null;
  }
}
