import { PermissionKind } from '@pnp/sp/security';
import { basePermissionsOf, IEP_EDIT, IEP_LEAD } from './permissionLevels';

const has = (mask: { High: number; Low: number }, kind: PermissionKind): boolean => {
  const bit = kind - 1;
  return bit < 32 ? (mask.Low & (1 << bit)) !== 0 : (mask.High & (1 << (bit - 32))) !== 0;
};

describe('permission levels', () => {
  it('puts each permission on its SharePoint bit', () => {
    expect(basePermissionsOf([PermissionKind.ViewListItems])).toEqual({ High: 0, Low: 1 });
    expect(basePermissionsOf([PermissionKind.ManagePermissions])).toEqual({ High: 0, Low: 0x2000000 });
    expect(basePermissionsOf([PermissionKind.UseRemoteAPIs])).toEqual({ High: 0x20, Low: 0 });
    expect(basePermissionsOf([PermissionKind.EnumeratePermissions])).toEqual({ High: 0x40000000, Low: 0 });
  });

  it('IEP Edit adds and edits but never deletes or manages', () => {
    const mask = basePermissionsOf(IEP_EDIT.kinds);
    for (const kind of [
      PermissionKind.ViewListItems,
      PermissionKind.AddListItems,
      PermissionKind.EditListItems,
      PermissionKind.Open,
      PermissionKind.ViewPages,
    ])
      expect(has(mask, kind)).toBe(true);
    for (const kind of [
      PermissionKind.DeleteListItems,
      PermissionKind.ManageLists,
      PermissionKind.ManagePermissions,
    ])
      expect(has(mask, kind)).toBe(false);
  });

  it('IEP Lead deletes and manages permissions, but does not manage lists', () => {
    const mask = basePermissionsOf(IEP_LEAD.kinds);
    for (const kind of [
      PermissionKind.DeleteListItems,
      PermissionKind.ManagePermissions,
      PermissionKind.EditListItems,
    ])
      expect(has(mask, kind)).toBe(true);
    expect(has(mask, PermissionKind.ManageLists)).toBe(false);
  });
});
