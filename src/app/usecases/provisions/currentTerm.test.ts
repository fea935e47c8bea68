import { defaultEnglishTerms, wholeTerms } from '../../../domain/termDates';
import { currentOrNextTerm } from './currentTerm';

const terms = wholeTerms(defaultEnglishTerms(2026));

describe('the term a provision page opens on', () => {
  test('the term today is in, half term included', () => {
    expect(currentOrNextTerm(terms, '2026-11-24')?.name).toBe('Autumn term');
    expect(currentOrNextTerm(terms, '2026-10-28')?.name).toBe('Autumn term');
  });

  test('in a holiday, the next term; after the last, the last; none without terms', () => {
    expect(currentOrNextTerm(terms, '2026-12-28')?.name).toBe('Spring term');
    expect(currentOrNextTerm(terms, '2026-08-20')?.name).toBe('Autumn term');
    expect(currentOrNextTerm(terms, '2027-08-20')?.name).toBe('Summer term');
    expect(currentOrNextTerm([], '2026-11-24')).toBeNull();
  });
});
