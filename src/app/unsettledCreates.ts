import type { UnsettledCreates } from '../graph/sharepoint/clientKeys';

/**
 * Creates whose answer was lost, remembered in this browser tab's session storage so that "Save again"
 * after a reload still looks them up by client key instead of creating them twice. The entries are list
 * ids and the editor's temporary ids: nothing about a pupil. The key shares the drafts' prefix because it
 * belongs with them: sign-out clears both (clearAllDrafts).
 */
export const UNSETTLED_CREATES_KEY = 'iep-draft:unsettled-creates';

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const read = (store: SessionStore): Set<string> => {
  try {
    const parsed: unknown = JSON.parse(store.getItem(UNSETTLED_CREATES_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((key) => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
};

const write = (store: SessionStore, keys: ReadonlySet<string>): void => {
  try {
    if (keys.size === 0) store.removeItem(UNSETTLED_CREATES_KEY);
    else store.setItem(UNSETTLED_CREATES_KEY, JSON.stringify([...keys]));
  } catch {
    // Storage full or refused: the keys are still remembered in memory for this page.
  }
};

/** A session-storage-backed set; without storage (tests, a sandboxed frame) an in-memory one. */
export const unsettledCreatesIn = (store: SessionStore | null): UnsettledCreates => {
  if (!store) return new Set<string>();
  const keys = read(store);
  return {
    has: (key) => keys.has(key),
    add: (key) => {
      keys.add(key);
      write(store, keys);
    },
    delete: (key) => {
      const removed = keys.delete(key);
      write(store, keys);
      return removed;
    },
  };
};

/** The browser's session storage, or null where there is none or it is refused. */
export const browserSessionStorage = (): SessionStore | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
};
