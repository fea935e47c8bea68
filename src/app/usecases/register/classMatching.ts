export interface ClassTeamName {
  readonly id: string;
  readonly displayName: string;
}

/** Letter case, spaces and punctuation do not matter: "Year 4 Otters" is "year4otters" is "YEAR 4 OTTERS". */
const closedUp = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether `inner`'s words appear, in order and whole, in `outer`: "4B" is in "4B 2026-27", not in "14B". */
const containsWords = (outer: readonly string[], inner: readonly string[]): boolean =>
  inner.length > 0 && outer.some((_, start) => inner.every((word, i) => outer[start + i] === word));

const onlyOne = <T>(found: readonly T[]): T | null => (found.length === 1 ? (found[0] ?? null) : null);

/**
 * The class team an MIS import's "Registration class" means, e.g. "4B" for the team "4B 2026-27" or
 * "Year 4 Otters" for "Year 4 Otters". The same name (ignoring case, spaces and punctuation) first;
 * then a team whose name holds the class's name as whole words, or whose name the class's holds
 * ("4B (Mrs Khan)" for "4B"). Null when nothing matches or more than one team could be meant: the
 * SENCO picks the team by hand rather than a pupil landing in the wrong class.
 */
export const matchClassTeam = <T extends ClassTeamName>(className: string, teams: readonly T[]): T | null => {
  const key = closedUp(className);
  if (key === '') return null;
  const exact = teams.filter((team) => closedUp(team.displayName) === key);
  if (exact.length > 0) return onlyOne(exact);

  const classWords = words(className);
  const holdingClass = teams.filter((team) => containsWords(words(team.displayName), classWords));
  if (holdingClass.length > 0) return onlyOne(holdingClass);
  return onlyOne(teams.filter((team) => containsWords(classWords, words(team.displayName))));
};
