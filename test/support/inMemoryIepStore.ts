import {
  EditConflict,
  Invalid,
  NotFound,
  PupilSchema,
  asPlanId,
  asPlanSeriesId,
  asPupilId,
  checkPupilEdit,
  byRegisterName,
  isOnActiveRegister,
  newestVersionFirst,
  issuesFromZod,
  planFollowUpFor,
  registerChangeFor,
  asReviewId,
  fixedClock,
  summarisePlan,
  todayIn,
  toInvalid,
  validatePlan,
  validateReview,
  type BookedReview,
  type Clock,
  type IepStore,
  type ItemRef,
  type Plan,
  type PlanSummary,
  type Pupil,
  type Review,
  type ReviewSaveResult,
  type SaveResult,
} from '../../src/domain';
import { firstEtag, newTarget, nextEtag, savePlanOver, type SaveStamp } from './inMemoryPlanSave';
import { followPupilInMemory, importIntoMemory, rolloverInMemory } from './inMemoryRegister';
import { historyFromSnapshots, type StoredSnapshot } from './inMemoryPlanHistory';

/**
 * The one in-memory IepStore for tests: it keeps plans (with their targets and evidence), reviews
 * and the register in maps and behaves as the SharePoint store does where a caller can tell, which
 * test/contract/iepStoreContract.ts checks against both. Several members of staff share one store's
 * data through `as(name)`. The running app never uses it.
 */
export interface InMemoryIepStore extends IepStore {
  /** What the "server" holds now, by plan id. */
  readonly plans: ReadonlyMap<string, Plan>;
  readonly reviews: ReadonlyMap<string, Review>;
  /** The same data, saved to by another member of staff (on their own clock, if given). */
  as(userName: string, clock?: Clock): InMemoryIepStore;
  /** `savePlan` at once, for a scenario's colleague whose save lands in the middle of a test. */
  savePlanNow(edited: Plan, base: Plan): SaveResult;
}

export interface InMemorySeed {
  readonly plans?: readonly Plan[];
  readonly pupils?: readonly Pupil[];
  readonly reviews?: readonly Review[];
  /** Who saves: the name written into `updatedBy`. */
  readonly userName?: string;
  readonly clock?: Clock;
}

interface Data {
  readonly plans: Map<string, Plan>;
  /** Each plan as stored after every write, with who wrote it: the item versions SharePoint keeps. */
  readonly snapshots: Map<string, StoredSnapshot[]>;
  readonly reviews: Map<string, Review>;
  readonly pupils: Map<string, Pupil>;
  readonly clock: Clock;
  /** Ids the store gives new items, one count per kind: the first plan made is `new-plan-1`. */
  newId(kind: string): string;
}

const byPupilName = (a: PlanSummary, b: PlanSummary): number =>
  a.pupil.name.localeCompare(b.pupil.name, 'en-GB');

const currentPlans = (data: Data): Plan[] => [...data.plans.values()].filter((p) => p.status !== 'closed');

/** Meetings booked and not yet held (invitations sent), as the SharePoint store counts them. */
const bookedOf = (data: Data): BookedReview[] =>
  [...data.reviews.values()].flatMap((review) =>
    review.status === 'scheduled' && review.start
      ? [{ planSeriesId: review.seriesId, start: review.start }]
      : [],
  );

const classSeries = (data: Data, classTeamId: string): Set<string> =>
  new Set(
    currentPlans(data)
      .filter((plan) => plan.pupil.classTeamId === classTeamId)
      .map((plan) => plan.seriesId),
  );

const staffKeysOf = (plan: Plan): string[] => {
  const { senco, classTeacher, teachingAssistants, professionals } = plan.people;
  return [senco, classTeacher, ...teachingAssistants, ...professionals].map(
    (person) => person?.email.trim().toLowerCase() ?? '',
  );
};

export const createInMemoryIepStore = (seed: InMemorySeed = {}): InMemoryIepStore => {
  const counts = new Map<string, number>();
  const data: Data = {
    plans: new Map((seed.plans ?? []).map((plan) => [plan.id, plan])),
    snapshots: new Map(),
    reviews: new Map((seed.reviews ?? []).map((review) => [review.id, review])),
    pupils: new Map((seed.pupils ?? []).map((pupil) => [pupil.id, pupil])),
    clock: seed.clock ?? fixedClock('2026-11-24T09:00:00Z'),
    newId: (kind) => {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      return `new-${kind}-${counts.get(kind) ?? 0}`;
    },
  };
  return storeFor(data, seed.userName ?? 'Ms Priya Shah', data.clock);
};

/** Current plans naming any of these addresses, as the StaffKey columns match them. */
const plansNaming = (data: Data, addresses: string | readonly string[]): PlanSummary[] => {
  const keys = (typeof addresses === 'string' ? [addresses] : addresses)
    .map((a) => a.trim().toLowerCase())
    .filter((key) => key !== '');
  return [...data.plans.values()]
    .filter((p) => p.status !== 'closed' && staffKeysOf(p).some((key) => keys.includes(key)))
    .map(summarisePlan)
    .sort(byPupilName);
};

