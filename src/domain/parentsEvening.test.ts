import { planParentsEvening } from './parentsEvening';

const senco = 'senco@school.example';
const teacher = 'teacher@school.example';

describe('planParentsEvening', () => {
  it('books families back to back with the changeover gap between them', () => {
    const plan = planParentsEvening({
      pupils: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      start: '2026-11-24T16:00:00Z',
      slotMinutes: 10,
      gapMinutes: 5,
      busy: [],
    });
    expect(plan.slots).toEqual([
      { key: 'a', start: '2026-11-24T16:00:00.000Z', end: '2026-11-24T16:10:00.000Z' },
      { key: 'b', start: '2026-11-24T16:15:00.000Z', end: '2026-11-24T16:25:00.000Z' },
      { key: 'c', start: '2026-11-24T16:30:00.000Z', end: '2026-11-24T16:40:00.000Z' },
    ]);
    expect(plan.unplaced).toEqual([]);
  });

  it('moves a slot past a time the staff are already busy, then carries on from there', () => {
    const plan = planParentsEvening({
      pupils: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      start: '2026-11-24T16:00:00Z',
      slotMinutes: 10,
      gapMinutes: 0,
      busy: [{ email: senco, start: '2026-11-24T16:15:00Z', end: '2026-11-24T16:45:00Z' }],
    });
    expect(plan.slots.map((s) => [s.key, s.start.slice(11, 16)])).toEqual([
      ['a', '16:00'],
      ['b', '16:45'],
      ['c', '16:55'],
    ]);
  });

  it('only counts the busy times of the staff named for that pupil', () => {
    const plan = planParentsEvening({
      pupils: [
        { key: 'a', staffEmails: [senco] },
        { key: 'b', staffEmails: ['TEACHER@school.example'] },
      ],
      start: '2026-11-24T16:00:00Z',
      slotMinutes: 15,
      gapMinutes: 0,
      busy: [{ email: teacher, start: '2026-11-24T16:00:00Z', end: '2026-11-24T16:30:00Z' }],
    });
    expect(plan.slots.map((s) => [s.key, s.start.slice(11, 16)])).toEqual([
      ['a', '16:00'],
      ['b', '16:30'],
    ]);
  });

  it('reports pupils who do not fit before the evening ends', () => {
    const plan = planParentsEvening({
      pupils: [{ key: 'a' }, { key: 'b' }, { key: 'c' }],
      start: '2026-11-24T16:00:00Z',
      end: '2026-11-24T16:25:00Z',
      slotMinutes: 10,
      gapMinutes: 0,
      busy: [],
    });
    expect(plan.slots.map((s) => s.key)).toEqual(['a', 'b']);
    expect(plan.unplaced).toEqual(['c']);
  });

  it('refuses a nonsensical appointment length', () => {
    expect(() =>
      planParentsEvening({
        pupils: [{ key: 'a' }],
        start: '2026-11-24T16:00:00Z',
        slotMinutes: 0,
        gapMinutes: 0,
        busy: [],
      }),
    ).toThrow('at least 5 minutes');
  });
});
