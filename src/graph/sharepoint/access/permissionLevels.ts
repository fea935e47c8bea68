import { PermissionKind } from '@pnp/sp/security';

/** SharePoint's 64-bit permission mask as REST carries it: two 32-bit halves. */
export interface BasePermissions {
  readonly High: number;
  readonly Low: number;
}

/**
 * The mask of some permissions. SP.PermissionKind numbers each permission from 1, its bit being one less
 * (https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.permissionkind): bits 0-31 in Low,
 * 32-63 in High.
 */
export const basePermissionsOf = (kinds: readonly PermissionKind[]): BasePermissions => {
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = kind - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: high, Low: low };
};

export interface PermissionLevel {
  readonly name: string;
  readonly description: string;
  /** Where SharePoint lists it among the site's levels. */
  readonly order: number;
  readonly kinds: readonly PermissionKind[];
}

/**
 * What working on a pupil's items needs besides the item rights: opening the list and its folders,
 * its pages and forms, the people named on items, earlier versions, and the REST and Graph interfaces
 * the app calls through (without UseRemoteAPIs SharePoint refuses every API call).
 */
const WORKING = [
  PermissionKind.ViewListItems,
  PermissionKind.OpenItems,
  PermissionKind.ViewVersions,
  PermissionKind.ViewFormPages,
  PermissionKind.Open,
  PermissionKind.ViewPages,
  PermissionKind.BrowseUserInfo,
  PermissionKind.UseRemoteAPIs,
];

/** Class teachers (and assistants where the school allows): add and edit, never delete (docs/ACCESS.md). */
export const IEP_EDIT: PermissionLevel = {
  name: 'IEP Edit',
  description:
    'IEP Planner: view, add and edit a pupil’s IEP items; no delete, no managing lists or permissions.',
  order: 1000,
  kinds: [...WORKING, PermissionKind.AddListItems, PermissionKind.EditListItems],
};

/**
 * SEN leads: everything on items, and managing permissions so they can secure a new pupil's item and
 * folders; reading role assignments comes with it (EnumeratePermissions), managing the lists does not.
 */
export const IEP_LEAD: PermissionLevel = {
  name: 'IEP Lead',
  description: 'IEP Planner: view, add, edit and delete every pupil’s IEP items, and secure new pupils.',
  order: 999,
  kinds: [
    ...IEP_EDIT.kinds,
    PermissionKind.DeleteListItems,
    PermissionKind.ManagePermissions,
    PermissionKind.EnumeratePermissions,
  ],
};

/** SharePoint's own levels the design uses, by their names in an English-language site. */
export const READ_LEVEL = 'Read';
export const FULL_CONTROL_LEVEL = 'Full Control';
