import {
  PRIMARY_NEED_CODES,
  PRIMARY_NEED_LABELS,
  SEN_STATUS_LABELS,
  type PrimaryNeed,
  type SenStatus,
} from '../../../../domain/register';
import { parseFailure, parsedValue, type Parsed } from './parsed';

/** Letters and digits only, lower case, plurals made singular: how two spellings of one word compare. */
export const wordsKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/ies\b/g, 'y')
    .replace(/(ment|need|disorder)s\b/g, '$1')
    .replace(/[^a-z0-9]/g, '');

const lookup = <C extends string>(entries: readonly (readonly [string, C])[]): ReadonlyMap<string, C> =>
  new Map(entries.map(([words, code]) => [wordsKey(words), code]));

const SEN_STATUS_WORDS = lookup<SenStatus>([
  ...Object.entries(SEN_STATUS_LABELS).map(([code, label]) => [label, code as SenStatus] as const),
  ...(['N', 'K', 'E'] as const).map((code) => [code, code] as const),
  ['No SEN', 'N'],
  ['Not SEN', 'N'],
  ['None', 'N'],
  ['SEND Support', 'K'],
  ['EHC Plan', 'E'],
  ['EHCP', 'E'],
  ['Education, Health and Care Plan', 'E'],
]);

// Codes from before the 2014 reforms, still found in old exports: say what replaced them.
const LEGACY_SEN_STATUS: Readonly<Record<string, string>> = {
  a: 'School Action (A) ended in 2015: record SEN support (K).',
  p: 'School Action Plus (P) ended in 2015: record SEN support (K).',
  s: 'Statements (S) were replaced by EHC plans: record E.',
  statement: 'Statements (S) were replaced by EHC plans: record E.',
};

/** "K - SEN Support", "Social, emotional... (SEMH)": some exports carry the code and its words. */
const codeAndWords = (text: string): string[] => {
  const parts = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text) ?? /^(\S+)\s+[-–:]\s+(.*)$/.exec(text);
  return parts ? [parts[1] ?? '', parts[2] ?? ''] : [];
};

export const parseSenStatus = (label: string, raw: string): Parsed<SenStatus> => {
  const text = raw.trim();
  if (text === '') return parseFailure(`${label} is required: K (SEN support), E (EHC plan) or N (no SEN).`);
  const key = wordsKey(text);
  for (const candidate of [text, ...codeAndWords(text)]) {
    const code = SEN_STATUS_WORDS.get(wordsKey(candidate));
    if (code !== undefined) return parsedValue(code);
  }
  const legacy = LEGACY_SEN_STATUS[key];
  return parseFailure(
    legacy === undefined
      ? `${label} "${text}" is not recognised: use K (SEN support), E (EHC plan) or N (no SEN).`
      : `${label} "${text}": ${legacy}`,
  );
};

const PRIMARY_NEED_WORDS = lookup<PrimaryNeed>([
  ...PRIMARY_NEED_CODES.map((code) => [code, code] as const),
  ...Object.entries(PRIMARY_NEED_LABELS).map(([code, label]) => [label, code as PrimaryNeed] as const),
  ['Social, emotional and mental health difficulties', 'SEMH'],
  ['Speech, language and communication', 'SLCN'],
  ['Autism', 'ASD'],
  ['Autism spectrum disorder', 'ASD'],
  ['Autism spectrum condition', 'ASD'],
  ['Multi sensory impairment', 'MSI'],
  ['No specialist assessment', 'NSA'],
  ['Other difficulty/disability', 'OTH'],
  ['Other', 'OTH'],
]);

/** A blank primary need is "none" here; whether one is required depends on the SEN status. */
export const parsePrimaryNeed = (label: string, raw: string): Parsed<PrimaryNeed | null> => {
  const text = raw.trim();
  if (text === '') return parsedValue(null);
  for (const candidate of [text, ...codeAndWords(text)]) {
    const code = PRIMARY_NEED_WORDS.get(wordsKey(candidate));
    if (code !== undefined) return parsedValue(code);
  }
  return parseFailure(
    `${label} "${text}" is not recognised: use a census code (${PRIMARY_NEED_CODES.join(', ')}) or its description.`,
  );
};

const YEAR_NUMBER = /^(?:nc\s*)?(?:y|yr|year)?\s*(\d{1,2})$/i;
const NAMED_YEARS = lookup<string>([
  ['R', 'Reception'],
  ['YR', 'Reception'],
  ['Rec', 'Reception'],
  ['Reception', 'Reception'],
  ['N', 'Nursery'],
  ['Nursery', 'Nursery'],
  ['N1', 'Nursery 1'],
  ['N2', 'Nursery 2'],
]);

/**
 * Year groups as the rest of the app writes them ("Year 3", "Reception"), whether the MIS wrote 3,
 * Y3, Yr 3 or NC Year 3. Anything else (a special school's own groups) is kept as written.
 */
export const normaliseYearGroup = (raw: string): string => {
  const text = raw.trim();
  const year = YEAR_NUMBER.exec(text);
  if (year) return `Year ${String(Number(year[1]))}`;
  return NAMED_YEARS.get(wordsKey(text)) ?? text;
};
