import { suggestRollover, type RolloverClass } from './rolloverSuggestions';

const team = (id: string, displayName: string, rosterUserIds?: readonly string[]): RolloverClass =>
  rosterUserIds ? { id, displayName, rosterUserIds } : { id, displayName };
const pupils = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1)}`);
const where = (suggestions: ReturnType<typeof suggestRollover>) =>
  suggestions.map((s) => [s.from.displayName, s.to?.displayName ?? null, s.reason]);

describe('suggesting where last year’s classes go', () => {
  test('School Data Sync names move up a year group and take the new academic year', () => {
    const lastYear = [
      team('a', 'Year 3 Oak 2025-26'),
      team('b', 'Year 3 Ash 2025-26'),
      team('c', 'Reception Robins 2025-26'),
      team('d', 'Year 6 Elm 2025-26'),
    ];
    const thisYear = [
      team('n1', 'Year 4 Ash 2026-27'),
      team('n2', 'Year 4 Oak 2026-27'),
      team('n3', 'Year 1 Robins 2026-27'),
      team('n4', 'Reception Wrens 2026-27'),
      team('n5', 'Year 3 Oak 2026-27'),
    ];
    expect(where(suggestRollover(lastYear, thisYear))).toEqual([
      ['Year 3 Oak 2025-26', 'Year 4 Oak 2026-27', 'name'],
      ['Year 3 Ash 2025-26', 'Year 4 Ash 2026-27', 'name'],
      ['Reception Robins 2025-26', 'Year 1 Robins 2026-27', 'name'],
      // Year 6 leaves a primary school: nothing to move them to.
      ['Year 6 Elm 2025-26', null, 'none'],
    ]);
  });

  test('short class names move up too, whatever the case and spacing', () => {
    const thisYear = [team('n1', '4B'), team('n2', '4 c'), team('n3', '11H 2026/27')];
    expect(
      where(suggestRollover([team('a', '3B'), team('b', '3C'), team('c', '10h 2025/26')], thisYear)),
    ).toEqual([
      ['3B', '4B', 'name'],
      ['3C', '4 c', 'name'],
      ['10h 2025/26', '11H 2026/27', 'name'],
    ]);
  });

  test('a class named without a year group keeps its name', () => {
    expect(
      where(suggestRollover([team('a', 'Hawthorn 2025-2026')], [team('n', 'Hawthorn 2026-2027')])),
    ).toEqual([['Hawthorn 2025-2026', 'Hawthorn 2026-2027', 'name']]);
  });

  test('the roster wins over the name when most of the class moved somewhere else', () => {
    // The school reorganised: last year's Oak class is mostly in this year's Birch class.
    const oak = pupils('oak', 20);
    const lastYear = [team('a', 'Year 3 Oak 2025-26', oak)];
    const thisYear = [
      team('n1', 'Year 4 Oak 2026-27', [...oak.slice(0, 5), ...pupils('new', 20)]),
      team('n2', 'Year 4 Birch 2026-27', [...oak.slice(5), ...pupils('other', 10)]),
    ];
    expect(where(suggestRollover(lastYear, thisYear))).toEqual([
      ['Year 3 Oak 2025-26', 'Year 4 Birch 2026-27', 'roster'],
    ]);
  });

  test('less than half the class together says nothing; the name decides', () => {
    const oak = pupils('oak', 10);
    const lastYear = [team('a', 'Year 3 Oak 2025-26', oak)];
    const thisYear = [
      team('n1', 'Year 4 Oak 2026-27', oak.slice(0, 2)),
      team('n2', 'Year 4 Birch 2026-27', oak.slice(2, 6)),
    ];
    expect(where(suggestRollover(lastYear, thisYear))).toEqual([
      ['Year 3 Oak 2025-26', 'Year 4 Oak 2026-27', 'name'],
    ]);
  });

  test('a class split exactly in half is not decided by the rosters', () => {
    const oak = pupils('oak', 10);
    const thisYear = [team('n1', 'Year 4 Pine', oak.slice(0, 5)), team('n2', 'Year 4 Birch', oak.slice(5))];
    expect(where(suggestRollover([team('a', 'Year 3 Oak', oak)], thisYear))).toEqual([
      ['Year 3 Oak', null, 'none'],
    ]);
  });

  test('two small classes merged into one both go there, by roster', () => {
    const a = pupils('a', 8);
    const b = pupils('b', 9);
    const lastYear = [team('a', 'Year 5 Hazel', a), team('b', 'Year 5 Holly', b)];
    const thisYear = [team('n', 'Year 6 Hazel & Holly', [...a, ...b.slice(0, 7)]), team('m', 'Year 6 Holly')];
    expect(where(suggestRollover(lastYear, thisYear))).toEqual([
      ['Year 5 Hazel', 'Year 6 Hazel & Holly', 'roster'],
      ['Year 5 Holly', 'Year 6 Hazel & Holly', 'roster'],
    ]);
  });

  test('never two old classes to one new class by name', () => {
    const lastYear = [team('a', '3B'), team('b', 'Year 3 B 2025-26')];
    expect(where(suggestRollover(lastYear, [team('n', '4B')]))).toEqual([
      ['3B', null, 'none'],
      ['Year 3 B 2025-26', null, 'none'],
    ]);
  });

  test('a new class taken by roster is not suggested again by name', () => {
    const oak = pupils('oak', 10);
    const lastYear = [team('a', 'Year 3 Oak', oak), team('b', 'Year 3 Ash')];
    const thisYear = [team('n1', 'Year 4 Ash', oak), team('n2', 'Year 4 Oak')];
    expect(where(suggestRollover(lastYear, thisYear))).toEqual([
      ['Year 3 Oak', 'Year 4 Ash', 'roster'],
      ['Year 3 Ash', null, 'none'],
    ]);
  });

  test('two new classes with the name the old one grows into: no guess', () => {
    const thisYear = [team('n1', 'Year 4 Oak 2026-27'), team('n2', 'Year 4 Oak (old)')];
    expect(
      where(suggestRollover([team('a', 'Year 3 Oak 2025-26')], [...thisYear, team('n3', 'Year 4 oak')])),
    ).toEqual([['Year 3 Oak 2025-26', null, 'none']]);
  });
});
