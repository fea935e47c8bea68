import { defaultEnglishTerms, wholeTerms, type SchoolTerm } from '../../../domain/termDates';
import { formatChange, termLabel } from './mapLabels';

describe('the provision map in words', () => {
  test("a term is named with the year it starts in, unless the school's name has one", () => {
    const [autumn, spring] = wholeTerms(defaultEnglishTerms(2026)) as [SchoolTerm, SchoolTerm];
    expect(termLabel(autumn)).toBe('Autumn term 2026');
    expect(termLabel(spring)).toBe('Spring term 2027');
    expect(termLabel({ ...autumn, name: 'Autumn 2026' })).toBe('Autumn 2026');
  });

  test('a change has its sign, a real minus and one decimal place at most', () => {
    expect([formatChange(1.5), formatChange(-2), formatChange(0), formatChange(1200)]).toEqual([
      '+1.5',
      '\u22122',
      '0',
      '+1,200',
    ]);
  });
});
