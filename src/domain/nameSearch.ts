/**
 * Finding a pupil by what a teacher types. Staff type names on British keyboards: "obrien" for
 * O'Brien, "nunez" for Núñez, "zoe" for Zoë; names pasted from Word or email carry typographic
 * apostrophes (’) and dashes. Both sides go through the same folding, so whatever the spelling
 * style, the letters decide.
 */

/** Straight and typographic apostrophes, the modifier letter apostrophe, backtick, acute and prime. */
const APOSTROPHES = /['’‘ʼʻ`´′＇]/gu;

/**
 * Accents come off Latin, Greek and Cyrillic letters only. In Devanagari, Bengali, Arabic and
 * other scripts combining marks are vowels or part of the letter, and removing them would change
 * the name rather than its spelling style.
 */
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/**
 * Letters that Unicode decomposition leaves whole because they are letters of their own, not a
 * base letter plus an accent; typed on an English keyboard as the plain letter.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', // Polish Łukasz
  đ: 'd',
  ð: 'd',
  ø: 'o', // Danish and Norwegian Søren
  æ: 'ae',
  œ: 'oe',
  ß: 'ss', // German Strauß
  þ: 'th',
  ı: 'i', // Turkish dotless i
  ħ: 'h',
  ŀ: 'l',
  ς: 'σ', // Greek final sigma is the same letter as σ
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Everything that is not a letter, mark or digit separates words: spaces, hyphens, dashes, dots. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * The form both a name and a search are compared in: lower case, accents off Latin letters,
 * apostrophes removed ("O’Brien" → "obrien"), and hyphens, dashes and other punctuation turned
 * into single spaces ("Chloé-Mae" → "chloe mae").
 */
export const normaliseForSearch = (text: string): string =>
  text
    // Before decomposition, which would turn the acute accent ´ into a space and a combining mark.
    .replace(APOSTROPHES, '')
    .normalize('NFKD')
    // İ lower-cases to i plus a combining dot, which the next step removes.
    .toLocaleLowerCase('en-GB')
    .replace(ACCENTED, '$1')
    .normalize('NFC')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(SEPARATORS, ' ')
    .trim();

/** The words of a search, each already normalised; none for an empty or punctuation-only search. */
export const searchWords = (query: string): string[] => normaliseForSearch(query).split(' ').filter(Boolean);

/**
 * True when every word of the query appears somewhere in the fields. Spaces and hyphens inside a
 * field are closed up, so "obrien nunez", "o'brien-núñez" and "obriennunez" all find
 * "O'Brien-Núñez", and "maryjane" finds "Mary Jane". An empty query matches everything.
 */
export const matchesSearch = (query: string, ...fields: readonly (string | null | undefined)[]): boolean => {
  const words = searchWords(query);
  if (words.length === 0) return true;
  // Fields stay apart (joined by a space no word contains) so a word cannot span two of them.
  const haystack = fields.map((field) => normaliseForSearch(field ?? '').replace(/ /g, '')).join(' ');
  return words.every((word) => haystack.includes(word));
};
