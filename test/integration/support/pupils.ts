import { asClassTeamId, PlanSchema, type Plan, type PrimaryNeed, type Pupil } from '../../../src/domain';
import { buildPlan, shortTermTarget } from '../../support/planBuilder';

const NEEDS: readonly PrimaryNeed[] = ['SLCN', 'SPLD', 'ASD', 'SEMH', 'MLD'];

/**
 * Register entries for a class team: born in Year 4's school year, a mix of SEN support and EHC plans;
 * names include an apostrophe, a diaeresis and a non-Latin name.
 */
export const registerEntries = (
  classTeamId: string,
  className: string,
  count: number,
): Omit<Pupil, 'id'>[] => {
  const names: [string, string][] = [
    ['Zoë', "O'Brien"],
    ['Chen', '陈'],
    ['Aarav', 'Sharma'],
    ['Isla', 'MacLeod'],
    ['Dylan', 'Evans'],
  ];
  return Array.from({ length: count }, (_, i) => {
    const [givenName, familyName] = names[i % names.length] as [string, string];
    return {
      givenName,
      familyName: i < names.length ? familyName : `${familyName}-${i}`,
      preferredName: '',
      history: [],
      pupilRef: `P-${classTeamId.slice(0, 4)}-${i}`,
      classTeamId: asClassTeamId(classTeamId),
      className,
      yearGroup: 'Year 4',
      dateOfBirth: `2016-09-${String(1 + (i % 28)).padStart(2, '0')}`,
      senStatus: i % 3 === 0 ? 'E' : 'K',
      primaryNeed: NEEDS[i % NEEDS.length] as PrimaryNeed,
      registerStatus: 'active',
      leftOn: '',
    };
  });
};

/** A plan for a pupil on the register with `targets` numbered SMART targets (no ids from the store yet). */
export const planFor = (pupil: Pupil, targets: number, overrides: Partial<Plan> = {}): Plan =>
  PlanSchema.parse({
    ...buildPlan(),
    etag: undefined,
    pupil: {
      pupilId: pupil.id,
      name: `${pupil.givenName} ${pupil.familyName}`,
      classTeamId: pupil.classTeamId,
      className: pupil.className,
      yearGroup: pupil.yearGroup,
      pupilRef: pupil.pupilRef,
    },
    shortTermTargets: Array.from({ length: targets }, (_, i) => shortTermTarget(i + 1)),
    ...overrides,
  });
