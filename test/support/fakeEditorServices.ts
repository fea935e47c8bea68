import {
  EditConflict,
  Invalid,
  NotFound,
  PlanSchema,
  asLongTermTargetId,
  asPlanId,
  asPlanSeriesId,
  asPupilId,
  asTargetId,
  summarisePlan,
  type ClassStaff,
  type IepStore,
  type ItemFailure,
  type Plan,
  type PlanId,
  type Pupil,
  type SaveResult,
  type ShortTermTarget,
} from '../../src/domain';
import { createdPlan, fakeServices, type FakeServices, CLASS_4B } from './fakeServices';

/**
 * The editor's view of the IepStore PORT, kept in memory for component tests. It behaves as the
 * contract in src/domain/ports.ts describes: items carry eTags, a save writes only what changed
 * between `base` and `edited`, and an item whose eTag is stale is reported as an EditConflict with
 * the server's version instead of being overwritten. `otherUserSaves` plays a colleague saving.
 */
export const SEED_PLAN_ID = asPlanId('plan-sam');
export const SEED_SERIES_ID = asPlanSeriesId('series-sam');

const PLAN_OWN_IGNORED = new Set(['shortTermTargets', 'etag', 'updatedAt', 'updatedBy']);
const TARGET_OWN_IGNORED = new Set(['evidence', 'etag']);

const own = (value: object, ignored: ReadonlySet<string>): string =>
  JSON.stringify(Object.entries(value).filter(([key]) => !ignored.has(key)));

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

