/**
 * The language a person last chose for a plan's documents in Wales (the tab's export and the Word
 * pane), remembered in this browser's localStorage so they need not choose it every time. Per user
 * and browser, not per pupil: the value is only the language code `en` or `cy`, nothing about a child.
 */
import type { DocumentLanguage } from './documents';

const KEY = 'iep-planner:document-language';

type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where the page may not use it (a sandboxed frame, storage switched off). */
const browserStorage = (): LanguageStorage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
};

const isLanguage = (value: string | null): value is DocumentLanguage => value === 'en' || value === 'cy';

/** The language chosen last time, or null if none was (or storage cannot be read). */
export const rememberedLanguage = (storage = browserStorage()): DocumentLanguage | null => {
  try {
    const stored = storage?.getItem(KEY) ?? null;
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
};

/** Keeps the choice for next time; a browser that refuses storage simply asks again. */
export const rememberLanguage = (language: DocumentLanguage, storage = browserStorage()): void => {
  try {
    storage?.setItem(KEY, language);
  } catch {
    // Full or refused storage: the choice lasts until the page is closed, which is no harm.
  }
};
