import {
  PlanSchema,
  asLongTermTargetId,
  asPlanId,
  asPlanSeriesId,
  asPupilId,
  asTargetId,
  fixedClock,
  type ClassStaff,
  type Plan,
  type PlanId,
  type Pupil,
  type StaffAccess,
} from '../../src/domain';
import { fakeServices, type FakeServices, CLASS_4B, TEST_NOW } from './fakeServices';
import { createInMemoryIepStore } from './inMemoryIepStore';

/**
 * The editor's services for component tests: the in-memory store (test/support/inMemoryIepStore.ts)
 * seeded with Sam's plan, with the saves recorded and ways to make them fail or wait.
 * `otherUserSaves` plays a colleague saving.
 */
export const SEED_PLAN_ID = asPlanId('plan-sam');
export const SEED_SERIES_ID = asPlanSeriesId('series-sam');

export const seedPlan = (overrides: Partial<Plan> = {}): Plan =>
  PlanSchema.parse({
    id: SEED_PLAN_ID,
    seriesId: SEED_SERIES_ID,
    version: 2,
    status: 'active',
    nation: 'england',
    pupil: {
      pupilId: asPupilId('pupil-sam'),
      name: 'Sam Taylor',
      classTeamId: CLASS_4B,
      className: 'Class 4B',
      yearGroup: 'Year 4',
      pupilRef: 'ST-04',
    },
    stage: 'sen-support',
    profile: {
      strengths: 'Loves stories about animals',
      likes: 'Lego',
      dislikes: 'Loud noises',
      anxieties: '',
      communication: '',
    },
    needs: {
      summary: 'Difficulties with reading.',
      areas: ['cognition-and-learning'],
      identifiedAreas: ['Phonological awareness'],
      assessment: '',
    },
    longTermTargets: [
      {
        id: asLongTermTargetId('ltt-reading'),
        area: 'literacy',
        text: 'Read books at his reading age',
        wellbeing: [],
      },
      {
        id: asLongTermTargetId('ltt-friends'),
        area: 'social-skills',
        text: 'Play with others at break',
        wellbeing: [],
      },
    ],
    shortTermTargets: [
      {
        id: asTargetId('t-1'),
        longTermTargetId: asLongTermTargetId('ltt-reading'),
        area: 'literacy',
        text: 'By the end of term Sam will read 20 common exception words correctly on 4 out of 5 occasions.',
        successCriteria: 'Reads the words aloud from flash cards.',
        strategies: 'Precision teaching with flash cards.',
        deliveredBy: 'Teaching assistant',
        frequency: '10 minutes daily',
        targetDate: '2027-02-05',
        evidence: [
          {
            id: 'e-1',
            date: '2026-10-01',
            rating: 2,
            note: 'Read 8 words',
            recordedBy: 'Ms Shah',
            etag: '"e-1,1"',
          },
        ],
        etag: '"t-1,1"',
      },
      {
        id: asTargetId('t-2'),
        longTermTargetId: asLongTermTargetId('ltt-friends'),
        area: 'social-skills',
        text: 'By the end of term Sam will take turns in a board game with a partner on 3 occasions.',
        successCriteria: 'Observed at wet play.',
        strategies: 'Social skills group.',
        deliveredBy: 'Class teacher',
        frequency: 'Twice a week',
        targetDate: '2027-02-05',
        evidence: [],
        etag: '"t-2,1"',
      },
    ],
    startDate: '2026-09-07',
    nextReviewDate: '2027-02-01',
    updatedBy: 'Ms Priya Shah',
    updatedAt: '2026-11-10T15:30:00Z',
    etag: '"plan-sam,1"',
    ...overrides,
  });

export interface FakeEditorServices extends FakeServices {
  /** What the "server" holds now, by plan id. */
  readonly server: ReadonlyMap<string, Plan>;
  readonly saves: { edited: Plan; base: Plan }[];
  /** A colleague saves a change: the items it touches get new eTags. */
  otherUserSaves(planId: PlanId, change: (plan: Plan) => Plan): void;
  /** The next save (or every save, with `times: Infinity`) throws this error. */
  failSaves(error: Error, times?: number): void;
  /** Saves wait for the returned release function to be called. */
  holdSaves(): () => void;
}

export interface FakeEditorOptions {
  /** The register, for a new plan (`findPupil`). */
  readonly pupils?: readonly Pupil[];
  /** What the class team's lookup answers; an Error is thrown. */
  readonly classStaff?: ClassStaff | Error;
  /** What the signed-in person may do (default: a SEN lead). */
  readonly access?: StaffAccess;
}

export const fakeEditorServices = (
  plans: readonly Plan[] = [seedPlan()],
  user?: { name: string; email: string },
  options: FakeEditorOptions = {},
): FakeEditorServices => {
  const memory = createInMemoryIepStore({
    plans,
    pupils: options.pupils ?? [],
    userName: user?.name ?? 'Ms Priya Shah',
    clock: fixedClock(TEST_NOW),
  });
  const saves: { edited: Plan; base: Plan }[] = [];
  let failure: { error: Error; times: number } | null = null;
  let hold: Promise<void> | null = null;
  const base = fakeServices({
    store: memory,
    ...(user ? { currentUser: user } : {}),
    ...(options.access ? { access: options.access } : {}),
    findClassStaff: () =>
      options.classStaff instanceof Error
        ? Promise.reject(options.classStaff)
        : Promise.resolve(options.classStaff ?? { owners: [], myJobTitle: '', ownersKnown: true }),
    savePlan: async (edited, against) => {
      saves.push({ edited, base: against });
      if (hold) await hold;
      if (failure && failure.times > 0) {
        failure.times -= 1;
        throw failure.error;
      }
      return memory.savePlan(edited, against);
    },
  });

  return {
    ...base,
    server: memory.plans,
    saves,
    otherUserSaves: (planId, change) => {
      const plan = memory.plans.get(planId);
      if (!plan) throw new Error(`fakeEditorServices: no plan ${planId}`);
      // Saved as whoever `change` names, at the time it gives, so the editor can say who and when.
      const changed = change(plan);
      const clock = changed.updatedAt ? fixedClock(changed.updatedAt) : undefined;
      memory.as(changed.updatedBy || 'A colleague', clock).savePlanNow(changed, plan);
    },
    failSaves: (error, times = 1) => {
      failure = { error, times };
    },
    holdSaves: () => {
      let release = (): void => undefined;
      hold = new Promise<void>((resolve) => {
        release = () => {
          hold = null;
          resolve();
        };
      });
      return release;
    },
  };
};
