import type {
  Clock,
  DocumentNames,
  InvitationWording,
  Nation,
  RecordsSettings,
  SchoolIdentity,
  SchoolSettings,
} from '../domain';
import { DEFAULT_INVITATION_WORDING } from '../domain/invitationWording';
import { DEFAULT_RETAIN_UNTIL_AGE_YEARS } from '../domain/school';
import { todayIn, UK_TIME_ZONE } from '../domain/dates';
import { academicYearOf, defaultEnglishTerms } from '../domain/termDates';

/**
 * The school's nation (England unless set up otherwise), Europe/London, and, until a school enters its
 * own term dates, a typical school year for this academic year and the next (so reviews planned in the
 * summer land in the autumn).
 */
export const defaultSchoolSettings = (
  clock: Clock,
  nation: Nation = 'england',
  documentNames: DocumentNames = 'pupil-name',
  records: RecordsSettings = { retainUntilAgeYears: DEFAULT_RETAIN_UNTIL_AGE_YEARS },
  invitations: InvitationWording = DEFAULT_INVITATION_WORDING,
  school?: SchoolIdentity,
): SchoolSettings => {
  const year = academicYearOf(todayIn(clock, UK_TIME_ZONE));
  return {
    nation,
    timeZone: UK_TIME_ZONE,
    terms: [...defaultEnglishTerms(year), ...defaultEnglishTerms(year + 1)],
    setting: 'mainstream',
    documentNames,
    records,
    invitations,
    ...(school ? { school } : {}),
  };
};
