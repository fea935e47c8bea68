import type { Clock, DocumentNames, Nation, SchoolSettings } from '../domain';
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
): SchoolSettings => {
  const year = academicYearOf(todayIn(clock, UK_TIME_ZONE));
  return {
    nation,
    timeZone: UK_TIME_ZONE,
    terms: [...defaultEnglishTerms(year), ...defaultEnglishTerms(year + 1)],
    setting: 'mainstream',
    documentNames,
  };
};
