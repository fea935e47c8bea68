import type { z } from 'zod';
import { hash53 } from '../../../domain/textHash';
import { DRAFT_KEY_PREFIX, draftSessionStorage } from './draftStorage';

/**
 * Unsaved work on one page, kept in sessionStorage as the plan editor keeps its drafts (never
 * localStorage: it names the child and their needs). The key carries the page's kind, a hash of the
 * user's email and the record's id, under the editor's prefix, so signing out clears it too. The eTag
 * the work started from goes with it: saving restored work still refuses to overwrite someone else's.
 */
export interface SessionDraft<T> {
  readonly value: T;
  /** The record's eTag when the work started; null for a record never saved. */
  readonly baseEtag: string | null;
}

export interface SessionDraftSlot<T> {
  key(userEmail: string, recordId: string): string;
  /** False when the browser would not keep it (no storage, quota): the work is still on screen. */
  save(userEmail: string, recordId: string, draft: SessionDraft<T>): boolean;
  /** The draft, or null when there is none or it no longer reads as `T` (an older format). */
  load(userEmail: string, recordId: string): SessionDraft<T> | null;
  clear(userEmail: string, recordId: string): void;
}

export const sessionDraftSlot = <T>(kind: string, schema: z.ZodType<T>): SessionDraftSlot<T> => {
  const key = (userEmail: string, recordId: string): string =>
    `${DRAFT_KEY_PREFIX}${kind}:${hash53(userEmail.trim().toLowerCase())}:${recordId}`;
  return {
    key,
    save: (userEmail, recordId, draft) => {
      const store = draftSessionStorage();
      if (!store) return false;
      try {
        store.setItem(key(userEmail, recordId), JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    load: (userEmail, recordId) => {
      const raw = draftSessionStorage()?.getItem(key(userEmail, recordId));
      if (!raw) return null;
      try {
        const parsed = JSON.parse(raw) as { value?: unknown; baseEtag?: unknown };
        const value = schema.safeParse(parsed.value);
        if (!value.success) return null;
        return { value: value.data, baseEtag: typeof parsed.baseEtag === 'string' ? parsed.baseEtag : null };
      } catch {
        return null;
      }
    },
    clear: (userEmail, recordId) => {
      draftSessionStorage()?.removeItem(key(userEmail, recordId));
    },
  };
};
