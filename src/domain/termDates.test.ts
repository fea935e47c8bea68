import { dayOfWeek, isWeekend } from './dates';
import { TermSchema, type Term } from './school';
import {
  academicYearOf,
  defaultEnglishTerms,
  easterSunday,
  isSchoolDay,
  planningTermFor,
  schoolDayOnOrAfter,
  schoolDayOnOrBefore,
  wholeTerms,
} from './termDates';

const terms2025 = defaultEnglishTerms(2025);

describe('defaultEnglishTerms', () => {
  it('lays out 2025-26 as six half terms in the usual English pattern', () => {
    expect(terms2025).toEqual([
      { name: 'Autumn term 1', start: '2025-09-01', end: '2025-10-24' },
      { name: 'Autumn term 2', start: '2025-11-03', end: '2025-12-19' },
      { name: 'Spring term 1', start: '2026-01-05', end: '2026-02-13' },
      { name: 'Spring term 2', start: '2026-02-23', end: '2026-03-27' },
      { name: 'Summer term 1', start: '2026-04-13', end: '2026-05-22' },
      { name: 'Summer term 2', start: '2026-06-01', end: '2026-07-22' },
    ]);
  });

  it('breaks for the two weeks around Easter, which moves each year', () => {
    // Easter 2027 is 28 March: the spring term ends on 19 March and summer starts on 5 April.
    const terms = defaultEnglishTerms(2026);
    expect(terms[3]).toEqual({ name: 'Spring term 2', start: '2027-02-22', end: '2027-03-19' });
    expect(terms[4]?.start).toBe('2027-04-05');
  });

  it.each([2020, 2023, 2027, 2031, 2035, 2038, 2040])(
    'gives a sound school year for %i: valid terms in order, Monday starts, weekday ends',
    (year) => {
      const terms = defaultEnglishTerms(year);
      expect(terms).toHaveLength(6);
      terms.forEach((term, i) => {
        expect(TermSchema.safeParse(term).success).toBe(true);
        expect(dayOfWeek(term.start)).toBe(1);
        expect(isWeekend(term.end)).toBe(false);
        expect(term.start < term.end).toBe(true);
        const previous = terms[i - 1];
        if (previous) expect(previous.end < term.start).toBe(true);
      });
      expect(wholeTerms(terms).map((t) => t.name)).toEqual(['Autumn term', 'Spring term', 'Summer term']);
    },
  );

  it('refuses a year that is not a year', () => {
    expect(() => defaultEnglishTerms(2025.5)).toThrow(RangeError);
    expect(() => defaultEnglishTerms(25)).toThrow(RangeError);
  });
});

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('knows Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('wholeTerms', () => {
  it('joins half terms separated by a one-week break into one term', () => {
    const whole = wholeTerms(terms2025);
    expect(whole.map(({ name, start, end }) => ({ name, start, end }))).toEqual([
      { name: 'Autumn term', start: '2025-09-01', end: '2025-12-19' },
      { name: 'Spring term', start: '2026-01-05', end: '2026-03-27' },
      { name: 'Summer term', start: '2026-04-13', end: '2026-07-22' },
    ]);
    expect(whole[0]?.parts).toHaveLength(2);
  });

  it('keeps terms apart when the break is two weeks (a Scottish October holiday)', () => {
    const scottish: Term[] = [
      { name: 'Term 2', start: '2025-10-20', end: '2025-12-19' },
      { name: 'Term 1', start: '2025-08-18', end: '2025-10-03' },
    ];
    expect(wholeTerms(scottish).map((t) => t.name)).toEqual(['Term 1', 'Term 2']);
  });

  it('names a joined term after both entries when their names differ', () => {
    const odd: Term[] = [
      { name: 'Michaelmas', start: '2025-09-01', end: '2025-10-24' },
      { name: 'Advent', start: '2025-11-03', end: '2025-12-19' },
    ];
    expect(wholeTerms(odd)[0]?.name).toBe('Michaelmas and Advent');
  });
});

describe('school days', () => {
  it('counts term-time weekdays only: not half term, not weekends', () => {
    expect(isSchoolDay('2025-10-24', terms2025)).toBe(true);
    expect(isSchoolDay('2025-10-29', terms2025)).toBe(false);
    expect(isSchoolDay('2025-11-01', terms2025)).toBe(false);
    expect(isSchoolDay('2025-11-03', terms2025)).toBe(true);
  });

  it('moves a half-term date back to the last school day before it', () => {
    expect(schoolDayOnOrBefore('2025-10-30', terms2025)).toBe('2025-10-24');
    expect(schoolDayOnOrBefore('2025-11-02', terms2025)).toBe('2025-10-24');
  });

  it('moves a weekend back to the Friday, and can look forwards instead', () => {
    expect(schoolDayOnOrBefore('2025-12-06', terms2025)).toBe('2025-12-05');
    expect(schoolDayOnOrAfter('2025-12-06', terms2025)).toBe('2025-12-08');
  });

  it('gives up rather than go back past a given day', () => {
    expect(schoolDayOnOrBefore('2025-11-02', terms2025, '2025-10-25')).toBeNull();
  });

  it('treats any weekday as a school day where the term dates do not reach', () => {
    expect(schoolDayOnOrBefore('2026-08-16', terms2025)).toBe('2026-08-14');
  });
});

describe('planningTermFor', () => {
  it('is the current term early in the term', () => {
    expect(planningTermFor('2025-10-01', terms2025)?.name).toBe('Autumn term');
  });

  it('is the next term in the last four weeks of a term', () => {
    expect(planningTermFor('2025-12-01', terms2025)?.name).toBe('Spring term');
  });

  it('is the coming term during a holiday', () => {
    expect(planningTermFor('2025-12-28', terms2025)?.name).toBe('Spring term');
  });

  it('is unknown once the term dates run out', () => {
    expect(planningTermFor('2026-08-01', terms2025)).toBeNull();
    expect(planningTermFor('2025-10-01', [])).toBeNull();
  });
});

describe('academicYearOf', () => {
  it('puts September to July in the year that starts in September', () => {
    expect(academicYearOf('2026-03-15')).toBe(2025);
    expect(academicYearOf('2025-09-01')).toBe(2025);
    expect(academicYearOf('2026-08-20')).toBe(2026);
  });
});
