import { Invalid } from '../../domain';
import type { PupilFormErrors, PupilFormValues } from '../../app/usecases/register/pupilForm';

const FORM_KEYS: ReadonlySet<string> = new Set<keyof PupilFormValues>([
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'pupilRef',
  'yearGroup',
  'classTeamId',
  'senStatus',
  'primaryNeed',
]);

/** The store's refusal of a pupil as messages at the form's fields, or null when it is not about them. */
export const fieldErrorsOf = (error: unknown): PupilFormErrors | null => {
  if (!(error instanceof Invalid)) return null;
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.split('.')[0] ?? '';
    const field = key === 'className' ? 'classTeamId' : key;
    if (FORM_KEYS.has(field) && !(field in errors)) errors[field] = issue.message;
  }
  return Object.keys(errors).length > 0 ? (errors as PupilFormErrors) : null;
};
