import { fixedClock } from './clock';
import { addDays, daysBetween, isWeekend } from './dates';
import { daysUntilReview, MAX_DAYS_BETWEEN_REVIEWS, nextReviewDate, reviewState } from './reviewSchedule';
import type { Term } from './school';
import { defaultEnglishTerms, isSchoolDay } from './termDates';

const terms = [...defaultEnglishTerms(2025), ...defaultEnglishTerms(2026)];
const on = (date: string) => fixedClock(`${date}T10:00:00Z`);

describe('nextReviewDate: termly', () => {
  it('puts the next review two weeks before the end of the next term', () => {
    // Spring term 2026 ends on Friday 27/03/2026.
    expect(nextReviewDate('2025-12-05', terms, on('2025-12-05'))).toBe('2026-03-13');
  });

  it('reviews in the same term when the last review was at its start', () => {
    expect(nextReviewDate('2025-09-10', terms, on('2025-09-10'))).toBe('2025-12-05');
  });

  it('skips to the next term when the end of this one is under six weeks away', () => {
    expect(nextReviewDate('2025-11-20', terms, on('2025-11-20'))).toBe('2026-03-13');
  });

  it('schedules after the summer holiday for a review in July', () => {
    expect(nextReviewDate('2026-07-10', terms, on('2026-07-10'))).toBe('2026-12-04');
  });

  it('handles a review on 29 February', () => {
    const leapYear = [...defaultEnglishTerms(2027), ...defaultEnglishTerms(2028)];
    // Spring 2028 ends on 07/04/2028, too soon; summer ends on Friday 21/07/2028.
    expect(nextReviewDate('2028-02-29', leapYear, on('2028-02-29'))).toBe('2028-07-07');
  });
});

describe('nextReviewDate: never in a holiday or at a weekend', () => {
  it('moves a date that falls in half term to the last school day before it', () => {
    const shortSecondHalf: Term[] = [
      { name: 'Autumn term', start: '2025-09-01', end: '2025-12-19' },
      { name: 'Spring term 1', start: '2026-01-05', end: '2026-03-13' },
      { name: 'Spring term 2', start: '2026-03-23', end: '2026-04-03' },
    ];
    // Two weeks before 03/04/2026 is Friday 20/03/2026, in the half-term week.
    expect(nextReviewDate('2025-12-05', shortSecondHalf, on('2025-12-05'))).toBe('2026-03-13');
  });

  it('moves a Saturday to the Friday', () => {
    const endsOnSaturday: Term[] = [
      { name: 'Autumn term', start: '2025-09-01', end: '2025-12-19' },
      { name: 'Spring term', start: '2026-01-05', end: '2026-03-28' },
    ];
    expect(nextReviewDate('2025-12-05', endsOnSaturday, on('2025-12-05'))).toBe('2026-03-13');
  });

  it('always lands on a school day, after the last review and within six months', () => {
    for (let day = '2025-09-01'; day <= '2026-07-22'; day = addDays(day, 1)) {
      if (isWeekend(day)) continue;
      const next = nextReviewDate(day, terms, on(day));
      expect({ day, schoolDay: isSchoolDay(next, terms) }).toEqual({ day, schoolDay: true });
      expect(daysBetween(day, next)).toBeGreaterThanOrEqual(42);
      expect(daysBetween(day, next)).toBeLessThanOrEqual(MAX_DAYS_BETWEEN_REVIEWS);
    }
  });
});

describe('nextReviewDate: at most six months apart', () => {
  it('caps a long gap at 183 days', () => {
    const longTerm: Term[] = [
      { name: 'Autumn term', start: '2025-09-01', end: '2025-12-19' },
      { name: 'Spring and summer', start: '2026-01-05', end: '2026-07-17' },
    ];
    const next = nextReviewDate('2025-12-10', longTerm, on('2025-12-10'));
    expect(next).toBe('2026-06-11');
    expect(daysBetween('2025-12-10', next)).toBe(183);
  });

  it('moves a capped date out of a holiday to the school day before', () => {
    const withBreak: Term[] = [
      { name: 'Autumn term', start: '2025-09-01', end: '2025-12-19' },
      { name: 'Long term 1', start: '2026-01-05', end: '2026-05-29' },
      { name: 'Long term 2', start: '2026-06-08', end: '2026-07-17' },
    ];
    // 183 days after 03/12/2025 is 04/06/2026, in the break: the Friday before is 29/05/2026.
    expect(nextReviewDate('2025-12-03', withBreak, on('2025-12-03'))).toBe('2026-05-29');
  });
});

describe('nextReviewDate: missing term dates and late records', () => {
  it('allows a typical term (13 weeks) when the term dates stop', () => {
    expect(nextReviewDate('2026-07-10', defaultEnglishTerms(2025), on('2026-07-10'))).toBe('2026-10-09');
  });

  it('works with no term dates at all, on a weekday', () => {
    expect(nextReviewDate('2025-12-05', [], on('2025-12-05'))).toBe('2026-03-06');
  });

  it('never schedules in the past: a review recorded late is scheduled from today', () => {
    const withLastYear = [...defaultEnglishTerms(2024), ...terms];
    expect(nextReviewDate('2025-01-10', withLastYear, on('2025-10-01'))).toBe('2025-12-05');
  });
});

describe('reviewState', () => {
  it('is none when no review date is set', () => {
    expect(reviewState(null, on('2025-10-01'))).toBe('none');
  });

  it('is ok more than two weeks ahead, due soon within 14 days, overdue after the day', () => {
    const clock = on('2025-11-01');
    expect(reviewState('2025-11-16', clock)).toBe('ok');
    expect(reviewState('2025-11-15', clock)).toBe('due-soon');
    expect(reviewState('2025-11-01', clock)).toBe('due-soon');
    expect(reviewState('2025-10-31', clock)).toBe('overdue');
  });

  it("judges by London's date: 23:30 UTC in summer is already tomorrow", () => {
    const lateEvening = fixedClock('2025-07-10T23:30:00Z');
    expect(reviewState('2025-07-10', lateEvening)).toBe('overdue');
    expect(reviewState('2025-07-10', lateEvening, 'UTC')).toBe('due-soon');
    expect(reviewState('2025-07-25', lateEvening)).toBe('due-soon');
    expect(reviewState('2025-07-25', lateEvening, 'UTC')).toBe('ok');
  });

  it('follows the clocks going forward on the last Sunday of March', () => {
    expect(reviewState('2025-03-30', fixedClock('2025-03-30T00:30:00Z'))).toBe('due-soon');
    expect(reviewState('2025-03-30', fixedClock('2025-03-30T23:30:00Z'))).toBe('overdue');
  });

  it('follows the clocks going back on the last Sunday of October', () => {
    expect(reviewState('2025-10-25', fixedClock('2025-10-25T23:30:00Z'))).toBe('overdue');
    expect(reviewState('2025-10-26', fixedClock('2025-10-26T23:30:00Z'))).toBe('due-soon');
    expect(daysUntilReview('2025-11-09', fixedClock('2025-10-26T23:30:00Z'))).toBe(14);
  });
});
