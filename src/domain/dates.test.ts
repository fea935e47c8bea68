import { fixedClock } from './clock';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  formatUkDate,
  isIsoDate,
  isWeekend,
  londonDateOf,
  todayIn,
} from './dates';

describe('formatUkDate', () => {
  it('shows a calendar date as DD/MM/YYYY', () => {
    expect(formatUkDate('2025-12-05')).toBe('05/12/2025');
    expect(formatUkDate('2028-02-29')).toBe('29/02/2028');
  });

  it('places a date-time on its London calendar date', () => {
    // 23:30 UTC in British Summer Time is 00:30 the next day in London.
    expect(formatUkDate('2025-07-10T23:30:00Z')).toBe('11/07/2025');
    // In winter London is on UTC.
    expect(formatUkDate('2025-01-10T23:30:00Z')).toBe('10/01/2025');
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(() => formatUkDate('2025-02-29')).toThrow(RangeError);
    expect(() => formatUkDate('2025-13-01')).toThrow(RangeError);
    expect(() => formatUkDate('05/12/2025')).toThrow(RangeError);
  });
});

describe('londonDateOf', () => {
  it('gives the next day at 23:30 UTC in summer', () => {
    expect(londonDateOf(new Date('2025-07-10T23:30:00Z'))).toBe('2025-07-11');
  });

  it('gives the same day at 23:30 UTC in winter', () => {
    expect(londonDateOf(new Date('2025-12-10T23:30:00Z'))).toBe('2025-12-10');
  });

  it('follows the clocks going forward on the last Sunday of March', () => {
    // 30/03/2025: 01:00 GMT becomes 02:00 BST.
    expect(londonDateOf('2025-03-29T23:30:00Z')).toBe('2025-03-29');
    expect(londonDateOf('2025-03-30T00:59:00Z')).toBe('2025-03-30');
    expect(londonDateOf('2025-03-30T23:30:00Z')).toBe('2025-03-31');
  });

  it('follows the clocks going back on the last Sunday of October', () => {
    // 26/10/2025: 02:00 BST becomes 01:00 GMT.
    expect(londonDateOf('2025-10-25T23:30:00Z')).toBe('2025-10-26');
    expect(londonDateOf('2025-10-26T23:30:00Z')).toBe('2025-10-26');
  });

  it('answers for other zones when asked', () => {
    expect(londonDateOf('2025-07-10T13:00:00Z', 'Pacific/Auckland')).toBe('2025-07-11');
    expect(londonDateOf('2025-07-10T13:00:00Z', 'America/New_York')).toBe('2025-07-10');
  });

  it('refuses something that is not a date', () => {
    expect(() => londonDateOf('not a date')).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  it("reads today's date from the injected clock in London", () => {
    expect(todayIn(fixedClock('2025-06-30T23:15:00Z'))).toBe('2025-07-01');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month ends and 29 February', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('counts whole days across the clocks changing', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('2025-10-27', '2025-10-25')).toBe(-2);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });

  it('knows weekdays and weekends', () => {
    expect(dayOfWeek('2025-12-05')).toBe(5);
    expect(isWeekend('2025-12-06')).toBe(true);
    expect(isWeekend('2025-12-07')).toBe(true);
    expect(isWeekend('2025-12-08')).toBe(false);
  });

  it('tells real dates from impossible ones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2025-1-5')).toBe(false);
    expect(() => addDays('2027-02-29', 1)).toThrow(RangeError);
  });
});
