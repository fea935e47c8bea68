import { formatMeetingTime, instantOf, isWallClock, offsetMinutesAt, wallClockIn } from './zonedTime';

const LONDON = 'Europe/London';

describe('wall-clock times in Europe/London', () => {
  it('reads 16:00 on the Monday after the clocks go forward as 15:00 UTC', () => {
    expect(instantOf('2026-03-30T16:00:00', LONDON).toISOString()).toBe('2026-03-30T15:00:00.000Z');
    expect(wallClockIn('2026-03-30T15:00:00Z', LONDON)).toBe('2026-03-30T16:00:00');
  });

  it('reads 16:00 on the Monday after the clocks go back as 16:00 UTC', () => {
    expect(instantOf('2026-10-26T16:00', LONDON).toISOString()).toBe('2026-10-26T16:00:00.000Z');
    expect(wallClockIn(new Date('2026-10-26T16:00:00Z'), LONDON)).toBe('2026-10-26T16:00:00');
  });

  it('knows the offset either side of the change', () => {
    expect(offsetMinutesAt('2026-03-29T00:59:00Z', LONDON)).toBe(0);
    expect(offsetMinutesAt('2026-03-29T01:00:00Z', LONDON)).toBe(60);
    expect(offsetMinutesAt('2026-10-25T00:59:00Z', LONDON)).toBe(60);
    expect(offsetMinutesAt('2026-10-25T01:00:00Z', LONDON)).toBe(0);
  });

  it('moves a time in the skipped hour forward, as calendar programs do', () => {
    expect(instantOf('2026-03-29T01:30:00', LONDON).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('chooses the first of the two 01:30s when the clocks go back', () => {
    expect(instantOf('2026-10-25T01:30:00', LONDON).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses text that is not a local date and time', () => {
    expect(isWallClock('2026-02-30T10:00')).toBe(false);
    expect(isWallClock('2026-02-27T10:00')).toBe(true);
    expect(() => instantOf('30/03/2026 16:00', LONDON)).toThrow('Not a local date and time');
  });

  it('formats a meeting time for people in UK style', () => {
    expect(formatMeetingTime('2026-03-30T15:00:00Z', LONDON)).toBe('Monday 30 March 2026, 16:00');
  });
});
