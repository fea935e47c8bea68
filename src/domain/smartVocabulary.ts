import type { AreaOfNeed, TargetArea } from './target';

/**
 * The words the SMART coach reads. English only: text in another script is still checked for
 * numbers, dates and links, but not for wording (see smart.ts).
 */

/** Dates, year groups and term numbers contain digits that measure nothing; removed first. */
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
const NOT_A_MEASURE: readonly RegExp[] = [
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'gi'),
  /\b(?:19|20)\d{2}\b/g,
  /\b(?:year|yr|primary|key stage|term)\s*\d{1,2}\b/gi,
  /\b(?:y|p|s|ks)\d{1,2}\b/gi,
];

const MEASURES: readonly RegExp[] = [
  // A digit in any script: 4, ٤, ४ ...
  /\p{Nd}/u,
  /[一二三四五六七八九十百两]/u,
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|twice)\b/i,
  /%|\u066A|\bper ?cent\b/i,
  /\bout of\b/i,
  /\bdaily\b|\bweekly\b|\b(?:every|each)\s+(?:day|morning|afternoon|lesson|session|week|playtime|break)\b/i,
  /\b(?:once|times?)\s+(?:a|per|each|every)\s+(?:day|week|lesson|session)\b/i,
  /\bindependently\b|\bunaided\b|\bwithout\s+(?:any\s+)?(?:adult\s+)?(?:help|support|prompting|prompts|reminders)\b/i,
  /\bon\s+\w+\s+occasions?\b/i,
];

export const hasMeasure = (text: string): boolean => {
  const cleaned = NOT_A_MEASURE.reduce((acc, pattern) => acc.replace(pattern, ' '), text);
  return MEASURES.some((pattern) => pattern.test(cleaned));
};

/** Verbs for things a teacher can see or hear the pupil do. */
const OBSERVABLE_VERBS = new Set([
  'access',
  'add',
  'answer',
  'arrive',
  'ask',
  'attend',
  'balance',
  'blend',
  'build',
  'button',
  'calculate',
  'catch',
  'check',
  'choose',
  'climb',
  'colour',
  'color',
  'communicate',
  'compare',
  'complete',
  'concentrate',
  'contribute',
  'copy',
  'count',
  'cut',
  'decode',
  'describe',
  'divide',
  'draw',
  'dress',
  'drink',
  'eat',
  'explain',
  'fasten',
  'find',
  'finish',
  'focus',
  'follow',
  'form',
  'give',
  'greet',
  'group',
  'hang',
  'hold',
  'hop',
  'identify',
  'initiate',
  'join',
  'jump',
  'kick',
  'label',
  'line',
  'listen',
  'locate',
  'look',
  'maintain',
  'match',
  'measure',
  'move',
  'multiply',
  'name',
  'order',
  'organise',
  'organize',
  'pack',
  'play',
  'point',
  'punctuate',
  'put',
  'queue',
  'raise',
  'read',
  'recall',
  'recognise',
  'recognize',
  'record',
  'remain',
  'repeat',
  'reply',
  'request',
  'respond',
  'retell',
  'return',
  'round',
  'run',
  'say',
  'segment',
  'select',
  'sequence',
  'share',
  'show',
  'sign',
  'sit',
  'solve',
  'sort',
  'speak',
  'spell',
  'start',
  'stay',
  'stop',
  'subtract',
  'take',
  'talk',
  'tell',
  'throw',
  'tidy',
  'tie',
  'trace',
  'transition',
  'type',
  'undress',
  'unpack',
  'use',
  'wait',
  'walk',
  'wash',
  'wear',
  'write',
  'zip',
]);

/** Words after which a verb is being used as one ("will read", "to write", "and spell"). */
const VERB_MARKERS = new Set([
  'will',
  'to',
  'can',
  'could',
  'should',
  'must',
  'and',
  'or',
  'then',
  'also',
  'always',
  'independently',
]);
const CONNECTORS = new Set(['and', 'then']);

/** Lower-case words, keeping apostrophes and hyphens inside names (O'Brien, Mary-Jane). */
export const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{M}\p{Nd}]+(?:['-][\p{L}\p{M}\p{Nd}]+)*/gu) ?? [];

const baseOfIng = (word: string): string | null => {
  if (!word.endsWith('ing') || word.length < 5) return null;
  const stem = word.slice(0, -3);
  const candidates = [stem, `${stem}e`, stem.slice(0, -1)];
  return candidates.find((c) => OBSERVABLE_VERBS.has(c)) ?? null;
};

/** Positions of observable verbs used as verbs: after "will", "to", "can", "and"..., or "by ...ing". */
export const observableVerbPositions = (words: readonly string[]): number[] =>
  words.flatMap((word, i) => {
    const previous = words[i - 1] ?? '';
    if (OBSERVABLE_VERBS.has(word) && VERB_MARKERS.has(previous)) return [i];
    if (previous === 'by' && baseOfIng(word) !== null) return [i];
    return [];
  });

/**
 * Two actions joined by "and"/"then", the first with its own object: "read 20 words and write his
 * name". Pairs such as "sit and listen" or "read and spell" stay one action.
 */
export const joinsTwoActions = (words: readonly string[]): boolean => {
  const verbs = observableVerbPositions(words);
  return verbs.some((first, k) => {
    const second = verbs[k + 1];
    if (second === undefined) return false;
    const between = words.slice(first + 1, second);
    const connectorAt = between.findIndex((w) => CONNECTORS.has(w));
    return connectorAt > 0;
  });
};

/** Observable examples per area, used to suggest a rewrite of a vague target. */
export const AREA_EXAMPLES: Readonly<Record<TargetArea, string>> = {
  communication: 'ask an adult for help using a full sentence',
  literacy: 'read 20 high-frequency words',
  mathematics: 'count objects accurately to 20',
  behaviour: 'stay in their seat for 10 minutes of a lesson',
  'social-skills': 'take turns in a board game with a partner',
  'emotional-wellbeing': 'use a calm-down card to ask for a break',
  'attention-and-organisation': 'start a task within 2 minutes of the instruction',
  'motor-skills': 'cut along a straight line',
  independence: 'follow a visual timetable to move between activities',
  'self-care': 'wash and dry their hands after using the toilet',
  sensory: 'use ear defenders in assembly',
  other: 'show what they can do in a way you can see or hear',
};

/** Which of England's four broad areas of need a target area usually serves. Empty = any. */
export const AREA_SERVES: Readonly<Record<TargetArea, readonly AreaOfNeed[]>> = {
  communication: ['communication-and-interaction'],
  literacy: ['cognition-and-learning'],
  mathematics: ['cognition-and-learning'],
  behaviour: ['social-emotional-mental-health'],
  'social-skills': ['communication-and-interaction', 'social-emotional-mental-health'],
  'emotional-wellbeing': ['social-emotional-mental-health'],
  'attention-and-organisation': ['cognition-and-learning', 'social-emotional-mental-health'],
  'motor-skills': ['sensory-and-physical'],
  independence: [],
  'self-care': ['sensory-and-physical'],
  sensory: ['sensory-and-physical'],
  other: [],
};
