import { seedPlan } from '../../../test/support/fakeEditorServices';
import { deepEqual, diffFields, setAtPath } from './fieldDiff';
import { labelForPath } from './fieldLabels';
import { formatFieldValue } from './formatFieldValue';

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

describe('labels and values as the form shows them', () => {
  test('labels name the list entry and the field, with the nation’s coordinator title', () => {
    expect(labelForPath(['shortTermTargets', 1, 'successCriteria'])).toBe(
      'Short-term target 2 › Success criteria',
    );
    expect(labelForPath(['people', 'senco', 'name'], 'wales')).toBe('ALNCo name');
    expect(labelForPath(['people', 'professionals', 0, 'role'])).toBe('Professional 1 › Role');
  });

  test('values use labels, UK dates and a word for empty', () => {
    const plan = seedPlan();
    expect(formatFieldValue(['stage'], 'ehc-plan')).toBe('EHC plan');
    expect(formatFieldValue(['nextReviewDate'], '2027-02-01')).toBe('01/02/2027');
    expect(formatFieldValue(['shortTermTargets', 0, 'outcome'], 'partly-achieved')).toBe('Partly achieved');
    expect(formatFieldValue(['profile', 'likes'], '')).toBe('(empty)');
    expect(formatFieldValue(['shortTermTargets', 0, 'longTermTargetId'], 'ltt-reading', plan)).toBe(
      'Read books at his reading age',
    );
    expect(formatFieldValue(['needs', 'areas'], ['cognition-and-learning'])).toBe('Cognition and learning');
  });
});
