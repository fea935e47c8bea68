import type { StandInServices } from '../core/services';
import { notFound } from '../core/errors';
import { LISTS_COLLECTION, type StoredItem, type StoredList } from './model';

/**
 * SharePoint's item version history, as Graph shows it through `listItem/versions`
 * (https://learn.microsoft.com/en-us/graph/api/listitem-list-versions): each change to an item keeps
 * what it held before, with who changed it and when, while the list has versioning on.
 *
 * Microsoft 365 turns versioning on for a new list ("versioning is now turned on by default when you
 * create a new library or list",
 * https://support.microsoft.com/en-us/office/how-versioning-works-in-lists-and-libraries-0f6cd105-974f-44a4-aadb-43ac5bdfd247),
 * so a list made through Graph has it on; `setVersioning` turns it off or on again, as the list's
 * settings page or SharePoint's REST API would.
 *
 * The number kept is capped at 50 major versions an item, current one included. That page gives 500
 * only for documents; 50 is the figure a new list's versioning settings are commonly reported to show,
 * not confirmed on a Microsoft page, so a test must not depend on the exact number.
 */
export const LIST_ITEM_VERSION_LIMIT = 50;

const versionsCollectionName = (listId: string): string => `sharepoint.itemVersions/${listId}`;
const keyOf = (itemId: number, version: number): string => `${itemId}:${version}`;

export const versioningOn = (list: StoredList): boolean => list.enableVersioning !== false;

/** One kept version: the item as it was when that version was current. */
export type ItemVersion = StoredItem;

export class ItemVersions {
  private constructor(private readonly services: StandInServices) {}

  static of(services: StandInServices): ItemVersions {
    return services.shared('sharepoint.itemVersions', () => new ItemVersions(services));
  }

  /** Turns versioning on or off for a list; versions already kept stay (as SharePoint keeps them). */
  setVersioning(list: StoredList, on: boolean): StoredList {
    const lists = this.services.store.collection<StoredList>(LISTS_COLLECTION);
    const next = { ...(lists.get(list.id) ?? list), enableVersioning: on };
    lists.put(list.id, next);
    return next;
  }

  /** Called as an item is replaced by a newer version: keeps `before`, dropping any past the limit. */
  keep(list: StoredList, before: StoredItem): void {
    if (!versioningOn(list)) return;
    const versions = this.services.store.collection<ItemVersion>(versionsCollectionName(list.id));
    versions.put(keyOf(before.id, before.version), before);
    const oldestKept = before.version + 2 - LIST_ITEM_VERSION_LIMIT;
    for (let version = oldestKept - 1; version >= 1; version -= 1) {
      if (!versions.delete(keyOf(before.id, version))) break;
    }
  }

  /** The item's versions, newest (the current item) first. */
  versionsOf(list: StoredList, current: StoredItem): ItemVersion[] {
    const versions = this.services.store.collection<ItemVersion>(versionsCollectionName(list.id));
    const past: ItemVersion[] = [];
    for (let version = current.version - 1; version >= 1; version -= 1) {
      const kept = versions.get(keyOf(current.id, version));
      if (kept) past.push(kept);
    }
    return [current, ...past];
  }

  /** One version by its Graph id (`"3.0"`); 404 for one never kept or not of this item. */
  versionOf(list: StoredList, current: StoredItem, versionId: string): ItemVersion {
    const match = /^(\d+)\.0$/.exec(versionId);
    const found = match
      ? this.versionsOf(list, current).find((version) => version.version === Number(match[1]))
      : undefined;
    if (!found) throw notFound('Version not found');
    return found;
  }

  /** The list is gone: so are its items' versions. */
  forgetList(list: StoredList): void {
    this.services.store.dropCollection(versionsCollectionName(list.id));
  }
}
