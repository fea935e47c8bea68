/**
 * Words and phrases that name a hope rather than something anyone can see or hear, each with why
 * it cannot be measured. English only, like the rest of the coach's wording checks.
 */
export interface VaguePhrase {
  /** The phrase as the hint quotes it. */
  readonly word: string;
  readonly pattern: RegExp;
  /** Completes the sentence that starts with the quoted phrase. */
  readonly why: string;
  /** A sentence offering what to write instead, when there are obvious candidates. */
  readonly instead?: string;
  /**
   * True when the phrase is fine once the target also names an observable action ("develop his
   * pencil grip so that he can write his name"). False when the phrase hedges that very action
   * ("try to stay in his seat": staying is observable, trying is not).
   */
  readonly passesWithAction: boolean;
  /** A wording that makes the phrase measurable after all. */
  readonly unless?: RegExp;
}

/**
 * "improve his reading age from 6.2 to 6.8": a change with a number at both ends says how far,
 * so the teacher can tell when it has been reached.
 */
const MEASURED_CHANGE = /\bfrom\s+\S*\p{Nd}\S*(?:\s+[\p{L}-]+){0,2}\s+to\s+\S*\p{Nd}/iu;

const CANNOT_BE_SEEN = 'describes a hope, not something you can see or hear.';
const NO_DISTANCE = 'says which way but not how far, so no one can tell when it has been reached.';
const CONFIDENCE_WHY = 'cannot be seen directly, only what a confident pupil does.';
const CONFIDENCE_INSTEAD =
  'Confidence you can see: answering a question in class, asking for help, joining a group at play.';
const NO_BASELINE = 'cannot be measured: better or more than what, and by how much?';

