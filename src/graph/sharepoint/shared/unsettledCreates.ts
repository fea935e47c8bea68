import { hash53 } from '../../../domain/textHash';
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

/** A column's value as the store compares it: missing and null are the empty text SharePoint reads back. */
export const fingerprintOf = (value: FieldValues[string] | undefined): string =>
  hash53(JSON.stringify(value ?? ''));

export const sentColumnsOf = (fields: FieldValues): SentColumns =>
  Object.fromEntries(Object.entries(fields).map(([column, value]) => [column, fingerprintOf(value)]));

/**
 * The set over `entries`; `onChange` runs after every change (the app writes them to session storage
 * there). With neither, a set for a page that keeps nothing between loads (tests, the store's default).
 */
export const inMemoryUnsettledCreates = (
  entries = new Map<string, SentColumns | undefined>(),
  onChange: () => void = () => undefined,
): UnsettledCreates => ({
  has: (key) => entries.has(key),
  add: (key, sent) => {
    entries.set(key, sent ?? entries.get(key));
    onChange();
  },
  sentColumns: (key) => entries.get(key),
  delete: (key) => {
    const removed = entries.delete(key);
    onChange();
    return removed;
  },
});
