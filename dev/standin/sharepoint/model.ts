/** Stored shapes of SharePoint lists, columns and items (what the journal holds, not what Graph prints). */
export type FieldValue = string | number | boolean | null;

export interface Identity {
  readonly user: { readonly email: string; readonly id: string; readonly displayName: string };
}

export interface TextFacet {
  readonly allowMultipleLines: boolean;
  readonly appendChangesToExistingText: boolean;
  readonly linesForEditing: number;
  readonly maxLength?: number;
  readonly textType?: string;
}

export interface NumberFacet {
  readonly decimalPlaces?: string;
  readonly displayAs?: string;
  readonly maximum?: number;
  readonly minimum?: number;
}

export interface DateTimeFacet {
  readonly displayAs?: string;
  readonly format?: string;
}

export interface ChoiceFacet {
  readonly allowTextEntry: boolean;
  readonly choices: readonly string[];
  readonly displayAs: string;
}

export type ColumnKind = 'text' | 'number' | 'dateTime' | 'choice' | 'boolean' | 'personOrGroup';

export interface StoredColumn {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly columnGroup: string;
  readonly enforceUniqueValues: boolean;
  readonly hidden: boolean;
  readonly indexed: boolean;
  readonly readOnly: boolean;
  readonly required: boolean;
  readonly kind: ColumnKind;
  readonly text?: TextFacet;
  readonly number?: NumberFacet;
  readonly dateTime?: DateTimeFacet;
  readonly choice?: ChoiceFacet;
  /** System columns SharePoint adds to every list (ID, Created, Author, ...). */
  readonly builtIn: boolean;
}

export interface StoredList {
  readonly id: string;
  readonly siteId: string;
  readonly displayName: string;
  /** The URL name (`/Lists/<name>`). */
  readonly name: string;
  readonly description: string;
  readonly template: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly createdBy: Identity;
  readonly lastModifiedBy: Identity;
  /** Bumped on every change to the list's definition; part of its eTag. */
  readonly version: number;
  readonly columns: readonly StoredColumn[];
  /**
   * Whether items keep their earlier versions (see itemVersions.ts). On for a list made through Graph;
   * absent in lists stored before the stand-in kept versions, which read as on too.
   */
  readonly enableVersioning?: boolean;
}

export interface StoredItem {
  /** SharePoint item ids are integers that are never reused within a list. */
  readonly id: number;
  readonly uniqueId: string;
  /** Bumped on every change; the N in the eTag `"guid,N"`. */
  readonly version: number;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly createdBy: Identity;
  readonly lastModifiedBy: Identity;
  readonly authorLookupId: number;
  readonly editorLookupId: number;
  /** Values of Title and the custom columns; missing keys are empty. */
  readonly fields: Readonly<Record<string, FieldValue>>;
  /** The folder holding the item, relative to the list's root folder (`p12`, `a/b`); absent or '' = the root. */
  readonly folderPath?: string;
  /** Present only on folders (content type Folder, FSObjType 1): the folder's name within `folderPath`. */
  readonly folderName?: string;
  /**
   * The Purview retention label applied to the item (SharePoint's `_ComplianceTag`), if any. Graph's
   * listItem does not show it; a label that marks items as records locks the item (records/).
   */
  readonly complianceTag?: string;
}

export const itemsCollectionName = (listId: string): string => `sharepoint.items/${listId}`;
export const LISTS_COLLECTION = 'sharepoint.lists';
/** Next item id per list, kept apart from the (large) list record so an insert journals only a few bytes. */
export const ITEM_COUNTERS_COLLECTION = 'sharepoint.itemCounters';

/**
 * A list item's eTag as Graph gives it, quotes included: the item's unique id in lower case without braces,
 * then its version, e.g. `"7645e69d-21fb-4a24-a17a-9bdfa7cb63dc,94"`. Other SharePoint resources use
 * `"{GUID},N"` in upper case, so clients must treat eTags as opaque.
 */
export const etagOf = (uniqueId: string, version: number): string => `"${uniqueId.toLowerCase()},${version}"`;

/** An If-Match header names this eTag: exactly as it was given out (a weak `W/` prefix aside), or `*`. */
export function etagMatches(ifMatch: string, etag: string): boolean {
  const wanted = ifMatch.trim().replace(/^W\//, '');
  return wanted === '*' || wanted === etag;
}
