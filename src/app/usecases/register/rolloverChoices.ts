import { asClassTeamId } from '../../../domain';
import type { AppServices } from '../../services';
import { suggestRollover, type RolloverClass, type RolloverSuggestion } from './rolloverSuggestions';

export interface RolloverChoices {
  readonly suggestions: readonly RolloverSuggestion[];
  /** Class teams the pupils can move to. */
  readonly thisYear: readonly RolloverClass[];
  /** Active pupils on the register by last year's class team id. */
  readonly pupilCounts: Readonly<Record<string, number>>;
}

/**
 * Last year's classes are those the register's pupils are in; this year's are the teams the SENCO
 * belongs to that no pupil is in yet. Rosters are read for the suggestion only: a class whose roster
 * cannot be read (archived, not an education class) is still offered, matched by name.
 */
export const rolloverChoices = async (
  services: Pick<AppServices, 'store' | 'listMyClasses' | 'listClassRoster'>,
): Promise<RolloverChoices> => {
  const [register, mine] = await Promise.all([services.store.loadRegister(), services.listMyClasses()]);
  const pupilCounts: Record<string, number> = {};
  const lastYearNames = new Map<string, string>();
  for (const pupil of register.pupils) {
    pupilCounts[pupil.classTeamId] = (pupilCounts[pupil.classTeamId] ?? 0) + 1;
    lastYearNames.set(pupil.classTeamId, pupil.className);
  }
  const candidates = mine.filter((team) => !lastYearNames.has(team.id));
  const rosterIds = async (id: string): Promise<readonly string[] | undefined> => {
    try {
      return (await services.listClassRoster(asClassTeamId(id))).students.map((s) => s.userId);
    } catch {
      return undefined;
    }
  };
  const withRoster = async (id: string, displayName: string): Promise<RolloverClass> => {
    const ids = await rosterIds(id);
    return ids ? { id, displayName, rosterUserIds: ids } : { id, displayName };
  };
  const [lastYear, thisYear] = await Promise.all([
    Promise.all([...lastYearNames].map(([id, name]) => withRoster(id, name))),
    Promise.all(candidates.map((team) => withRoster(team.id, team.displayName))),
  ]);
  return { suggestions: suggestRollover(lastYear, thisYear), thisYear, pupilCounts };
};
