import type { Clock, SchoolSettings } from '../domain';
import { todayIn, UK_TIME_ZONE } from '../domain/dates';
import { academicYearOf, defaultEnglishTerms } from '../domain/termDates';

/**
 * Until a school enters its own term dates: England, Europe/London, and a typical English school
 * year for this academic year and the next (so reviews planned in the summer land in the autumn).
 */
export const defaultSchoolSettings = (clock: Clock): SchoolSettings => {
  const year = academicYearOf(todayIn(clock, UK_TIME_ZONE));
  return {
    nation: 'england',
    timeZone: UK_TIME_ZONE,
    terms: [...defaultEnglishTerms(year), ...defaultEnglishTerms(year + 1)],
    setting: 'mainstream',
  };
};
