import { seedPlan } from '../../../../test/support/fakeEditorServices';
import { deepEqual, diffFields, setAtPath } from './fieldDiff';

describe('field diff', () => {
  test('treats absent and undefined properties as equal, as stored JSON does', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual([1, { a: 2 }], [1, { a: 3 }])).toBe(false);
  });

  test('finds nested differences; arrays are one field unless expanded', () => {
    const a = seedPlan();
    const b = {
      ...a,
      needs: { ...a.needs, areas: [...a.needs.areas, 'sensory-and-physical' as const] },
      shortTermTargets: a.shortTermTargets.map((t, i) => (i === 1 ? { ...t, text: 'Changed' } : t)),
    };
    expect(diffFields(a, b).map((d) => d.path)).toEqual([['needs', 'areas'], ['shortTermTargets']]);
    expect(diffFields(a, b, { expandArrays: true }).map((d) => d.path)).toEqual([
      ['needs', 'areas'],
      ['shortTermTargets', 1, 'text'],
    ]);
  });

  test('sets a value at a path without touching the original', () => {
    const plan = seedPlan();
    const next = setAtPath(plan, ['shortTermTargets', 0, 'text'], 'New');
    expect(next.shortTermTargets[0]?.text).toBe('New');
    expect(plan.shortTermTargets[0]?.text).not.toBe('New');
    expect(next.shortTermTargets[1]).toBe(plan.shortTermTargets[1]);
  });
});
