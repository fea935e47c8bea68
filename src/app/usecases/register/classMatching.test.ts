import { matchClassTeam } from './classMatching';

const teams = [
  { id: 't1', displayName: 'Year 4 Otters' },
  { id: 't2', displayName: '4B 2026-27' },
  { id: 't3', displayName: '14B 2026-27' },
  { id: 't4', displayName: 'Year 4 Bees 2026-27' },
  { id: 't5', displayName: 'Year 3 Kestrels 2026-27' },
  { id: 't6', displayName: 'Year 3 Kestrels Maths' },
];
const matched = (className: string, among = teams) => matchClassTeam(className, among)?.displayName ?? null;

test('the same name, whatever the case and spacing', () => {
  expect(matched('Year 4 Otters')).toBe('Year 4 Otters');
  expect(matched('  YEAR 4  otters ')).toBe('Year 4 Otters');
  expect(matched('Year4Otters')).toBe('Year 4 Otters');
});

test('a short class name finds the team that holds it as a whole word', () => {
  expect(matched('4B')).toBe('4B 2026-27');
  expect(matched('4b')).toBe('4B 2026-27');
  expect(matched('14B')).toBe('14B 2026-27');
});

test('a class name with more in it finds the team it holds', () => {
  expect(matched('4B (Mrs Khan)', [{ id: 't', displayName: '4B' }])).toBe('4B');
});

test('an exact name wins over a team that merely contains it', () => {
  const among = [
    { id: 'a', displayName: 'Year 4 Otters 2025-26' },
    { id: 'b', displayName: 'Year 4 Otters' },
  ];
  expect(matched('Year 4 Otters', among)).toBe('Year 4 Otters');
});

test('nothing when two teams could be meant, or none is', () => {
  expect(matched('Year 3 Kestrels')).toBeNull();
  expect(matched('Year 4')).toBeNull();
  expect(matched('5C')).toBeNull();
  expect(matched('')).toBeNull();
  expect(
    matched('4B', [...teams, { id: 't7', displayName: '4B' }, { id: 't8', displayName: '4 b' }]),
  ).toBeNull();
});

test('the team returned is the caller’s own object', () => {
  const team = { id: 'x', displayName: 'Hawthorn', extra: 1 };
  expect(matchClassTeam('hawthorn', [team])).toBe(team);
});