const storeFor = (data: Data, userName: string, clock: Clock): InMemoryIepStore => {
  const now = (): string => clock.now().toISOString();
  const stamp = (): SaveStamp => ({ userName, now: now(), today: todayIn(clock), newId: data.newId });
  /** Stores a plan as the current version of its items, keeping it as they were for planHistory. */
  const storePlan = (plan: Plan): void => {
    data.plans.set(plan.id, plan);
    const kept = data.snapshots.get(plan.id) ?? [];
    data.snapshots.set(plan.id, [...kept, { plan, by: userName, at: now() }]);
  };
  const planOf = (id: string): Plan => {
    const plan = data.plans.get(id);
    if (!plan) throw new NotFound({ kind: 'plan', id });
    return plan;
  };
  const insertVersion = (plan: Plan): Plan => {
    const id = data.newId('plan');
    const stored: Plan = {
      ...plan,
      id: asPlanId(id),
      etag: firstEtag(id),
      shortTermTargets: plan.shortTermTargets.map((target) => newTarget(target, stamp())),
    };
    storePlan(stored);
    return stored;
  };

  const saveReviewNow = (review: Review): ReviewSaveResult => {
    const ref: ItemRef = { kind: 'review', id: review.id };
    const valid = validateReview(review);
    if (!valid.ok) return { ok: false, error: toInvalid(valid.issues, ref) };
    const stored = data.reviews.get(review.id);
    if (!stored && review.etag === undefined) {
      const id = asReviewId(data.newId('review'));
      const created = { ...valid.review, id, etag: firstEtag(id) };
      data.reviews.set(id, created);
      return { ok: true, review: created };
    }
    if (!stored || stored.etag !== review.etag)
      return { ok: false, error: new EditConflict(ref, stored ?? null, stored?.etag ?? null) };
    const saved = { ...valid.review, etag: nextEtag(stored.etag, review.id) };
    data.reviews.set(review.id, saved);
    return { ok: true, review: saved };
  };

  const savePlanNow = (edited: Plan, base: Plan): SaveResult => {
    const ref: ItemRef = { kind: 'plan', id: base.id };
    if (edited.id !== base.id)
      throw new Invalid([{ path: 'id', message: 'The edited plan is not the plan that was opened.' }], ref);
    if (base.status === 'closed')
      throw new Invalid([{ path: 'status', message: 'This version is closed and kept as a record.' }], ref);
    const valid = validatePlan(edited);
    if (!valid.ok) throw toInvalid(valid.issues, ref);
    const { stored, result } = savePlanOver(planOf(base.id), valid.plan, base, stamp());
    storePlan(stored);
    return result;
  };

  return {
    plans: data.plans,
    reviews: data.reviews,
    as: (name, theirClock) => storeFor(data, name, theirClock ?? clock),
    savePlanNow,

    loadClass: async (classTeamId) => {
      return {
        pupils: [...data.pupils.values()]
          .filter((p) => p.classTeamId === classTeamId && isOnActiveRegister(p))
          .sort(byRegisterName),
        plans: currentPlans(data)
          .filter((p) => p.pupil.classTeamId === classTeamId)
          .map(summarisePlan)
          .sort(byPupilName),
        booked: bookedOf(data).filter((review) => classSeries(data, classTeamId).has(review.planSeriesId)),
        problems: [],
      };
    },
    listPlansForStaff: async (addresses) => plansNaming(data, addresses),
    loadMyPupils: async (addresses) => {
      const plans = plansNaming(data, addresses);
      const series = new Set<string>(plans.map((plan) => plan.seriesId));
      return { plans, booked: bookedOf(data).filter((review) => series.has(review.planSeriesId)) };
    },
    openPlan: async (planId) => ({
      plan: planOf(planId),
      reviews: [...data.reviews.values()]
        .filter((r) => r.planId === planId)
        .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')),
      problems: [],
    }),
    planHistory: async (planId) => {
      const current = planOf(planId);
      // A seeded plan was never written through this store: its current state is its first version.
      const snapshots = data.snapshots.get(planId) ?? [
        { plan: current, by: current.updatedBy, at: current.updatedAt ?? now() },
      ];
      return historyFromSnapshots(snapshots);
    },
    listVersions: async (seriesId) =>
      [...data.plans.values()]
        .filter((p) => p.seriesId === seriesId)
        .sort((a, b) => b.version - a.version)
        .map(summarisePlan),
    createPlan: async ({ pupil, plan }) => {
      const valid = validatePlan({
        ...plan,
        id: 'new',
        seriesId: asPlanSeriesId(data.newId('series')),
        version: 1,
        status: 'draft',
        pupil: { ...plan.pupil, pupilId: pupil.id },
        updatedBy: userName,
        updatedAt: now(),
      });
      if (!valid.ok) throw toInvalid(valid.issues, { kind: 'pupil', id: pupil.id });
      return insertVersion(valid.plan);
    },
    deleteDraft: async (draft) => {
      const ref: ItemRef = { kind: 'plan', id: draft.id };
      if (draft.status !== 'draft')
        throw new Invalid(
          [{ path: 'status', message: 'Only a draft can be deleted; this plan is in use.' }],
          ref,
        );
      const stored = data.plans.get(draft.id);
      if (stored && stored.etag !== draft.etag) throw new EditConflict(ref, stored, stored.etag ?? null);
      data.plans.delete(draft.id);
    },
    savePlan: async (edited, base) => savePlanNow(edited, base),
    saveReview: async (review) => {
      const result = saveReviewNow(review);
      if (!result.ok) throw result.error;
      return result.review;
    },
    saveReviews: async (reviews) => reviews.map(saveReviewNow),
    commitNextVersion: async (closing, next, review) => {
      const ref: ItemRef = { kind: 'plan', id: closing.id };
      const valid = validatePlan({
        ...next,
        seriesId: closing.seriesId,
        version: closing.version + 1,
        status: next.status === 'closed' ? 'active' : next.status,
        updatedBy: userName,
        updatedAt: now(),
      });
      if (!valid.ok) throw toInvalid(valid.issues, { kind: 'plan', id: next.id });
      const stored = data.plans.get(closing.id) ?? null;
      if (!stored || stored.etag !== closing.etag) throw new EditConflict(ref, stored, stored?.etag ?? null);
      const outcomes = new Map(review.targetOutcomes.map((entry) => [entry.targetId as string, entry]));
      const closed: Plan = {
        ...stored,
        status: 'closed',
        etag: nextEtag(stored.etag, stored.id),
        updatedBy: userName,
        updatedAt: now(),
        shortTermTargets: stored.shortTermTargets.map((target) => {
          const outcome = outcomes.get(target.id);
          return outcome
            ? {
                ...target,
                outcome: outcome.outcome,
                outcomeComment: outcome.comment,
                etag: nextEtag(target.etag, target.id),
              }
            : target;
        }),
      };
      const recorded = saveReviewNow({
        ...review,
        planId: closing.id,
        seriesId: closing.seriesId,
        status: 'completed',
        completedOn: review.completedOn ?? todayIn(clock),
      });
      if (!recorded.ok) throw recorded.error;
      storePlan(closed);
      return { closed, opened: insertVersion(valid.plan), review: recorded.review };
    },
    findPupil: async (pupilId) => {
      const pupil = data.pupils.get(pupilId);
      if (!pupil) throw new NotFound({ kind: 'pupil', id: pupilId });
      return pupil;
    },
    loadRegister: async () => ({
      pupils: [...data.pupils.values()].filter(isOnActiveRegister).sort(byRegisterName),
      plans: currentPlans(data).map(summarisePlan).sort(byPupilName),
      booked: bookedOf(data),
      problems: [],
    }),
    listOffRegister: async () => ({
      pupils: [...data.pupils.values()].filter((pupil) => !isOnActiveRegister(pupil)).sort(byRegisterName),
      problems: [],
    }),
    listPupilPlans: async (pupilId) =>
      [...data.plans.values()]
        .filter((plan) => plan.pupil.pupilId === pupilId)
        .map(summarisePlan)
        .sort(newestVersionFirst),
    addPupils: async (pupils) => {
      const checked = pupils.map((pupil) => {
        const parsed = PupilSchema.omit({ id: true, etag: true }).safeParse(pupil);
        if (!parsed.success) throw new Invalid(issuesFromZod(parsed.error));
        return parsed.data;
      });
      return checked.map((pupil) => {
        const id = asPupilId(data.newId('pupil'));
        const added: Pupil = {
          ...pupil,
          id,
          etag: firstEtag(id),
          history: [...pupil.history, { on: now(), by: userName, kind: 'added', detail: '' }],
        };
        data.pupils.set(id, added);
        return added;
      });
    },
    updatePupil: async (edited, base) => {
      const ref: ItemRef = { kind: 'pupil', id: base.id };
      const checked = checkPupilEdit(edited, base);
      const change = registerChangeFor(checked, base, now(), userName);
      if (change === null) return base;
      const stored = data.pupils.get(base.id) ?? null;
      if (!stored || stored.etag !== base.etag) throw new EditConflict(ref, stored, stored?.etag ?? null);
      const saved: Pupil = {
        ...checked,
        history: [...base.history, change],
        etag: nextEtag(stored.etag, stored.id),
      };
      data.pupils.set(saved.id, saved);
      const followUp = planFollowUpFor(checked, base);
      if (followUp === 'none') return saved;
      followPupilInMemory(data, saved, followUp === 'close' ? { by: userName, at: now() } : undefined);
      return saved;
    },
    importRegister: async (rows, onProgress) =>
      importIntoMemory(data, rows, { on: now(), by: userName }, onProgress),
    rolloverClasses: async (moves, onProgress) =>
      rolloverInMemory(data, moves, { on: now(), by: userName }, onProgress),
  };
};
