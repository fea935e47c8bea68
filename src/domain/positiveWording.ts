/**
 * A gentle hint for a flip-chart item written negatively. The guidance (seed 004, stage 2): "any
 * negative suggestions e.g. stop him disrupting the class, should be redefined in positive terms e.g.
 * help him develop more appropriate behaviours in class", after asking the proposer. A coach, like the
 * SMART hints: it never stops anything being written.
 */
const NEGATIVE_OPENINGS: readonly RegExp[] = [
  /^(stop|prevent|reduce|cut down|avoid|eliminate|get rid of)\b/i,
  /^(make|get) (him|her|them)\s+(stop|not)\b/i,
  /^(he|she|they)\s+(must|should)\s+not\b/i,
  /^(no|not|never|don't|do not|can't|cannot|won't)\b/i,
];

const NEGATIVE_WORDS =
  /\b(naughty|disruptive|disrupting|lazy|rude|bad behaviour|misbehav\w*|refuses|refusing|defiant|tantrums?)\b/i;

export const POSITIVE_WORDING_HINT =
  'This reads as a problem to stop. Ask the proposer how to put it positively, as something to help ' +
  'with: for example, not “stop him disrupting the class” but “help him develop more appropriate ' +
  'behaviours in class”.';

/** The hint to show under an item, or null when it reads positively (or is still empty). */
export const positiveWordingHint = (text: string): string | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const negative = NEGATIVE_OPENINGS.some((pattern) => pattern.test(trimmed)) || NEGATIVE_WORDS.test(trimmed);
  return negative ? POSITIVE_WORDING_HINT : null;
};
