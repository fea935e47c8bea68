import { UNSETTLED_CREATES_KEY, unsettledCreatesIn } from './unsettledCreates';

const memoryStorage = () => {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key: string) => entries.get(key) ?? null,
    setItem: (key: string, value: string) => void entries.set(key, value),
    removeItem: (key: string) => void entries.delete(key),
  };
};

test('a create whose answer was lost is still known after a reload of the page', () => {
  const storage = memoryStorage();
  unsettledCreatesIn(storage).add('targets-list/new-target-1');
  const afterReload = unsettledCreatesIn(storage);
  expect(afterReload.has('targets-list/new-target-1')).toBe(true);
  expect(afterReload.has('targets-list/new-target-2')).toBe(false);
});

test('once settled it is forgotten, and nothing is left in storage', () => {
  const storage = memoryStorage();
  const unsettled = unsettledCreatesIn(storage);
  unsettled.add('targets-list/new-target-1');
  unsettled.delete('targets-list/new-target-1');
  expect(unsettledCreatesIn(storage).has('targets-list/new-target-1')).toBe(false);
  expect(storage.entries.has(UNSETTLED_CREATES_KEY)).toBe(false);
});

test('unreadable storage is treated as empty rather than failing the save', () => {
  const storage = memoryStorage();
  storage.setItem(UNSETTLED_CREATES_KEY, '{not json');
  expect(unsettledCreatesIn(storage).has('anything')).toBe(false);
});

test('without storage the keys are kept in memory for the page', () => {
  const unsettled = unsettledCreatesIn(null);
  unsettled.add('k');
  expect(unsettled.has('k')).toBe(true);
});

test('what a lost create sent survives a reload as fingerprints, never as the words typed', () => {
  const storage = memoryStorage();
  unsettledCreatesIn(storage).add('targets-list/new-target-1', { Title: 'fp-title', Frequency: 'fp-freq' });
  const afterReload = unsettledCreatesIn(storage);
  expect(afterReload.sentColumns('targets-list/new-target-1')).toEqual({
    Title: 'fp-title',
    Frequency: 'fp-freq',
  });
});

test('keys kept by an older version, as a plain list, are still looked up', () => {
  const storage = memoryStorage();
  storage.setItem(UNSETTLED_CREATES_KEY, JSON.stringify(['targets-list/new-target-1']));
  const unsettled = unsettledCreatesIn(storage);
  expect(unsettled.has('targets-list/new-target-1')).toBe(true);
  expect(unsettled.sentColumns('targets-list/new-target-1')).toBeUndefined();
});