/** Phrases that start at the same place as a longer one lose to it, so order does not matter here. */
export const VAGUE_PHRASES: readonly VaguePhrase[] = [
  {
    word: 'try to',
    pattern: /\b(?:try|tries|trying|tried)\s+(?:hard\s+|(?:his|her|their|my)\s+best\s+)?to\b/i,
    why: 'describes effort, which cannot be measured: leave it out.',
    passesWithAction: false,
  },
  {
    word: 'be better at',
    pattern: /\b(?:be|is|are|being|become|becomes)\s+better\s+(?:at|with)\b/i,
    why: NO_BASELINE,
    passesWithAction: true,
  },
  {
    word: 'get better at',
    pattern: /\b(?:get|gets|getting|got)\s+better\s+(?:at|with)\b/i,
    why: NO_BASELINE,
    passesWithAction: true,
  },
  {
    word: 'be able to ... more',
    // "able to read 5 more words" and "more than 20" carry their number and are left alone.
    pattern: /\bable\s+to\s+(?:[\p{L}'’-]+\s+){1,6}?(?:more|for\s+longer|better)\b(?!\s+than\s+\S*\p{Nd})/iu,
    why: 'needs a starting point and an amount: say how many, how long or how often instead of "more".',
    passesWithAction: false,
  },
  {
    word: 'have a better',
    pattern: /\b(?:have|has|having)\s+(?:a\s+)?(?:better|greater|clearer|deeper|more)\b/i,
    why: NO_BASELINE,
    passesWithAction: true,
  },
  {
    word: 'become more confident',
    pattern:
      /\b(?:be|is|become|becomes|becoming|feel|feels|grow|grows)\s+(?:more\s+)?confident\b|\bgrow(?:s|ing)?\s+in\s+confidence\b/i,
    why: CONFIDENCE_WHY,
    instead: CONFIDENCE_INSTEAD,
    passesWithAction: true,
  },
  {
    word: 'gain confidence',
    pattern: /\bgain(?:s)?\s+(?:more\s+)?confidence\b/i,
    why: CONFIDENCE_WHY,
    instead: CONFIDENCE_INSTEAD,
    passesWithAction: true,
  },
  {
    word: 'be more',
    pattern:
      /\b(?:be|is|are|being|become|becomes|becoming|feel|feels|seem|seems)\s+more\b(?!\s+than\s+\S*\p{Nd})/iu,
    why: NO_BASELINE,
    passesWithAction: true,
  },
  {
    word: 'work on',
    // "work on his own" and "work on a task" describe what the pupil does; "work on her handwriting" does not.
    pattern:
      /\bwork(?:s|ing)?\s+on\b(?!\s+(?:(?:a|an|the|his|her|their|my)\s+)?(?:own|task|tasks|activity|activities|worksheet|worksheets)\b)/i,
    why: 'describes the teaching, not what the pupil will be able to do at the end of it.',
    passesWithAction: true,
  },
  {
    word: 'understand',
    pattern: /\bunderstand(?:s|ing)?\b|\bunderstood\b/i,
    why: CANNOT_BE_SEEN,
    instead: 'Actions you can see or hear: explain, answer, sort, solve, show.',
    passesWithAction: true,
  },
  {
    word: 'know',
    // "let an adult know" is something the pupil says; "known words" and "knowledge" are nouns.
    pattern: /(?<!\blet\s+(?:[\p{L}'’]+\s+){0,3})\bknow(?:s|ing)?\b|\bknew\b/iu,
    why: CANNOT_BE_SEEN,
    instead: 'Actions you can see or hear: say, recall, write, point to, count.',
    passesWithAction: true,
  },
  {
    word: 'be aware of',
    pattern: /\b(?:be|become|becomes|being|is|are)\s+(?:more\s+)?aware\s+of\b|\bawareness\b/i,
    why: CANNOT_BE_SEEN,
    instead: 'Actions you can see or hear: name, point out, follow.',
    passesWithAction: true,
  },
  {
    word: 'improve',
    pattern: /\bimprov(?:e|es|ed|ing)\b/i,
    why: NO_DISTANCE,
    passesWithAction: true,
    unless: MEASURED_CHANGE,
  },
  {
    word: 'develop',
    pattern: /\bdevelop(?:s|ed|ing)?\b/i,
    why: NO_DISTANCE,
    passesWithAction: true,
    unless: MEASURED_CHANGE,
  },
  {
    word: 'make progress',
    pattern: /\bmake(?:s)?\s+(?:good\s+|better\s+)?progress\b/i,
    why: NO_DISTANCE,
    passesWithAction: true,
    unless: MEASURED_CHANGE,
  },
  {
    word: 'learn about',
    pattern: /\blearn(?:s|t|ed|ing)?\s+about\b/i,
    why: 'names a topic, not what the pupil will be able to do once they have learnt it.',
    passesWithAction: true,
  },
  {
    word: 'appreciate',
    pattern: /\bappreciat(?:e|es|ed|ing)\b/i,
    why: CANNOT_BE_SEEN,
    passesWithAction: true,
  },
  {
    word: 'be familiar with',
    pattern: /\b(?:be|become)\s+(?:more\s+)?familiar\s+with\b/i,
    why: CANNOT_BE_SEEN,
    instead: 'Actions you can see or hear: name, match, use.',
    passesWithAction: true,
  },
];

/**
 * Quoted words are what the pupil says or what a card shows ('use the "I don't understand" card'),
 * not the teacher's verb. A single quote only opens after a non-letter, so O'Brien stays whole.
 */
const QUOTED = /"[^"]*"|“[^”]*”|(?<!\p{L})['‘].*?['’](?!\p{L})/gu;

/**
 * The vague phrase that comes first in the target, or null. `namesAnAction` says whether the target
 * also names something the pupil will visibly do, which settles most vague phrases but not all.
 */
export const findVaguePhrase = (text: string, namesAnAction: boolean): VaguePhrase | null => {
  const unquoted = text.replace(QUOTED, ' ');
  const found = VAGUE_PHRASES.flatMap((phrase) => {
    if (namesAnAction && phrase.passesWithAction) return [];
    if (phrase.unless?.test(unquoted)) return [];
    const match = phrase.pattern.exec(unquoted);
    return match ? [{ phrase, at: match.index, length: match[0].length }] : [];
  });
  found.sort((a, b) => a.at - b.at || b.length - a.length);
  return found[0]?.phrase ?? null;
};
