import { matchesSearch, normaliseForSearch, searchWords } from './nameSearch';

const SIOBHAN = "Siobhán O'Brien-Núñez";

describe('normaliseForSearch', () => {
  it.each([
    ["Siobhán O'Brien-Núñez", 'siobhan obrien nunez'],
    ['O’Neill', 'oneill'],
    ['Siobhán Ní Bhriain', 'siobhan ni bhriain'],
    ['Siân', 'sian'],
    ['Dafydd ap Gruffudd', 'dafydd ap gruffudd'],
    ['Łukasz Wałęsa', 'lukasz walesa'],
    ['Jürgen Strauß', 'jurgen strauss'],
    ['İlkay Gündoğan', 'ilkay gundogan'],
    ['Ilkay', 'ilkay'],
    ['Zoë', 'zoe'],
    ['Chloé-Mae', 'chloe mae'],
    ['Søren Ærø', 'soren aero'],
    ['Anne–Marie', 'anne marie'],
    ['  Jean-Luc   Picard ', 'jean luc picard'],
    ['ＦＵＬＬ ｗｉｄｔｈ', 'full width'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseForSearch(name)).toBe(expected);
  });

  it.each([
    ['Arabic', 'يوسف'],
    ['Chinese', '李明'],
    ['Hindi, whose vowel signs are combining marks', 'प्रिया'],
    ['Korean', '김민준'],
  ])('leaves %s unchanged', (_script, name) => {
    expect(normaliseForSearch(name)).toBe(name);
  });

  it.each([["O'Brien"], ['O’Brien'], ['O‘Brien'], ['OʼBrien'], ['O`Brien'], ['O´Brien']])(
    'treats the apostrophe in %s like any other',
    (name) => {
      expect(normaliseForSearch(name)).toBe('obrien');
    },
  );
});

describe('matchesSearch finds Siobhán O’Brien-Núñez', () => {
  it.each([
    'O’Brien',
    "o'brien",
    'obrien',
    'OBrien',
    'OBRIEN',
    'nunez',
    'Núñez',
    'siobhan obrien',
    'Siobhán',
    'obrien nunez',
    "o'brien-núñez",
    'obriennunez',
    'brien',
    '  siobhan   ',
  ])('by "%s"', (query) => {
    expect(matchesSearch(query, SIOBHAN)).toBe(true);
  });

  it.each(['obrian', 'siobhan murphy', 'nunes'])('but not by "%s"', (query) => {
    expect(matchesSearch(query, SIOBHAN)).toBe(false);
  });
});

describe('matchesSearch across name, preferred name and pupil reference', () => {
  const fields = ['Zoë Ní Bhriain', 'Zoë-Louise', 'R-2041'];

  it('needs every word to match some field', () => {
    expect(matchesSearch('zoe r2041', ...fields)).toBe(true);
    expect(matchesSearch('louise bhriain', ...fields)).toBe(true);
    expect(matchesSearch('zoe smith', ...fields)).toBe(false);
  });

  it('finds a pupil reference however its punctuation is typed', () => {
    expect(matchesSearch('r-2041', ...fields)).toBe(true);
    expect(matchesSearch('R2041', ...fields)).toBe(true);
  });

  it('does not join the end of one field to the start of the next', () => {
    expect(matchesSearch('louiser', ...fields)).toBe(false);
  });

  it('matches everything for an empty or punctuation-only search, and ignores missing fields', () => {
    expect(matchesSearch('', 'Anyone')).toBe(true);
    expect(matchesSearch(" ' - ", 'Anyone')).toBe(true);
    expect(matchesSearch('ben', null, undefined, 'Ben Jones')).toBe(true);
  });

  it.each([
    ['Jurgen', 'Jürgen Schmidt'],
    ['lukasz', 'Łukasz Nowak'],
    ['ilkay', 'İlkay Yılmaz'],
    ['yilmaz', 'İlkay Yılmaz'],
    ['sian', 'Siân Roberts'],
    ['gruffudd', 'Dafydd ap Gruffudd'],
    ['oneill', 'Ciarán O’Neill'],
    ['chloe mae', 'Chloé-Mae Harris'],
    ['chloemae', 'Chloé-Mae Harris'],
    ['يوسف', 'يوسف حداد'],
    ['李', '李明'],
  ])('"%s" finds %s', (query, name) => {
    expect(matchesSearch(query, name)).toBe(true);
  });
});

describe('searchWords', () => {
  it('splits on spaces and hyphens after folding', () => {
    expect(searchWords(' Anne–Marie  O’Neill ')).toEqual(['anne', 'marie', 'oneill']);
    expect(searchWords('')).toEqual([]);
  });
});
