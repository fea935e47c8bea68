import type { Plan } from '../../../domain/plan';
import { hash53 } from '../../../domain/textHash';

/**
 * Unsaved edits are kept in sessionStorage, never localStorage: the value holds personal data about
 * a child, so it must not outlive the browser session or be shared between tabs of other users.
 * Keys carry a hash of the user's email, not the email itself, and the plan id.
 */
export const DRAFT_KEY_PREFIX = 'iep-draft:';
const DRAFT_FORMAT = 1;

export interface PlanDraft {
  /** The user's edits, possibly invalid (work in progress is kept exactly as typed). */
  readonly edited: Plan;
  /** The plan as it was read before editing: the next save still detects anyone else's changes. */
  readonly base: Plan;
  readonly savedAt: string;
}

export const draftKey = (userEmail: string, planId: string): string =>
  `${DRAFT_KEY_PREFIX}${hash53(userEmail.trim().toLowerCase())}:${planId}`;

/** sessionStorage can be missing or refuse (privacy modes, quota); drafts are then simply not kept. */
export const draftSessionStorage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
};

const isPlanLike = (value: unknown, planId: string): value is Plan =>
  typeof value === 'object' &&
  value !== null &&
  (value as { id?: unknown }).id === planId &&
  Array.isArray((value as { shortTermTargets?: unknown }).shortTermTargets) &&
  Array.isArray((value as { longTermTargets?: unknown }).longTermTargets);

export const saveDraft = (
  userEmail: string,
  planId: string,
  draft: Omit<PlanDraft, 'savedAt'>,
  now: Date,
): boolean => {
  const store = draftSessionStorage();
  if (!store) return false;
  try {
    store.setItem(
      draftKey(userEmail, planId),
      JSON.stringify({
        format: DRAFT_FORMAT,
        savedAt: now.toISOString(),
        edited: draft.edited,
        base: draft.base,
      }),
    );
    return true;
  } catch {
    // Quota exceeded: the edits are still on screen and the save button still works.
    return false;
  }
};

export const loadDraft = (userEmail: string, planId: string): PlanDraft | null => {
  const raw = draftSessionStorage()?.getItem(draftKey(userEmail, planId));
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { format, savedAt, edited, base } = parsed as Record<string, unknown>;
    if (format !== DRAFT_FORMAT || typeof savedAt !== 'string') return null;
    if (!isPlanLike(edited, planId) || !isPlanLike(base, planId)) return null;
    return { edited, base, savedAt };
  } catch {
    return null;
  }
};

export const clearDraft = (userEmail: string, planId: string): void => {
  draftSessionStorage()?.removeItem(draftKey(userEmail, planId));
};

/** For sign-out: removes every user's IEP drafts from this browser tab's session. */
export const clearAllDrafts = (): void => {
  const store = draftSessionStorage();
  if (!store) return;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(DRAFT_KEY_PREFIX)) keys.push(key);
  }
  keys.forEach((key) => store.removeItem(key));
};
