import { academicYearOf, addDays, type IsoDate, type SenStatus } from '../../src/domain';
import { NEEDS, type NeedsTemplate } from './demoContent';

/** What the demo's register records about one pupil beyond their name and class. */
export interface DemoRegisterDetails {
  readonly dateOfBirth: string;
  readonly senStatus: SenStatus;
  readonly needs: NeedsTemplate;
}

/**
 * A pupil's date of birth, status and needs, worked out from their place in the class rather than
 * drawn from the seeded generator, so adding them left the rest of the demo school as it was. The
 * date of birth falls in the pupil's year group for the demo's school year (Year 4 in 2025-26: born
 * between 1 September 2016 and 31 August 2017); about one pupil in five has an EHC plan.
 */
export const demoRegisterDetails = (
  today: IsoDate,
  yearGroup: string,
  classIndex: number,
  pupilIndex: number,
): DemoRegisterDetails => {
  const year = Number(/\d+/.exec(yearGroup)?.[0] ?? Number.NaN);
  const dateOfBirth = Number.isNaN(year)
    ? ''
    : addDays(`${academicYearOf(today) - year - 5}-09-01`, (pupilIndex * 53 + classIndex * 17) % 365);
  return {
    dateOfBirth,
    senStatus: pupilIndex % 5 === 3 ? 'E' : 'K',
    needs: NEEDS[(pupilIndex + classIndex * 2) % NEEDS.length] as NeedsTemplate,
  };
};
