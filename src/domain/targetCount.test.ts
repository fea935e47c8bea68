import { targetCountGuidance } from './targetCount';

describe('targetCountGuidance', () => {
  it('asks for 3-4 key targets when a plan has none, in any setting', () => {
    for (const setting of ['mainstream', 'special'] as const) {
      const hint = targetCountGuidance(0, setting);
      expect(hint).toMatchObject({ code: 'no-targets', severity: 'warning' });
      expect(hint?.message).toContain('Add 3-4 key targets');
    }
  });

  it.each([1, 2, 3, 4])('says nothing about %i targets: the key targets England recommends', (count) => {
    expect(targetCountGuidance(count, 'mainstream')).toBeNull();
  });

  it.each([5, 8])('tips that %i targets is above the 3-4 key targets in a mainstream school', (count) => {
    const hint = targetCountGuidance(count, 'mainstream');
    expect(hint).toMatchObject({ code: 'more-than-key-targets', severity: 'tip' });
    expect(hint?.message).toContain(`${count} targets is within the 4-8`);
  });

  it.each([9, 12])('warns that %i targets is above the 4-8 usual in a mainstream school', (count) => {
    const hint = targetCountGuidance(count, 'mainstream');
    expect(hint).toMatchObject({ code: 'above-mainstream-range', severity: 'warning' });
    expect(hint?.message).toContain('4-8');
  });

  it.each([1, 8, 12])('accepts %i targets in a special school (up to 8-12)', (count) => {
    expect(targetCountGuidance(count, 'special')).toBeNull();
  });

  it.each(['mainstream', 'special'] as const)(
    'warns that 13 targets is too many in a %s school',
    (setting) => {
      const hint = targetCountGuidance(13, setting);
      expect(hint).toMatchObject({ code: 'too-many', severity: 'warning' });
      expect(hint?.message).toMatch(/^13 targets is too many/);
    },
  );

  it('refuses a count that is not a count', () => {
    expect(() => targetCountGuidance(-1, 'mainstream')).toThrow(RangeError);
    expect(() => targetCountGuidance(2.5, 'mainstream')).toThrow(RangeError);
  });
});
