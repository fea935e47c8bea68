import { filterProperties, matchesPlain, parseFilter } from './core/odataFilter';

describe('the $filter parser', () => {
  it("reads a doubled quote inside a string as one apostrophe (O''Brien)", () => {
    expect(parseFilter("fields/Surname eq 'O''Brien'")).toEqual({
      kind: 'compare',
      op: 'eq',
      property: 'fields/Surname',
      value: { type: 'string', value: "O'Brien" },
    });
  });

  it('gives and a higher precedence than or, and honours parentheses', () => {
    const read = (values: Record<string, number>) => (p: string) => values[p];
    const filter = parseFilter('a eq 1 or b eq 1 and c eq 1');
    expect(matchesPlain(filter, read({ a: 1, b: 0, c: 0 }))).toBe(true);
    const grouped = parseFilter('(a eq 1 or b eq 1) and c eq 1');
    expect(matchesPlain(grouped, read({ a: 1, b: 0, c: 0 }))).toBe(false);
  });

  it('reads numbers, booleans, null and date-times', () => {
    const props = parseFilter(
      "n ge -2.5 and b eq true and x eq null and d lt 2025-01-31T09:00:00Z and e gt datetime'2024-01-01'",
    );
    expect(filterProperties(props)).toEqual(['n', 'b', 'x', 'd', 'e']);
  });

  it('turns a literal on the left round so the property comes first', () => {
    expect(parseFilter('5 lt fields/Score')).toMatchObject({ op: 'gt', property: 'fields/Score' });
  });

  it('rejects filters it cannot read, saying why', () => {
    expect(() => parseFilter("name eq 'open")).toThrow(/not closed/);
    expect(() => parseFilter("contains(name,'x')")).toThrow(/not supported/);
    expect(() => parseFilter('name eq')).toThrow(/incomplete/);
    expect(() => parseFilter('name like 1')).toThrow(/not a comparison operator/);
  });
});
