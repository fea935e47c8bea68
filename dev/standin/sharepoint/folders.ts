import { spArgument } from '../core/spErrors';
import type { StoredItem } from './model';

/** Folder paths inside a list, relative to its root folder: '' is the root, `p12/sub` a folder two deep. */
export const isFolder = (item: StoredItem): boolean => item.folderName !== undefined;

export const parentPathOf = (item: StoredItem): string => item.folderPath ?? '';

export const joinPath = (parent: string, name: string): string =>
  parent === '' ? name : `${parent}/${name}`;

/** The path of a folder item itself. */
export const ownPathOf = (folder: StoredItem): string =>
  joinPath(parentPathOf(folder), folder.folderName ?? '');

export const parentOf = (path: string): string => {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
};

export const pathKey = (path: string): string => path.toLowerCase();

/** Is `path` the folder `ancestor` or inside it? */
export const isWithin = (path: string, ancestor: string): boolean => {
  const p = pathKey(path);
  const a = pathKey(ancestor);
  return a === '' || p === a || p.startsWith(`${a}/`);
};

// SharePoint Online refuses these characters in file and folder names, and names ending in a dot or padded with spaces.
const FORBIDDEN = /["*:<>?/\\|]/;

export function checkFolderName(name: string): void {
  if (
    name.length === 0 ||
    name.trim() !== name ||
    name.endsWith('.') ||
    FORBIDDEN.test(name) ||
    name.length > 255
  ) {
    throw spArgument(
      `The folder name '${name}' is not valid: names cannot contain " * : < > ? / \\ | or end in a dot.`,
    );
  }
}
