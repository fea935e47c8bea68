import {
  RegisterEntrySchema,
  type ClassTeam,
  type ClassTeamId,
  type PrimaryNeed,
  type Pupil,
  type RegisterField,
  type SenStatus,
} from '../../../domain';

/** What the SENCO's pupil form holds: strings as typed, so nothing they enter is lost to a parse. */
export interface PupilFormValues {
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredName: string;
  readonly dateOfBirth: string;
  readonly pupilRef: string;
  readonly yearGroup: string;
  readonly classTeamId: string;
  readonly senStatus: SenStatus;
  readonly primaryNeed: PrimaryNeed | '';
}

export type PupilFormErrors = Partial<Record<keyof PupilFormValues, string>>;

export const EMPTY_PUPIL_FORM: PupilFormValues = {
  givenName: '',
  familyName: '',
  preferredName: '',
  dateOfBirth: '',
  pupilRef: '',
  yearGroup: '',
  classTeamId: '',
  senStatus: 'K',
  primaryNeed: '',
};

export const formValuesOf = (pupil: Pupil): PupilFormValues => ({
  givenName: pupil.givenName,
  familyName: pupil.familyName,
  preferredName: pupil.preferredName,
  dateOfBirth: pupil.dateOfBirth,
  pupilRef: pupil.pupilRef,
  yearGroup: pupil.yearGroup,
  classTeamId: pupil.classTeamId,
  senStatus: pupil.senStatus,
  primaryNeed: pupil.primaryNeed ?? '',
});

const FORM_FIELD: Readonly<Record<RegisterField, keyof PupilFormValues>> = {
  givenName: 'givenName',
  familyName: 'familyName',
  preferredName: 'preferredName',
  dateOfBirth: 'dateOfBirth',
  pupilRef: 'pupilRef',
  yearGroup: 'yearGroup',
  className: 'classTeamId',
  senStatus: 'senStatus',
  primaryNeed: 'primaryNeed',
};

/** A pupil's register fields as the form gives them: everything a pupil has but their identity and record. */
export type PupilFields = Omit<Pupil, 'id' | 'etag' | 'history' | 'registerStatus' | 'leftOn'>;

export type PupilFormReading =
  | { readonly ok: true; readonly pupil: PupilFields }
  | { readonly ok: false; readonly errors: PupilFormErrors };

/**
 * Checks the form as the census and the register need it (the same rules as an MIS import), naming
 * each field that stops the save. The class must be one of the class teams offered.
 */
export const readPupilForm = (values: PupilFormValues, classes: readonly ClassTeam[]): PupilFormReading => {
  const team = classes.find((c) => c.id === values.classTeamId);
  const errors: Record<string, string> = {};
  if (!team) errors.classTeamId = 'Choose the pupil’s class team.';
  const parsed = RegisterEntrySchema.safeParse({
    ...values,
    className: team?.displayName ?? '',
    primaryNeed: values.primaryNeed === '' ? null : values.primaryNeed,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FORM_FIELD[issue.path[0] as RegisterField] as keyof PupilFormValues | undefined;
      if (field && !(field in errors)) errors[field] = issue.message;
    }
  }
  if (!parsed.success || !team) return { ok: false, errors };
  const entry = parsed.data;
  return {
    ok: true,
    pupil: {
      givenName: entry.givenName,
      familyName: entry.familyName,
      preferredName: entry.preferredName,
      dateOfBirth: entry.dateOfBirth,
      pupilRef: entry.pupilRef,
      yearGroup: entry.yearGroup,
      classTeamId: team.id as ClassTeamId,
      className: team.displayName,
      senStatus: entry.senStatus,
      primaryNeed: entry.primaryNeed,
    },
  };
};

/** The class teams a pupil can be put in: the user's teams, plus the pupil's own class if it is not one. */
export const classChoices = (mine: readonly ClassTeam[], current: ClassTeam | null): ClassTeam[] => {
  const all = current && !mine.some((c) => c.id === current.id) ? [...mine, current] : [...mine];
  return all.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB', { numeric: true }));
};
