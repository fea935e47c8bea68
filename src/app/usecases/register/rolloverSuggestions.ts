/** A class team as the September rollover sees it: last year's or this year's. */
export interface RolloverClass {
  readonly id: string;
  readonly displayName: string;
  /** The pupils in the class's roster, when it could be read. */
  readonly rosterUserIds?: readonly string[];
}

export interface RolloverSuggestion {
  readonly from: RolloverClass;
  readonly to: RolloverClass | null;
  readonly reason: 'name' | 'roster' | 'none';
}

/** At least half of last year's class must be in the new one for the rosters to say where it went. */
const STRONG_OVERLAP = 0.5;

/** "2025-26", "2025/26", "2025-2026", "2025–26", "AY 2025-26": School Data Sync and schools' own labels. */
const ACADEMIC_YEAR = /\b(?:ay\s*)?(?:19|20)\d{2}\s*[-/–]\s*(?:\d{2}|(?:19|20)\d{2})\b/gi;
/** "Year 3 Oak", "Yr3 Oak", "Y3 Oak" or "3B", "3 Oak": the year group and what is left of the name. */
const YEAR_FIRST = /^(?:year|yr|y)?\s*(\d{1,2})\s*(.*)$/;
const RECEPTION_FIRST = /^(?:reception|rec)\b\s*(.*)$/;

interface ParsedName {
  /** 0 for Reception, 1-13 for a year group, null when the name has none. */
  readonly year: number | null;
  /** The rest of the name, lower case with single spaces: "oak", "b", "kestrels". */
  readonly rest: string;
}

const parseName = (displayName: string): ParsedName => {
  const plain = displayName
    .replace(ACADEMIC_YEAR, ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const reception = RECEPTION_FIRST.exec(plain);
  if (reception) return { year: 0, rest: reception[1]?.trim() ?? '' };
  const year = YEAR_FIRST.exec(plain);
  if (year?.[1] !== undefined && Number(year[1]) <= 13)
    return { year: Number(year[1]), rest: year[2]?.trim() ?? '' };
  return { year: null, rest: plain };
};

/** What last year's class is called this year: its year group one up ("3B" → "4B"), or the same name. */
const nextYearKey = (name: ParsedName): string =>
  name.year === null ? `|${name.rest}` : `${String(name.year + 1)}|${name.rest}`;
const thisYearKey = (name: ParsedName): string =>
  name.year === null ? `|${name.rest}` : `${String(name.year)}|${name.rest}`;

const sharedPupils = (from: RolloverClass, to: RolloverClass): number => {
  if (!from.rosterUserIds || !to.rosterUserIds) return 0;
  const theirs = new Set(to.rosterUserIds);
  return new Set(from.rosterUserIds.filter((id) => theirs.has(id))).size;
};

/** The new class most of last year's class moved into, if one clearly did. */
const byRoster = (from: RolloverClass, thisYear: readonly RolloverClass[]): RolloverClass | null => {
  const size = new Set(from.rosterUserIds ?? []).size;
  if (size === 0) return null;
  const strong = thisYear
    .map((to) => ({ to, shared: sharedPupils(from, to) }))
    .filter(({ shared }) => shared / size >= STRONG_OVERLAP)
    .sort((a, b) => b.shared - a.shared);
  const [best, second] = strong;
  // Two new classes each holding exactly half of the old one: the rosters cannot choose.
  if (!best || (second && second.shared === best.shared)) return null;
  return best.to;
};

/**
 * Suggests where each of last year's class teams goes this September, for the SENCO to confirm:
 *
 * 1. Roster: the new class that holds the most of the old class's pupils, if that is at least half
 *    of them.
 * 2. Name: otherwise the new class with the same name one year group up once the academic year
 *    label is taken off ("Year 3 Oak 2025-26" → "Year 4 Oak 2026-27", "3B" → "4B", "Reception
 *    Robins" → "Year 1 Robins"), or the same name for a class without a year group ("Hawthorn
 *    2025-26" → "Hawthorn 2026-27").
 * 3. None: a leaving year (Year 6 in a primary school) or a class with no clear successor.
 *
 * One new class receives two old ones only when the rosters say so: each of them has at least half
 * of its pupils there (two small classes merged). A suggestion by name is never shared: when two
 * old classes' names lead to one new class, or a new class is already suggested by roster, the
 * name gives no suggestion. The result is in the order of `lastYear`.
 */
export const suggestRollover = (
  lastYear: readonly RolloverClass[],
  thisYear: readonly RolloverClass[],
): RolloverSuggestion[] => {
  const rosterChoice = new Map(lastYear.map((from) => [from.id, byRoster(from, thisYear)]));
  const takenByRoster = new Set([...rosterChoice.values()].flatMap((to) => (to ? [to.id] : [])));

  const newByKey = new Map<string, RolloverClass[]>();
  for (const to of thisYear) {
    const key = thisYearKey(parseName(to.displayName));
    newByKey.set(key, [...(newByKey.get(key) ?? []), to]);
  }
  const nameChoice = new Map<string, RolloverClass>();
  for (const from of lastYear) {
    if (rosterChoice.get(from.id)) continue;
    const candidates = newByKey.get(nextYearKey(parseName(from.displayName))) ?? [];
    const [only] = candidates;
    if (candidates.length === 1 && only && !takenByRoster.has(only.id)) nameChoice.set(from.id, only);
  }
  const nameTargets = [...nameChoice.values()].map((to) => to.id);
  const sharedByName = new Set(nameTargets.filter((id, i) => nameTargets.indexOf(id) !== i));

  return lastYear.map((from): RolloverSuggestion => {
    const roster = rosterChoice.get(from.id);
    if (roster) return { from, to: roster, reason: 'roster' };
    const named = nameChoice.get(from.id);
    if (named && !sharedByName.has(named.id)) return { from, to: named, reason: 'name' };
    return { from, to: null, reason: 'none' };
  });
};
