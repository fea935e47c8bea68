import { GraphError } from '../core/errors';
import type { StandInServices } from '../core/services';

/**
 * SharePoint saves a list's schema as a whole, so two column changes to one list that overlap in time
 * collide: the second is refused with "Save Conflict" (e.g. pnp/pnpjs#263, adding several fields to a list
 * at once with Promise.all). Callers must change one list's columns one after another.
 */
export const saveConflict = (): GraphError =>
  new GraphError(
    409,
    'conflict',
    'Save Conflict.\n\nYour changes conflict with those made concurrently by another user. If you want your changes to be applied, resubmit your changes.',
  );

/**
 * A change holds its list until the event loop has moved on, so everything started in the same turn
 * (the sub-requests of one `$batch` run at once) or still in flight overlaps with it, deterministically.
 */
const settled = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class SchemaChanges {
  private readonly busy = new Set<string>();

  static of(services: StandInServices): SchemaChanges {
    return services.shared('sharepoint.schemaChanges', () => new SchemaChanges());
  }

  async apply<T>(listId: string, change: () => T): Promise<T> {
    if (this.busy.has(listId)) throw saveConflict();
    this.busy.add(listId);
    try {
      const result = change();
      await settled();
      return result;
    } finally {
      this.busy.delete(listId);
    }
  }
}
