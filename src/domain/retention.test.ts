import { fixedClock } from './clock';
import { anniversaryOf, pastRetention, retentionOf } from './retention';

const settings = (retainUntilAgeYears = 25) => ({
  timeZone: 'Europe/London',
  records: { retainUntilAgeYears },
});
// Midday in London, so the date is the same in UTC and in London.
const on = (date: string) => fixedClock(`${date}T12:00:00Z`);

describe('the retention period of a pupil’s records', () => {
  test('is past from the day the pupil reaches the age, and not the day before', () => {
    const pupil = { dateOfBirth: '2001-06-15' };
    expect(pastRetention(pupil, settings(), on('2026-06-14'))).toBe(false);
    expect(pastRetention(pupil, settings(), on('2026-06-15'))).toBe(true);
    expect(retentionOf(pupil, settings(), on('2026-06-14'))).toEqual({ kind: 'kept', until: '2026-06-15' });
    expect(retentionOf(pupil, settings(), on('2030-01-01'))).toEqual({ kind: 'past', since: '2026-06-15' });
  });

  test('follows the school’s own figure', () => {
    const pupil = { dateOfBirth: '2001-06-15' };
    expect(pastRetention(pupil, settings(31), on('2030-01-01'))).toBe(false);
    expect(pastRetention(pupil, settings(31), on('2032-06-15'))).toBe(true);
  });

  test('counts the day in London: just after midnight on the birthday in summer time is the birthday', () => {
    const pupil = { dateOfBirth: '2001-06-15' };
    // 23:30 UTC on 14 June is 00:30 on 15 June in London (BST).
    expect(pastRetention(pupil, settings(), fixedClock('2026-06-14T23:30:00Z'))).toBe(true);
    expect(pastRetention(pupil, settings(), fixedClock('2026-06-14T22:30:00Z'))).toBe(false);
  });

  test('a pupil born on 29 February reaches the age on 1 March when that year has no 29 February', () => {
    const leapling = { dateOfBirth: '2004-02-29' };
    expect(anniversaryOf('2004-02-29', 25)).toBe('2029-03-01');
    expect(pastRetention(leapling, settings(), on('2029-02-28'))).toBe(false);
    expect(pastRetention(leapling, settings(), on('2029-03-01'))).toBe(true);
  });

  test('a pupil born on 29 February whose anniversary falls in a leap year reaches it on 29 February', () => {
    expect(anniversaryOf('2004-02-29', 24)).toBe('2028-02-29');
    expect(anniversaryOf('1976-02-29', 24)).toBe('2000-02-29');
    expect(anniversaryOf('1976-02-29', 124)).toBe('2100-03-01');
    const leapling = { dateOfBirth: '2004-02-29' };
    expect(pastRetention(leapling, settings(24), on('2028-02-28'))).toBe(false);
    expect(pastRetention(leapling, settings(24), on('2028-02-29'))).toBe(true);
  });

  test('with no date of birth recorded the records are never past it, and the pupil is flagged', () => {
    const unknown = { dateOfBirth: '' };
    expect(pastRetention(unknown, settings(), on('2099-01-01'))).toBe(false);
    expect(retentionOf(unknown, settings(), on('2099-01-01'))).toEqual({ kind: 'no-date-of-birth' });
  });
});
