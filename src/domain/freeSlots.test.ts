import { FREE_BUSY_CONFIDENCE, freeSlots } from './freeSlots';

const LONDON = 'Europe/London';

describe('freeSlots', () => {
  it('offers school-day times in local time, skipping busy periods', () => {
    const slots = freeSlots({
      from: '2026-03-30T14:00:00Z', // 15:00 BST
      to: '2026-03-30T17:00:00Z',
      durationMinutes: 30,
      timeZone: LONDON,
      stepMinutes: 30,
      dayEnd: '17:00',
      busy: [{ email: 'senco@school.example', start: '2026-03-30T14:30:00Z', end: '2026-03-30T15:00:00Z' }],
    });
    // 15:00 BST free, 15:30 busy, 16:00 and 16:30 free; 17:00 is the end of the school day.
    expect(slots.map((s) => s.start)).toEqual([
      '2026-03-30T14:00:00.000Z',
      '2026-03-30T15:00:00.000Z',
      '2026-03-30T15:30:00.000Z',
    ]);
    expect(slots.every((s) => s.confidence === FREE_BUSY_CONFIDENCE)).toBe(true);
  });

  it('measures the school day in GMT after the clocks go back', () => {
    const slots = freeSlots({
      from: '2026-10-24T00:00:00Z',
      to: '2026-10-26T23:00:00Z',
      durationMinutes: 60,
      timeZone: LONDON,
      dayStart: '16:00',
      dayEnd: '17:00',
      busy: [],
    });
    // Saturday 24th and Sunday 25th are skipped; Monday's 16:00 is 16:00Z.
    expect(slots).toEqual([
      {
        start: '2026-10-26T16:00:00.000Z',
        end: '2026-10-26T17:00:00.000Z',
        confidence: FREE_BUSY_CONFIDENCE,
      },
    ]);
  });

  it('finds nothing when staff are busy all day', () => {
    const slots = freeSlots({
      from: '2026-03-30T07:00:00Z',
      to: '2026-03-30T17:00:00Z',
      durationMinutes: 30,
      timeZone: LONDON,
      busy: [{ email: 'senco@school.example', start: '2026-03-30T06:00:00Z', end: '2026-03-30T18:00:00Z' }],
    });
    expect(slots).toEqual([]);
  });
});
