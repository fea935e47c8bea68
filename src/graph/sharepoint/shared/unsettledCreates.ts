import type { FieldValues } from './listItem';

/**
 * What an unanswered create sent, column by column, as fingerprints rather than values: enough to tell
 * later whether the user or a colleague has changed a column since, without keeping a pupil's details
 * anywhere that outlives the page (the set may be kept in session storage).
 */
export type SentColumns = Readonly<Record<string, string>>;

/**
 * Creates this client sent whose outcome it never learnt, as `listId/clientKey`, with the columns each
 * sent when known. The app may keep them somewhere that outlives the page, as its drafts do.
 */
export interface UnsettledCreates {
  has(key: string): boolean;
  add(key: string, sent?: SentColumns): unknown;
  /** The columns the unanswered create sent; undefined when not known (e.g. noted by an older version). */
  sentColumns(key: string): SentColumns | undefined;
  delete(key: string): unknown;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a over 64 bits: a comparison aid, not a secret (the values are the user's own edits). */
const fnv1a64 = (text: string): string => {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= BigInt(text.charCodeAt(index));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(36);
};

/** A column's value as the store compares it: missing and null are the empty text SharePoint reads back. */
export const fingerprintOf = (value: FieldValues[string] | undefined): string =>
  fnv1a64(JSON.stringify(value ?? ''));

export const sentColumnsOf = (fields: FieldValues): SentColumns =>
  Object.fromEntries(Object.entries(fields).map(([column, value]) => [column, fingerprintOf(value)]));

/** For a page that keeps nothing between loads (tests, the store's default). */
export const inMemoryUnsettledCreates = (): UnsettledCreates => {
  const entries = new Map<string, SentColumns | undefined>();
  return {
    has: (key) => entries.has(key),
    add: (key, sent) => entries.set(key, sent ?? entries.get(key)),
    sentColumns: (key) => entries.get(key),
    delete: (key) => entries.delete(key),
  };
};
