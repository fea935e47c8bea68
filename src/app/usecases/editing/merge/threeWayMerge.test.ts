import { changedSinceRead, mergeItemFields } from './threeWayMerge';

describe('three-way merge of one item', () => {
  const base = { id: 'x', a: 'A', b: 'B', nested: { p: 1, q: 2 }, list: ['one'] };

  test('a field only I changed keeps mine; a field only they changed takes theirs', () => {
    const result = mergeItemFields(base, { ...base, a: 'mine' }, { ...base, b: 'theirs' });
    expect(result.merged).toEqual({ ...base, a: 'mine', b: 'theirs' });
    expect(result.clashes).toEqual([]);
    expect(result.takenFromThem).toEqual([['b']]);
  });

  test('a field both changed differently is a clash, holding mine until the user decides', () => {
    const result = mergeItemFields(base, { ...base, a: 'mine' }, { ...base, a: 'theirs' });
    expect(result.clashes).toEqual([{ path: ['a'], base: 'A', mine: 'mine', theirs: 'theirs' }]);
    expect(result.merged.a).toBe('mine');
  });

  test('a field both changed to the same value is no clash', () => {
    const result = mergeItemFields(base, { ...base, a: 'same' }, { ...base, a: 'same' });
    expect(result.clashes).toEqual([]);
    expect(result.merged.a).toBe('same');
  });

  test('records merge key by key; a list is one field', () => {
    const result = mergeItemFields(
      base,
      { ...base, nested: { p: 10, q: 2 }, list: ['one', 'mine'] },
      { ...base, nested: { p: 1, q: 20 }, list: ['one', 'theirs'] },
    );
    expect(result.merged.nested).toEqual({ p: 10, q: 20 });
    expect(result.clashes.map((c) => c.path)).toEqual([['list']]);
  });

  test('ignored keys (identity, eTags) stay as mine and are never asked about', () => {
    const result = mergeItemFields(
      base,
      { ...base, id: 'mine-id' },
      { ...base, id: 'their-id' },
      new Set(['id']),
    );
    expect(result.clashes).toEqual([]);
    expect(result.merged.id).toBe('mine-id');
  });

  test('an item counts as changed only when more than its ignored keys differ', () => {
    expect(changedSinceRead(base, { ...base, etag: '"2"' }, new Set(['etag']))).toBe(false);
    expect(changedSinceRead(base, { ...base, a: 'mine' }, new Set(['etag']))).toBe(true);
  });
});
