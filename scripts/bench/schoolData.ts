/**
 * The register the round-trip and browser benches read: Year 3 with 30 pupils and Year 4 with 100,
 * each pupil with a current plan. One Year 3 plan is made the way a SENCO makes one (store.addPupils,
 * createPlan with 20 SMART targets and some evidence, then activated), so opening and saving it goes
 * through every list the editor touches.
 */
import { addDays, asClassTeamId, type Plan, type PlanId, type Pupil } from '../../src/domain';
import { buildPlan, shortTermTarget } from '../../test/support/planBuilder';
import { seedClassWithPlans } from './bulkRows';
import { SENCO, YEAR_3, YEAR_4, type BenchSchool } from './school';

export const EDITED_PLAN_TARGETS = 20;

export interface MeasuredSchool {
  /** The Year 3 plan made through the store, with 20 targets. */
  readonly editedPlanId: PlanId;
}

const planForEditing = (pupil: Pupil): Plan =>
  buildPlan({
    id: 'new',
    pupil: {
      pupilId: pupil.id,
      name: `${pupil.givenName} ${pupil.familyName}`,
      classTeamId: pupil.classTeamId,
      className: pupil.className,
      yearGroup: pupil.yearGroup,
      pupilRef: pupil.pupilRef,
    },
    shortTermTargets: Array.from({ length: EDITED_PLAN_TARGETS }, (_, i) =>
      shortTermTarget(i + 1, {
        longTermTargetId: 'ltt-1',
        evidence:
          i < 3
            ? [1, 2].map((week) => ({
                id: `new-evidence-${i}-${week}`,
                date: addDays('2026-09-07', 7 * week + i),
                rating: 2 + week,
                note: 'Read the words with one prompt.',
                recordedBy: YEAR_3.teacher.name,
              }))
            : [],
      }),
    ),
    people: {
      senco: SENCO,
      classTeacher: YEAR_3.teacher,
      teachingAssistants: [],
      parentsCarers: [{ name: 'Alex Taylor', email: 'alex.taylor@home.example', relationship: 'Mother' }],
      professionals: [],
    },
  });

export const seedMeasuredSchool = async (school: BenchSchool): Promise<MeasuredSchool> => {
  const target = { standIn: school.standIn, siteId: school.siteId, listIds: school.listIds };
  seedClassWithPlans(target, YEAR_3, 29, 0);
  seedClassWithPlans(target, YEAR_4, 100, 1_000);

  const senco = school.storeFor(SENCO);
  const [pupil] = await senco.addPupils([
    {
      givenName: 'Sam',
      familyName: 'Taylor',
      preferredName: '',
      pupilRef: 'BENCH-EDIT',
      classTeamId: asClassTeamId(YEAR_3.teamId),
      className: YEAR_3.displayName,
      yearGroup: YEAR_3.yearGroup,
    },
  ]);
  if (!pupil) throw new Error('Adding the pupil whose plan is edited failed.');
  const draft = await senco.createPlan({ pupil, plan: planForEditing(pupil) });
  const saved = await senco.savePlan({ ...draft, status: 'active' }, draft);
  if (saved.conflicts.length > 0 || saved.failures.length > 0)
    throw new Error('Activating the plan the bench edits failed.');
  return { editedPlanId: saved.plan.id };
};
