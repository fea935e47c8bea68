/**
 * The documents' fixed wording, one table per language. A document is Welsh only when its plan is in
 * Wales and Welsh was asked for: the Welsh wording names the CDU and the CADY, which are Wales's alone.
 */
import type { Nation } from '../../domain';
import { ENGLISH } from './english';
import { WELSH } from './welsh';
import type { Language, Wording } from './wording';

export type { Language, Wording, WordingLabels } from './wording';
export { ENGLISH } from './english';
export { WELSH } from './welsh';

const WORDINGS: Readonly<Record<Language, Wording>> = { en: ENGLISH, cy: WELSH };

export const wordingFor = (language: Language): Wording => WORDINGS[language];

/** The language a document is printed in: Welsh only for a plan in Wales that asked for it. */
export const documentLanguage = (nation: Nation, asked: Language | undefined): Language =>
  nation === 'wales' && asked === 'cy' ? 'cy' : 'en';
