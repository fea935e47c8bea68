import type { AppGrant, SiteRole } from '../../directory/model';

/**
 * SharePoint's BasePermissions: a 64-bit mask split into two unsigned 32-bit halves, as REST prints it
 * (`{ High, Low }`). SP.PermissionKind value k is bit k-1 of the whole mask
 * (https://learn.microsoft.com/dotnet/api/microsoft.sharepoint.client.permissionkind), so kinds 1-32 sit in Low.
 */
export interface BasePermissions {
  readonly high: number;
  readonly low: number;
}

/** The SP.PermissionKind values the stand-in checks. */
export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ManageLists: 12,
  CreateGroups: 25,
  ManagePermissions: 26,
  EnumeratePermissions: 63,
} as const;
export type PermissionKindValue = (typeof PermissionKind)[keyof typeof PermissionKind];

export const EMPTY_MASK: BasePermissions = { high: 0, low: 0 };
export const FULL_MASK: BasePermissions = { high: 0x7fffffff, low: 0xffffffff };

export const hasPermission = (mask: BasePermissions, kind: number): boolean => {
  const bit = kind - 1;
  return bit < 32 ? ((mask.low >>> bit) & 1) === 1 : ((mask.high >>> (bit - 32)) & 1) === 1;
};

export const union = (a: BasePermissions, b: BasePermissions): BasePermissions => ({
  high: (a.high | b.high) >>> 0,
  low: (a.low | b.low) >>> 0,
});

export const intersect = (a: BasePermissions, b: BasePermissions): BasePermissions => ({
  high: (a.high & b.high) >>> 0,
  low: (a.low & b.low) >>> 0,
});

/** `{ High, Low }` as REST sends them: Int64 values printed as strings, though numbers are accepted too. */
export function parseBasePermissions(raw: unknown): BasePermissions | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const half = (value: unknown): number | null => {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? n : null;
  };
  const high = half(record['High'] ?? record['high']);
  const low = half(record['Low'] ?? record['low']);
  return high === null || low === null ? null : { high, low };
}

export const toRestPermissions = (mask: BasePermissions): { High: string; Low: string } => ({
  High: String(mask.high >>> 0),
  Low: String(mask.low >>> 0),
});

export interface BuiltInRole {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly order: number;
  readonly roleTypeKind: number;
  readonly hidden: boolean;
  readonly mask: BasePermissions;
}

/** SharePoint Online's own permission levels, with their real ids and masks. */
export const BUILT_IN_ROLES: readonly BuiltInRole[] = [
  {
    id: 1073741829,
    name: 'Full Control',
    description: 'Has full control.',
    order: 1,
    roleTypeKind: 5,
    hidden: false,
    mask: FULL_MASK,
  },
  {
    id: 1073741828,
    name: 'Design',
    description: 'Can view, add, update, delete, approve, and customize.',
    order: 32,
    roleTypeKind: 4,
    hidden: false,
    mask: { high: 432, low: 1012866047 },
  },
  {
    id: 1073741830,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    order: 48,
    roleTypeKind: 6,
    hidden: false,
    mask: { high: 432, low: 1011030767 },
  },
  {
    id: 1073741827,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    order: 64,
    roleTypeKind: 3,
    hidden: false,
    mask: { high: 432, low: 1011028719 },
  },
  {
    id: 1073741826,
    name: 'Read',
    description: 'Can view pages and list items and download documents.',
    order: 128,
    roleTypeKind: 2,
    hidden: false,
    mask: { high: 176, low: 138612833 },
  },
  {
    id: 1073741825,
    name: 'Limited Access',
    description:
      'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    order: 160,
    roleTypeKind: 1,
    hidden: true,
    mask: { high: 48, low: 134287360 },
  },
];

const builtIn = (name: string): BuiltInRole => {
  const role = BUILT_IN_ROLES.find((r) => r.name === name);
  if (!role) throw new Error(`No built-in role '${name}'.`);
  return role;
};
export const FULL_CONTROL = builtIn('Full Control');
export const EDIT = builtIn('Edit');
export const CONTRIBUTE = builtIn('Contribute');
export const READ = builtIn('Read');

/**
 * A site role as the stand-in has always applied it: visitors read, members work on items (SharePoint's
 * Contribute: the stand-in never let members set up lists), owners have everything.
 */
export const SITE_ROLE_LEVEL: Readonly<Record<SiteRole, BuiltInRole>> = {
  read: READ,
  edit: CONTRIBUTE,
  fullControl: FULL_CONTROL,
};

/** What each Sites.Selected role lets the app do at most: read → View, write → items, manage → lists, fullcontrol → permissions. */
export const GRANT_MASK: Readonly<Record<AppGrant, BasePermissions>> = {
  none: EMPTY_MASK,
  read: READ.mask,
  write: CONTRIBUTE.mask,
  manage: EDIT.mask,
  fullcontrol: FULL_MASK,
};
