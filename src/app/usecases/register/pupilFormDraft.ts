import type { Pupil } from '../../../domain/pupil';
import { hash53 } from '../../../domain/textHash';
import { DRAFT_KEY_PREFIX, draftSessionStorage } from '../editing/draftStorage';
import type { PupilFormValues } from './pupilForm';

/**
 * A pupil form not yet saved, kept like a plan's draft: in sessionStorage (gone with the browser
 * session, removed on sign-out with every draft), under a key with a hash of the user's email and the
 * pupil's id (or "new"), never a name. It keeps the pupil as the form was opened on, so a save after a
 * reload is still checked against a colleague's change since.
 */
export interface PupilFormDraft {
  readonly values: PupilFormValues;
  readonly base: Pupil | null;
}

const FORMAT = 1;
const FIELDS: readonly (keyof PupilFormValues)[] = [
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'pupilRef',
  'yearGroup',
  'classTeamId',
  'senStatus',
  'primaryNeed',
];

export const pupilFormDraftKey = (userEmail: string, formId: string): string =>
  `${DRAFT_KEY_PREFIX}${hash53(userEmail.trim().toLowerCase())}:pupil:${formId}`;

const isFormValues = (value: unknown): value is PupilFormValues =>
  typeof value === 'object' &&
  value !== null &&
  FIELDS.every((field) => typeof (value as Record<string, unknown>)[field] === 'string');

const isBaseFor = (value: unknown, formId: string): value is Pupil | null =>
  value === null ||
  (typeof value === 'object' &&
    (value as { id?: unknown }).id === formId &&
    Array.isArray((value as { history?: unknown }).history));

export const savePupilFormDraft = (userEmail: string, formId: string, draft: PupilFormDraft): void => {
  try {
    draftSessionStorage()?.setItem(
      pupilFormDraftKey(userEmail, formId),
      JSON.stringify({ format: FORMAT, ...draft }),
    );
  } catch {
    // Storage full or refused: the form still holds the values and can be saved.
  }
};

export const loadPupilFormDraft = (userEmail: string, formId: string): PupilFormDraft | null => {
  const raw = draftSessionStorage()?.getItem(pupilFormDraftKey(userEmail, formId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    if (parsed.format !== FORMAT || !isFormValues(parsed.values) || !isBaseFor(parsed.base, formId))
      return null;
    return { values: parsed.values, base: parsed.base };
  } catch {
    return null;
  }
};

export const clearPupilFormDraft = (userEmail: string, formId: string): void => {
  draftSessionStorage()?.removeItem(pupilFormDraftKey(userEmail, formId));
};