const bump = (etag: string | undefined, id: string): string => {
  const n = Number(/,(\d+)"$/.exec(etag ?? '')?.[1] ?? '0');
  return `"${id},${n + 1}"`;
};

export interface FakeEditorServices extends FakeServices {
  /** What the "server" holds now, by plan id. */
  readonly server: Map<string, Plan>;
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
}

export const fakeEditorServices = (
  plans: readonly Plan[] = [seedPlan()],
  user?: { name: string; email: string },
  options: FakeEditorOptions = {},
): FakeEditorServices => {
  let created = 0;
  const server = new Map<string, Plan>(plans.map((p) => [p.id, p]));
  const base = fakeServices({
    // The class as the dashboard reads it: the register, and the current plans the "server" holds.
    loadClass: (classTeamId) =>
      Promise.resolve({
        pupils: (options.pupils ?? []).filter((p) => p.classTeamId === classTeamId),
        plans: [...server.values()]
          .filter((p) => p.pupil.classTeamId === classTeamId && p.status !== 'closed')
          .map(summarisePlan),
        problems: [],
      }),
    findPupil: (pupilId) => {
      const found = options.pupils?.find((p) => p.id === pupilId);
      return found ? Promise.resolve(found) : Promise.reject(new NotFound({ kind: 'pupil', id: pupilId }));
    },
    findClassStaff: () =>
      options.classStaff instanceof Error
        ? Promise.reject(options.classStaff)
        : Promise.resolve(options.classStaff ?? { owners: [], myJobTitle: '', ownersKnown: true }),
    // Like the store: the plan with its ids, status draft, and eTags on the plan and its targets.
    createPlan: (request) => {
      created += 1;
      const id = `new-plan-${created}`;
      const plan = createdPlan(id, request);
      const stored: Plan = {
        ...plan,
        etag: `"${id},1"`,
        shortTermTargets: plan.shortTermTargets.map((t, index) => ({
          ...t,
          id: asTargetId(`${id}-t${index + 1}`),
          etag: `"${id}-t${index + 1},1"`,
          evidence: t.evidence.map((e) => ({ ...e, etag: `"${e.id},1"` })),
        })),
      };
      server.set(stored.id, stored);
      return Promise.resolve(stored);
    },
    // Only a draft, and only as last read (If-Match on the plan item).
    deleteDraft: (draft) => {
      const current = server.get(draft.id);
      if (draft.status !== 'draft' || current?.status !== 'draft')
        return Promise.reject(new Invalid([{ path: 'status', message: 'Only a draft can be deleted.' }]));
      if (current.etag !== draft.etag)
        return Promise.reject(new EditConflict({ kind: 'plan', id: draft.id }, null, null));
      server.delete(draft.id);
      return Promise.resolve();
    },
  });
  const saves: { edited: Plan; base: Plan }[] = [];
  let failure: { error: Error; times: number } | null = null;
  let hold: Promise<void> | null = null;

  const savePlan = async (edited: Plan, against: Plan): Promise<SaveResult> => {
    saves.push({ edited, base: against });
    if (hold) await hold;
    if (failure && failure.times > 0) {
      failure.times -= 1;
      throw failure.error;
    }
    const current = server.get(edited.id);
    if (!current) throw new Error(`fakeEditorServices: no plan ${edited.id}`);
    const conflicts: EditConflict[] = [];
    const failures: ItemFailure[] = [];
    let next: Plan = { ...current };
    let result: Plan = { ...edited };

    if (own(edited, PLAN_OWN_IGNORED) !== own(against, PLAN_OWN_IGNORED)) {
      if (edited.etag !== current.etag) {
        conflicts.push(
          new EditConflict(
            { kind: 'plan', id: edited.id },
            { ...current, shortTermTargets: [] },
            current.etag ?? null,
          ),
        );
      } else {
        const etag = bump(current.etag, edited.id);
        next = { ...edited, shortTermTargets: next.shortTermTargets, etag };
        result = { ...result, etag };
      }
    }

    const serverTargets = new Map(current.shortTermTargets.map((t) => [t.id, t]));
    const baseTargets = new Map(against.shortTermTargets.map((t) => [t.id, t]));
    const resultTargets: ShortTermTarget[] = [];
    let nextTargets = [...next.shortTermTargets];
    const order = new Map<string, number>();
    for (const [index, target] of edited.shortTermTargets.entries()) {
      order.set(target.id, index);
      const before = baseTargets.get(target.id);
      const onServer = serverTargets.get(target.id);
      if (!before || target.etag === undefined) {
        created += 1;
        const id = asTargetId(`created-${created}`);
        const saved = {
          ...target,
          id,
          etag: `"${id},1"`,
          evidence: target.evidence.map((e) => ({ ...e, etag: `"${e.id},1"` })),
        };
        order.set(id, index);
        nextTargets.push(saved);
        resultTargets.push(saved);
        continue;
      }
      const changed = own(target, TARGET_OWN_IGNORED) !== own(before, TARGET_OWN_IGNORED);
      const newEvidence = target.evidence
        .filter((e) => e.etag === undefined)
        .map((e) => ({ ...e, etag: `"${e.id},1"` }));
      if (changed && onServer?.etag !== target.etag) {
        conflicts.push(
          new EditConflict(
            { kind: 'target', id: target.id },
            onServer ? { ...onServer, evidence: [] } : null,
            onServer?.etag ?? null,
          ),
        );
        resultTargets.push(target);
        continue;
      }
      const etag = changed ? bump(target.etag, target.id) : target.etag;
      const evidence = [...target.evidence.filter((e) => e.etag !== undefined), ...newEvidence];
      const saved = { ...target, etag, evidence };
      nextTargets = nextTargets.map((t) => (t.id === target.id ? saved : t));
      resultTargets.push(saved);
    }
    const keptIds = new Set(edited.shortTermTargets.map((t) => t.id));
    for (const removed of against.shortTermTargets.filter((t) => !keptIds.has(t.id))) {
      const onServer = serverTargets.get(removed.id);
      if (onServer && onServer.etag !== removed.etag) {
        conflicts.push(
          new EditConflict(
            { kind: 'target', id: removed.id },
            { ...onServer, evidence: [] },
            onServer.etag ?? null,
          ),
        );
      } else {
        nextTargets = nextTargets.filter((t) => t.id !== removed.id);
      }
    }
    nextTargets.sort((a, b) => (order.get(a.id) ?? 999) - (order.get(b.id) ?? 999));
    server.set(edited.id, { ...next, shortTermTargets: nextTargets });
    return { plan: { ...result, shortTermTargets: resultTargets }, conflicts, failures };
  };

  const store: IepStore = {
    ...base.store,
    openPlan: async (planId) => {
      const plan = server.get(planId);
      if (!plan) throw new Error(`fakeEditorServices: no plan ${planId}`);
      return { plan, reviews: [], problems: [] };
    },
    listVersions: async (seriesId) =>
      [...server.values()]
        .filter((p) => p.seriesId === seriesId)
        .sort((a, b) => b.version - a.version)
        .map(summarisePlan),
    savePlan,
  };

  return {
    ...base,
    ...(user ? { currentUser: user } : {}),
    store,
    server,
    saves,
    otherUserSaves: (planId, change) => {
      const plan = server.get(planId);
      if (!plan) throw new Error(`fakeEditorServices: no plan ${planId}`);
      const changed = change(plan);
      const etag =
        own(changed, PLAN_OWN_IGNORED) !== own(plan, PLAN_OWN_IGNORED) ? bump(plan.etag, plan.id) : plan.etag;
      const before = new Map(plan.shortTermTargets.map((t) => [t.id, t]));
      server.set(planId, {
        ...changed,
        etag,
        shortTermTargets: changed.shortTermTargets.map((t) => {
          const old = before.get(t.id);
          return old && own(old, TARGET_OWN_IGNORED) !== own(t, TARGET_OWN_IGNORED)
            ? { ...t, etag: bump(t.etag, t.id) }
            : t;
        }),
      });
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
