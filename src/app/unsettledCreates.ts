import {
  inMemoryUnsettledCreates,
  type SentColumns,
  type UnsettledCreates,
} from '../graph/sharepoint/shared/unsettledCreates';

/**
 * Creates whose answer was lost, remembered in this browser tab's session storage so that "Save again"
 * after a reload still looks them up by client key instead of creating them twice. The entries are list
 * ids, the editor's temporary ids and fingerprints of the columns sent (to tell later who changed what):
 * nothing about a pupil can be read back from them. The key shares the drafts' prefix because it belongs
 * with them: sign-out clears both (clearAllDrafts).
 */
export const UNSETTLED_CREATES_KEY = 'iep-draft:unsettled-creates';

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Entries = Map<string, SentColumns | undefined>;

const asSentColumns = (value: unknown): SentColumns | undefined =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((fingerprint) => typeof fingerprint === 'string')
    ? (value as SentColumns)
    : undefined;

const read = (store: SessionStore): Entries => {
  try {
    const parsed: unknown = JSON.parse(store.getItem(UNSETTLED_CREATES_KEY) ?? '{}');
    // A plain list of keys was kept before the columns sent were: still looked up, compared as unknown.
    if (Array.isArray(parsed))
      return new Map(parsed.filter((key) => typeof key === 'string').map((key) => [key, undefined]));
    if (typeof parsed !== 'object' || parsed === null) return new Map();
    return new Map(Object.entries(parsed).map(([key, sent]) => [key, asSentColumns(sent)]));
  } catch {
    return new Map();
  }
};

const write = (store: SessionStore, entries: Entries): void => {
  try {
    if (entries.size === 0) store.removeItem(UNSETTLED_CREATES_KEY);
    else
      store.setItem(
        UNSETTLED_CREATES_KEY,
        JSON.stringify(Object.fromEntries([...entries].map(([key, sent]) => [key, sent ?? null]))),
      );
  } catch {
    // Storage full or refused: the keys are still remembered in memory for this page.
  }
};

/** A session-storage-backed set; without storage (tests, a sandboxed frame) an in-memory one. */
export const unsettledCreatesIn = (store: SessionStore | null): UnsettledCreates => {
  if (!store) return inMemoryUnsettledCreates();
  const entries = read(store);
  return inMemoryUnsettledCreates(entries, () => write(store, entries));
};

/** The browser's session storage, or null where there is none or it is refused. */
export const browserSessionStorage = (): SessionStore | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
};
