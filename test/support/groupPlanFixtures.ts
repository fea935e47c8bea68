/**
 * A child on two group provisions in the autumn term, each with a group plan, built through the domain
 * schemas: the group targets a child's plan and documents show.
 */
import {
  asPupilId,
  type ChildGroupTarget,
  type GroupPlan,
  type Placement,
  type Provision,
  type ProvisionStore,
  type PupilId,
  type PupilProvisions,
} from '../../src/domain';
import { GroupPlanSchema, PlacementSchema, ProvisionSchema } from '../../src/domain/provision';
import { createInMemoryProvisionStore } from './inMemoryProvisionStore';

export const AUTUMN = '2025-09-03';
export const SPRING = '2026-01-05';

export const groupProvision = (id: string, name: string): Provision =>
  ProvisionSchema.parse({
    id,
    name,
    areaOfNeed: 'cognition-and-learning',
    delivery: 'group',
    groupSize: 6,
    staffRole: 'teaching-assistant',
    staffNames: ['Mrs Patel'],
    sessionsPerWeek: 3,
    minutesPerSession: 20,
    weeksPerTerm: 12,
    costPerHourPence: 1450,
  });

export const groupPlacement = (
  pupilId: PupilId,
  provisionId: string,
  overrides: Partial<Placement> = {},
): Placement =>
  PlacementSchema.parse({
    id: `placement-${provisionId}-${overrides.term ?? AUTUMN}`,
    provisionId,
    pupilId,
    term: AUTUMN,
    start: '2025-09-08',
    end: '2025-12-19',
    ...overrides,
  });

export const groupPlan = (provisionId: string, overrides: Partial<GroupPlan> = {}): GroupPlan =>
  GroupPlanSchema.parse({
    id: `group-plan-${provisionId}-${overrides.term ?? AUTUMN}`,
    provisionId,
    term: AUTUMN,
    targets: [
      {
        id: `${provisionId}-t1`,
        area: 'literacy',
        text: 'Blend CVC words in the phonics group',
        successCriteria: 'Blends 8 of 10 CVC words on two days',
        targetDate: '2025-12-12',
      },
      {
        id: `${provisionId}-t2`,
        area: 'communication',
        text: 'Take turns to speak in the group',
        successCriteria: 'Waits for a turn in 4 of 5 sessions',
        targetDate: '2025-12-12',
      },
    ],
    ...overrides,
  });

/**
 * The child in the phonics group with their own outcomes (one achieved with a comment, one left
 * open) and in the social skills group with none recorded.
 */
export const pupilOnTwoGroups = (pupilId: PupilId): PupilProvisions => {
  const phonics = groupProvision('phonics', 'Phonics catch-up group');
  const social = groupProvision('social', 'Social skills group');
  return {
    provisions: [social, phonics],
    placements: [
      groupPlacement(pupilId, 'phonics', {
        outcomes: { 'phonics-t1': { outcome: 'achieved', comment: 'Blended 9 of 10 on 2 and 5 December' } },
      }),
      groupPlacement(pupilId, 'social'),
    ],
    groupPlans: [groupPlan('social'), groupPlan('phonics')],
  };
};

/** What `pupilOnTwoGroups` shows in the child's documents: each shared target with their own outcome. */
export const twoGroupsTargets = (): ChildGroupTarget[] => {
  const { provisions, placements, groupPlans } = pupilOnTwoGroups(asPupilId('pupil-1'));
  return [...groupPlans].reverse().flatMap((plan) =>
    plan.targets.map((target) => ({
      provisionName: provisions.find((p) => p.id === plan.provisionId)?.name ?? '',
      target,
      outcome: placements.find((p) => p.provisionId === plan.provisionId)?.outcomes[target.id] ?? {
        outcome: 'open' as const,
        comment: '',
      },
    })),
  );
};

/** When a seeded phonics group runs; by default the spring term of 2027. */
export interface GroupDates {
  readonly term: string;
  readonly start: string;
  readonly end: string;
}

const SPRING_2027: GroupDates = { term: '2027-01-04', start: '2027-01-11', end: '2027-03-26' };

/**
 * Puts the pupil in a phonics group with a group plan of one shared target ("Blend CVC words") and
 * their own outcome for it recorded (partly achieved, "6 of 10").
 */
export const seedPhonicsGroup = async (
  provisions: ProvisionStore,
  pupilId: PupilId,
  dates: GroupDates = SPRING_2027,
) => {
  const phonics = await provisions.createProvision({
    name: 'Phonics catch-up group',
    areaOfNeed: 'cognition-and-learning',
    delivery: 'group',
    groupSize: 6,
    staffRole: 'teaching-assistant',
    sessionsPerWeek: 3,
    minutesPerSession: 20,
    weeksPerTerm: 12,
    costPerHourPence: 1450,
  });
  const group = await provisions.createGroupPlan({
    provisionId: phonics.id,
    term: dates.term,
    targets: [{ id: 'blend', area: 'literacy', text: 'Blend CVC words', targetDate: dates.end }],
  });
  await provisions.addPlacements([
    {
      provisionId: phonics.id,
      pupilId,
      term: dates.term,
      start: dates.start,
      end: dates.end,
      outcomes: { blend: { outcome: 'partly-achieved', comment: '6 of 10' } },
    },
  ]);
  return { phonics, group };
};

/**
 * An in-memory provision store with the pupil in a phonics group in the spring term of 2027 (the
 * period of the plan `addReviewedPupil`'s review opened).
 */
export const inPhonicsGroup = async (pupilId: PupilId) => {
  const provisions = createInMemoryProvisionStore();
  return { provisions, ...(await seedPhonicsGroup(provisions, pupilId)) };
};
