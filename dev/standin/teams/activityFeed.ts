import type { Collection, JournalStore } from '../persistence/journalStore';
import type { DeliveredActivity } from './model';

/**
 * Every activity-feed notice the stand-in "delivered", kept in the journal so it survives restarts. Teams
 * has no API to read another person's feed; this is the stand-in's own record, read back over
 * `GET /activity-feed` (activityFeedHttp.ts) by tests and the demo.
 */
export class ActivityFeed {
  private readonly notices: Collection<DeliveredActivity>;

  constructor(store: JournalStore) {
    this.notices = store.collection<DeliveredActivity>('teams.activityFeed');
  }

  /** Oldest first. */
  list(): DeliveredActivity[] {
    return [...this.notices.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  deliver(notice: Omit<DeliveredActivity, 'id'>): DeliveredActivity {
    const id = String(this.notices.size + 1).padStart(5, '0');
    const delivered = { id, ...notice };
    this.notices.put(id, delivered);
    return delivered;
  }
}
