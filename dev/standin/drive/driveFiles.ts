import { createHash, randomBytes } from 'node:crypto';
import type { Collection, JournalStore } from '../persistence/journalStore';

/** One file in a site's document library, with its bytes (base64 in the journal). */
export interface StoredDriveFile {
  readonly id: string;
  readonly driveId: string;
  readonly siteId: string;
  /** Path below the drive's root, as given: `IEP Planner/Sent home/review-1-....docx`. */
  readonly path: string;
  readonly name: string;
  readonly contentType: string;
  readonly contentBase64: string;
  readonly size: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly modifiedAt: string;
}

/** A site's default drive id, stable for the site: Graph's look (`b!...`) without its meaning. */
export const driveIdOf = (siteId: string): string =>
  `b!${createHash('sha256').update(siteId).digest('base64url').slice(0, 40)}`;

/**
 * The default document library of each site ("Documents"): files put by path, found by id. Folders
 * on the way are implied, as Graph creates them on an upload by path.
 */
export class DriveFiles {
  private readonly files: Collection<StoredDriveFile>;

  constructor(store: JournalStore) {
    this.files = store.collection<StoredDriveFile>('drive.files');
  }

  /** Creates the file, or replaces the bytes of the one already at `path` (same id). */
  put(
    siteId: string,
    path: string,
    bytes: Buffer,
    contentType: string,
    by: string,
    now: Date,
  ): { file: StoredDriveFile; created: boolean } {
    const driveId = driveIdOf(siteId);
    const existing = this.byPath(driveId, path);
    const file: StoredDriveFile = {
      id: existing?.id ?? `01${randomBytes(16).toString('hex').toUpperCase()}`,
      driveId,
      siteId,
      path,
      name: path.split('/').pop() ?? path,
      contentType,
      contentBase64: bytes.toString('base64'),
      size: bytes.length,
      createdBy: existing?.createdBy ?? by,
      createdAt: existing?.createdAt ?? now.toISOString(),
      modifiedAt: now.toISOString(),
    };
    this.files.put(file.id, file);
    return { file, created: existing === undefined };
  }

  exists(driveId: string, path: string): boolean {
    return this.byPath(driveId, path) !== undefined;
  }

  get(driveId: string, itemId: string): StoredDriveFile | undefined {
    const file = this.files.get(itemId);
    return file && file.driveId === driveId ? file : undefined;
  }

  /** Graph's paths ignore case, as SharePoint's do. */
  private byPath(driveId: string, path: string): StoredDriveFile | undefined {
    const wanted = path.toLowerCase();
    return [...this.files.values()].find((f) => f.driveId === driveId && f.path.toLowerCase() === wanted);
  }
}
