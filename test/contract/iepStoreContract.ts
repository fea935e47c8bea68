import {
  EditConflict,
  Invalid,
  NotFound,
  asClassTeamId,
  asPlanId,
  asPupilId,
  asTargetId,
  type ClassTeamId,
  type IepStore,
  type NewPupil,
  type Plan,
  type Pupil,
  type Review,
  type ShortTermTarget,
} from '../../src/domain';
import { describePlanHistory } from '../../src/app/usecases/history/planChanges';
import { planFor } from '../integration/support/pupils';
import { buildReview } from '../support/planBuilder';
import { describeRegisterContract } from './registerContract';

/**
 * What every IepStore does, as the people using the app would notice it: run against the in-memory
 * fake the component tests use and against the SharePoint store on the Graph stand-in, so the fake
 * cannot drift from the real thing unnoticed.
 */
export interface ContractWorld {
  /** The member of staff saving; `colleague` is another one on the same data. */
  readonly store: IepStore;
  readonly colleague: IepStore;
  /** The name `store` records as `updatedBy`. */
  readonly userName: string;
  readonly classTeamId: ClassTeamId;
  /** At least six pupils on the register, all in `classTeamId` and no one else in it. */
  readonly pupils: readonly Pupil[];
  close(): Promise<void>;
}

const target = (plan: Plan, index: number): ShortTermTarget =>
  plan.shortTermTargets[index] as ShortTermTarget;
const editTarget = (plan: Plan, index: number, change: Partial<ShortTermTarget>): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t, i) => (i === index ? { ...t, ...change } : t)),
});
const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error('expected a failure'),
    (error: unknown) => error,
  );
const newEvidence = (note: string) => ({
  id: `draft-${note}` as never,
  date: '2026-02-09',
  rating: 3,
  note,
  recordedBy: 'Tom Bennett',
});
const newReview = (plan: Plan, overrides: Partial<Review> = {}): Review => ({
  ...buildReview(plan, { status: 'planned', completedOn: null }),
  etag: undefined,
  ...overrides,
});

export const describeIepStoreContract = (name: string, start: () => Promise<ContractWorld>): void =>
  describe(`IepStore contract: ${name}`, () => {
    let world: ContractWorld;
    let made = 0;
    beforeAll(async () => {
      world = await start();
    });
    afterAll(() => world.close());

    /** A fresh plan for the next pupil in turn, as the store created it. */
    const created = (targets = 2, overrides: Partial<Plan> = {}): Promise<Plan> => {
      const pupil = world.pupils[made++ % world.pupils.length] as Pupil;
      return world.store.createPlan({ pupil, plan: planFor(pupil, targets, overrides) });
    };
    const reopen = async (plan: Plan): Promise<Plan> => (await world.store.openPlan(plan.id)).plan;

    describe('creating and opening', () => {
      test('a new plan is a draft version 1, with eTags on it and every target, and opens as created', async () => {
        const plan = await created(3);
        expect([plan.version, plan.status, plan.updatedBy]).toEqual([1, 'draft', world.userName]);
        expect([plan.etag, ...plan.shortTermTargets.map((t) => t.etag)].every((e) => e !== undefined)).toBe(
          true,
        );
        expect(new Set(plan.shortTermTargets.map((t) => t.id)).size).toBe(3);
        const opened = await world.store.openPlan(plan.id);
        expect(opened.plan).toEqual(plan);
        expect([opened.reviews, opened.problems]).toEqual([[], []]);
      });

      test('a new plan with a bad field is refused, naming the field, and nothing is stored', async () => {
        const pupil = world.pupils[0] as Pupil;
        const before = (await world.store.loadClass(world.classTeamId)).plans.length;
        const plan = planFor(pupil, 1);
        const error = await failureOf(
          world.store.createPlan({ pupil, plan: editTarget(plan, 0, { text: 'x'.repeat(300) }) }),
        );
        expect(error).toBeInstanceOf(Invalid);
        expect((error as Invalid).issues.map((i) => i.path)).toContain('shortTermTargets.0.text');
        expect((await world.store.loadClass(world.classTeamId)).plans).toHaveLength(before);
      });

      test('an unknown plan or pupil is NotFound; a known pupil is found', async () => {
        await expect(world.store.openPlan(asPlanId('424242'))).rejects.toBeInstanceOf(NotFound);
        await expect(world.store.findPupil(asPupilId('424242'))).rejects.toEqual(
          new NotFound({ kind: 'pupil', id: '424242' }),
        );
        const pupil = world.pupils[1] as Pupil;
        await expect(world.store.findPupil(pupil.id)).resolves.toEqual(pupil);
      });
    });

    describe('saving a plan', () => {
      test('a change is saved with a new eTag and who saved it; reopening shows what the save returned', async () => {
        const plan = await created();
        const result = await world.store.savePlan({ ...plan, parentViews: 'Reading at bedtime.' }, plan);
        expect([result.conflicts, result.failures]).toEqual([[], []]);
        expect(result.plan.etag).not.toBe(plan.etag);
        expect(result.plan.updatedBy).toBe(world.userName);
        expect(await reopen(plan)).toEqual(result.plan);
      });

      test('each save changes the eTag, so the next save goes on from the last result', async () => {
        const plan = await created();
        const first = await world.store.savePlan({ ...plan, monitoring: 'Weekly probes' }, plan);
        const second = await world.store.savePlan({ ...first.plan, monitoring: 'Daily probes' }, first.plan);
        expect(second.conflicts).toEqual([]);
        expect(new Set([plan.etag, first.plan.etag, second.plan.etag]).size).toBe(3);
        expect((await reopen(plan)).monitoring).toBe('Daily probes');
      });

      test('a save with nothing changed writes nothing and keeps the eTags', async () => {
        const plan = await created();
        const result = await world.store.savePlan(plan, plan);
        expect(result).toEqual({ plan, conflicts: [], failures: [] });
        expect((await reopen(plan)).etag).toBe(plan.etag);
      });

      test('a stale plan is a conflict carrying their version; theirs stays, mine comes back unsaved', async () => {
        const plan = await created();
        const theirs = await world.colleague.savePlan({ ...plan, pupilViews: 'I like maths now.' }, plan);
        const mine = await world.store.savePlan({ ...plan, pupilViews: 'I want to read alone.' }, plan);
        expect(mine.conflicts).toHaveLength(1);
        const conflict = mine.conflicts[0] as EditConflict<Plan>;
        expect(conflict).toBeInstanceOf(EditConflict);
        expect(conflict.item).toEqual({ kind: 'plan', id: plan.id });
        expect(conflict.theirs?.pupilViews).toBe('I like maths now.');
        expect(conflict.theirEtag).toBe(theirs.plan.etag);
        expect([mine.plan.pupilViews, mine.plan.etag]).toEqual(['I want to read alone.', plan.etag]);
        expect((await reopen(plan)).pupilViews).toBe('I like maths now.');
      });

      test('different targets are saved independently: a colleague’s edit of one does not block another', async () => {
        const plan = await created();
        await world.colleague.savePlan(editTarget(plan, 0, { strategies: 'Emma: daily' }), plan);
        const mine = await world.store.savePlan(editTarget(plan, 1, { frequency: 'Twice a day' }), plan);
        expect(mine.conflicts).toEqual([]);
        const stored = await reopen(plan);
        expect([target(stored, 0).strategies, target(stored, 1).frequency]).toEqual([
          'Emma: daily',
          'Twice a day',
        ]);
      });

      test('the same target edited twice is a conflict with their target; the rest of my save lands', async () => {
        const plan = await created();
        const theirs = await world.colleague.savePlan(
          editTarget(plan, 0, { strategies: 'Emma: daily' }),
          plan,
        );
        const mine = await world.store.savePlan(
          editTarget(editTarget(plan, 0, { strategies: 'Priya: weekly' }), 1, { frequency: 'Daily' }),
          plan,
        );
        const conflict = mine.conflicts[0] as EditConflict<ShortTermTarget>;
        expect(mine.conflicts.map((c) => c.item)).toEqual([{ kind: 'target', id: target(plan, 0).id }]);
        expect(conflict.theirs?.strategies).toBe('Emma: daily');
        expect(conflict.theirEtag).toBe(target(theirs.plan, 0).etag);
        expect(target(mine.plan, 0)).toMatchObject({
          strategies: 'Priya: weekly',
          etag: target(plan, 0).etag,
        });
        const stored = await reopen(plan);
        expect([target(stored, 0).strategies, target(stored, 1).frequency]).toEqual(['Emma: daily', 'Daily']);
      });

      test('editing a target a colleague deleted is a conflict with nothing on their side', async () => {
        const plan = await created();
        await world.colleague.savePlan({ ...plan, shortTermTargets: [target(plan, 1)] }, plan);
        const mine = await world.store.savePlan(
          editTarget(plan, 0, { text: 'By Easter, count to 50.' }),
          plan,
        );
        expect(mine.conflicts.map((c) => [c.item, c.theirs])).toEqual([
          [{ kind: 'target', id: target(plan, 0).id }, null],
        ]);
      });

      test('removing a target a colleague changed is a conflict and the target stays', async () => {
        const plan = await created();
        await world.colleague.savePlan(editTarget(plan, 0, { text: 'By Easter, count to 50.' }), plan);
        const mine = await world.store.savePlan({ ...plan, shortTermTargets: [target(plan, 1)] }, plan);
        expect(mine.conflicts.map((c) => c.item)).toEqual([{ kind: 'target', id: target(plan, 0).id }]);
        expect((mine.conflicts[0] as EditConflict<ShortTermTarget>).theirs?.text).toBe(
          'By Easter, count to 50.',
        );
        expect((await reopen(plan)).shortTermTargets.map((t) => t.id)).toContain(target(plan, 0).id);
      });

      test('targets are added (with evidence) and removed; new ones get ids and eTags from the store', async () => {
        const plan = await created(3);
        const added = {
          ...target(planFor(world.pupils[0] as Pupil, 7), 6),
          id: asTargetId('draft-7'),
          etag: undefined,
          evidence: [newEvidence('First try')],
        };
        const edited = { ...plan, shortTermTargets: [target(plan, 0), target(plan, 2), added] };
        const result = await world.store.savePlan(edited, plan);
        expect(result.conflicts).toEqual([]);
        const saved = target(result.plan, 2);
        expect(saved.id).not.toBe('draft-7');
        expect([saved.etag, saved.evidence[0]?.etag].every((e) => e !== undefined)).toBe(true);
        const stored = await reopen(plan);
        expect(stored).toEqual(result.plan);
        expect(stored.shortTermTargets.map((t) => t.text)).toEqual([
          target(plan, 0).text,
          target(plan, 2).text,
          added.text,
        ]);
      });

      test('removing a saved target withdraws it: out of the plan and its counts, kept dated with its evidence', async () => {
        const plan = await created(3);
        const recorded = await world.store.savePlan(
          editTarget(plan, 0, { evidence: [newEvidence('Read 8 words')] }),
          plan,
        );
        const withEvidence = recorded.plan;
        const removed = target(withEvidence, 0);
        const result = await world.store.savePlan(
          { ...withEvidence, shortTermTargets: withEvidence.shortTermTargets.slice(1) },
          withEvidence,
        );
        expect([result.conflicts, result.failures]).toEqual([[], []]);
        const stored = await reopen(plan);
        expect(stored).toEqual(result.plan);
        expect(stored.shortTermTargets.map((t) => t.id)).toEqual([target(plan, 1).id, target(plan, 2).id]);
        expect(stored.withdrawnTargets).toHaveLength(1);
        const withdrawn = stored.withdrawnTargets?.[0];
        expect(withdrawn).toMatchObject({ id: removed.id, text: removed.text });
        expect(withdrawn?.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(withdrawn?.evidence.map((e) => [e.id, e.note])).toEqual([
          [removed.evidence[0]?.id, 'Read 8 words'],
        ]);
        const summary = (await world.store.loadClass(world.classTeamId)).plans.find((p) => p.id === plan.id);
        expect(summary?.targetCount).toBe(2);
        // The next save goes on from the result without touching the withdrawn target again.
        const next = await world.store.savePlan({ ...result.plan, monitoring: 'Weekly' }, result.plan);
        expect(next.conflicts).toEqual([]);
        expect((await reopen(plan)).withdrawnTargets).toEqual(stored.withdrawnTargets);
      });

      test('a target never saved is simply dropped, and stored evidence left out of an edit is never deleted', async () => {
        const plan = await created(2);
        const recorded = await world.store.savePlan(
          editTarget(plan, 0, { evidence: [newEvidence('Counted to 20')] }),
          plan,
        );
        const result = await world.store.savePlan(
          editTarget(recorded.plan, 0, { evidence: [] }),
          recorded.plan,
        );
        expect(result.conflicts).toEqual([]);
        const stored = await reopen(plan);
        expect(target(stored, 0).evidence.map((e) => e.note)).toEqual(['Counted to 20']);
        expect(stored.withdrawnTargets).toBeUndefined();
      });

      test('a colleague’s edit to a target I withdrew is a conflict with their target, which stays in the plan', async () => {
        const plan = await created();
        await world.colleague.savePlan(editTarget(plan, 0, { strategies: 'Emma: daily' }), plan);
        const mine = await world.store.savePlan({ ...plan, shortTermTargets: [target(plan, 1)] }, plan);
        expect(mine.conflicts.map((c) => c.item)).toEqual([{ kind: 'target', id: target(plan, 0).id }]);
        expect((mine.conflicts[0] as EditConflict<ShortTermTarget>).theirs?.strategies).toBe('Emma: daily');
        const stored = await reopen(plan);
        expect(stored.shortTermTargets.map((t) => t.id)).toContain(target(plan, 0).id);
        expect(stored.withdrawnTargets).toBeUndefined();
      });

      test('editing a target a colleague withdrew is a conflict, and their withdrawal stands', async () => {
        const plan = await created();
        await world.colleague.savePlan({ ...plan, shortTermTargets: [target(plan, 1)] }, plan);
        const mine = await world.store.savePlan(editTarget(plan, 0, { strategies: 'Priya: weekly' }), plan);
        expect(mine.conflicts.map((c) => [c.item, c.theirs])).toEqual([
          [{ kind: 'target', id: target(plan, 0).id }, null],
        ]);
        const stored = await reopen(plan);
        expect(stored.withdrawnTargets?.map((t) => [t.id, t.strategies])).toEqual([
          [target(plan, 0).id, target(plan, 0).strategies],
        ]);
      });

      test('evidence recorded on a target a colleague is editing is kept, and so is their edit', async () => {
        const plan = await created();
        await world.colleague.savePlan(editTarget(plan, 0, { successCriteria: 'Observed twice' }), plan);
        const evidence = [...target(plan, 0).evidence, newEvidence('Read 8 words')];
        const mine = await world.store.savePlan(editTarget(plan, 0, { evidence }), plan);
        expect(mine.conflicts).toEqual([]);
        const stored = target(await reopen(plan), 0);
        expect(stored.successCriteria).toBe('Observed twice');
        expect(stored.evidence.map((e) => e.note)).toEqual(['Read 8 words']);
      });

      test('an invalid edit is refused before anything is written, naming the field', async () => {
        const plan = await created();
        const error = await failureOf(
          world.store.savePlan(
            editTarget({ ...plan, monitoring: 'Termly' }, 0, { text: 'x'.repeat(300) }),
            plan,
          ),
        );
        expect(error).toBeInstanceOf(Invalid);
        expect((error as Invalid).issues[0]?.path).toBe('shortTermTargets.0.text');
        expect(await reopen(plan)).toEqual(plan);
      });
    });

    describe('a plan’s history', () => {
      test('names who made each change to a target, newest first, and shows a withdrawal', async () => {
        const plan = await created(2);
        const theirs = await world.colleague.savePlan(
          editTarget(plan, 0, { strategies: 'Emma: daily' }),
          plan,
        );
        const mine = await world.store.savePlan(
          editTarget(theirs.plan, 0, { frequency: 'Daily' }),
          theirs.plan,
        );
        await world.store.savePlan(
          { ...mine.plan, shortTermTargets: mine.plan.shortTermTargets.slice(0, 1) },
          mine.plan,
        );
        const changes = describePlanHistory(await world.store.planHistory(plan.id));
        const edits = changes.filter((change) => change.kind === 'target-edited');
        expect(edits.map((change) => change.paths)).toEqual([
          [['shortTermTargets', 0, 'frequency']],
          [['shortTermTargets', 0, 'strategies']],
        ]);
        expect(edits[0]?.by).toBe(world.userName);
        expect(edits[1]?.by).not.toBe(world.userName);
        expect(edits[1]?.by).not.toBe('');
        expect(changes.filter((change) => change.kind === 'target-withdrawn').map((c) => c.target)).toEqual([
          target(plan, 1).text,
        ]);
        expect(changes.at(-1)).toMatchObject({ kind: 'plan-started', by: world.userName });
      });

      test('an unknown plan has no history: NotFound', async () => {
        await expect(world.store.planHistory(asPlanId('424242'))).rejects.toBeInstanceOf(NotFound);
      });
    });

    describe('dashboards', () => {
      test('the class dashboard lists the register and current plans with their target counts', async () => {
        const plan = await created(3);
        const { plan: saved } = await world.store.savePlan(
          editTarget(plan, 1, { outcome: 'achieved' }),
          plan,
        );
        const dashboard = await world.store.loadClass(world.classTeamId);
        expect(dashboard.pupils.map((p) => p.id).sort()).toEqual(world.pupils.map((p) => p.id).sort());
        const summary = dashboard.plans.find((p) => p.id === plan.id);
        expect(summary).toMatchObject({
          targetCount: 3,
          achievedCount: 1,
          status: 'draft',
          etag: saved.etag,
        });
      });

      test('My pupils finds a plan by any staff address on it, whatever its case', async () => {
        const plan = await created(1, {
          people: {
            ...planFor(world.pupils[0] as Pupil, 1).people,
            teachingAssistants: [{ name: "Grace O'Brien", email: "Grace.O'Brien@oakfield.example" }],
          },
        });
        const found = await world.store.listPlansForStaff([
          "  grace.o'brien@oakfield.example",
          'x@y.example',
        ]);
        expect(found.map((p) => p.id)).toEqual([plan.id]);
        expect(await world.store.listPlansForStaff('nobody@oakfield.example')).toEqual([]);
      });

      test('My pupils carries the meetings booked for those plans only, in the same read', async () => {
        const email = 'booked.mine@oakfield.example';
        const people = planFor(world.pupils[0] as Pupil, 1).people;
        const mine = await created(1, { people: { ...people, classTeacher: { name: 'Nia', email } } });
        const other = await created(2);
        const meeting = {
          status: 'scheduled',
          start: '2027-01-12T15:30:00Z',
          end: '2027-01-12T16:00:00Z',
        } as const;
        const booked = await world.store.saveReview(newReview(mine, meeting));
        await world.store.saveReview(newReview(other, meeting));

        const { plans, booked: meetings } = await world.store.loadMyPupils([email]);

        expect(plans.map((p) => p.id)).toEqual([mine.id]);
        expect(meetings).toEqual([{ planSeriesId: mine.seriesId, start: booked.start }]);
        expect(await world.store.loadMyPupils([])).toEqual({ plans: [], booked: [] });
      });

      test('a review commits the next version: the old one closes, keeps the outcomes and leaves the lists', async () => {
        const email = 'next.version@oakfield.example';
        const plan = await created(2, {
          people: { ...planFor(world.pupils[0] as Pupil, 1).people, classTeacher: { name: 'Nia', email } },
        });
        const review = newReview(plan, {
          status: 'completed',
          targetOutcomes: [{ targetId: target(plan, 0).id, outcome: 'achieved', comment: 'Secure' }],
        });
        const next: Plan = {
          ...plan,
          status: 'active',
          shortTermTargets: [
            { ...target(plan, 1), id: asTargetId('carry-1'), etag: undefined, evidence: [] },
          ],
        };
        const { closed, opened, review: recorded } = await world.store.commitNextVersion(plan, next, review);
        expect([closed.status, opened.version, opened.seriesId, recorded.status]).toEqual([
          'closed',
          2,
          plan.seriesId,
          'completed',
        ]);
        expect((await world.store.listVersions(plan.seriesId)).map((v) => [v.version, v.status])).toEqual([
          [2, 'active'],
          [1, 'closed'],
        ]);
        expect((await world.store.listPlansForStaff(email)).map((p) => p.id)).toEqual([opened.id]);
        const dashboard = await world.store.loadClass(world.classTeamId);
        expect(dashboard.plans.filter((p) => p.seriesId === plan.seriesId).map((p) => p.id)).toEqual([
          opened.id,
        ]);
        const old = await world.store.openPlan(plan.id);
        expect(target(old.plan, 0).outcome).toBe('achieved');
        expect(old.reviews).toEqual([recorded]);
        await expect(
          world.store.savePlan({ ...old.plan, pupilViews: 'late edit' }, old.plan),
        ).rejects.toBeInstanceOf(Invalid);
      });

      test('closing a plan a colleague has just changed is refused, and no version is made', async () => {
        const plan = await created(1);
        await world.colleague.savePlan({ ...plan, monitoring: 'Weekly probes' }, plan);
        const error = await failureOf(
          world.store.commitNextVersion(plan, { ...plan, shortTermTargets: [] }, newReview(plan)),
        );
        expect(error).toBeInstanceOf(EditConflict);
        expect((error as EditConflict<Plan>).theirs?.monitoring).toBe('Weekly probes');
        expect((await world.store.listVersions(plan.seriesId)).map((v) => v.version)).toEqual([1]);
      });
    });

    describe('reviews', () => {
      test('a new review gets an id and eTag; an update gets a new eTag; the plan shows the latest', async () => {
        const plan = await created(1);
        const saved = await world.store.saveReview(newReview(plan));
        expect(saved.etag).toBeDefined();
        const updated = await world.store.saveReview({ ...saved, location: 'Library' });
        expect(updated.etag).not.toBe(saved.etag);
        expect((await world.store.openPlan(plan.id)).reviews).toEqual([updated]);
      });

      test('a review saved from a stale copy is a conflict carrying theirs; theirs stays', async () => {
        const plan = await created(1);
        const saved = await world.store.saveReview(newReview(plan));
        await world.colleague.saveReview({ ...saved, location: 'Library' });
        const error = await failureOf(world.store.saveReview({ ...saved, location: 'Hall' }));
        expect(error).toBeInstanceOf(EditConflict);
        expect((error as EditConflict<Review>).theirs?.location).toBe('Library');
        expect((await world.store.openPlan(plan.id)).reviews.map((r) => r.location)).toEqual(['Library']);
      });

      test('a batch of reviews succeeds or fails one by one', async () => {
        const plan = await created(1);
        const stale = await world.store.saveReview(newReview(plan));
        await world.colleague.saveReview({ ...stale, location: 'Library' });
        const results = await world.store.saveReviews([
          newReview(plan, { id: 'review-good' as never, location: 'Hall' }),
          newReview(plan, { id: 'review-bad' as never, location: 'x'.repeat(300) }),
          { ...stale, location: 'Office' },
        ]);
        expect(results.map((r) => (r.ok ? 'saved' : r.error.code))).toEqual([
          'saved',
          'invalid',
          'edit-conflict',
        ]);
        const locations = (await world.store.openPlan(plan.id)).reviews.map((r) => r.location);
        expect(locations.sort()).toEqual(['Hall', 'Library']);
      });
    });

    describe('deleting a draft', () => {
      test('a draft is deleted with its targets: it no longer opens or appears', async () => {
        const plan = await created(2);
        await world.store.deleteDraft(plan);
        await expect(world.store.openPlan(plan.id)).rejects.toBeInstanceOf(NotFound);
        expect(await world.store.listVersions(plan.seriesId)).toEqual([]);
        const dashboard = await world.store.loadClass(world.classTeamId);
        expect(dashboard.plans.map((p) => p.id)).not.toContain(plan.id);
      });

      test('a plan in use is never deleted', async () => {
        const plan = await created(1);
        const { plan: active } = await world.store.savePlan({ ...plan, status: 'active' }, plan);
        await expect(world.store.deleteDraft(active)).rejects.toBeInstanceOf(Invalid);
        expect((await reopen(plan)).status).toBe('active');
      });

      test('a draft a colleague saved since it was read is not deleted: their version comes back', async () => {
        const plan = await created(1);
        await world.colleague.savePlan({ ...plan, childInput: 'Talked to Chen' }, plan);
        const error = await failureOf(world.store.deleteDraft(plan));
        expect(error).toBeInstanceOf(EditConflict);
        expect((error as EditConflict<Plan>).theirs?.childInput).toBe('Talked to Chen');
        expect((await reopen(plan)).childInput).toBe('Talked to Chen');
      });
    });

    describe('the SEN register', () => {
      // Classes of their own, so moving pupils never changes what the other cases see in `classTeamId`.
      const KESTRELS = asClassTeamId('4a6f1c2e-8b3d-4e5f-9a7b-0c1d2e3f4a5b');
      const OWLS = asClassTeamId('9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e');
      let added = 0;
      const addOne = async (overrides: Partial<NewPupil> = {}): Promise<Pupil> => {
        added += 1;
        const [pupil] = await world.store.addPupils([
          {
            givenName: 'Isla',
            familyName: `MacLeod-${added}`,
            pupilRef: `R-REG-${added}`,
            classTeamId: KESTRELS,
            className: 'Year 3 Kestrels',
            yearGroup: 'Year 3',
            senStatus: 'K',
            primaryNeed: 'SLCN',
            ...overrides,
          },
        ]);
        return pupil as Pupil;
      };
      const withPlan = async (): Promise<{ pupil: Pupil; plan: Plan }> => {
        const pupil = await addOne();
        const plan = await world.store.createPlan({ pupil, plan: planFor(pupil, 1) });
        return { pupil, plan };
      };
      const planIdsIn = async (classTeamId: ClassTeamId): Promise<string[]> =>
        (await world.store.loadClass(classTeamId)).plans.map((plan) => plan.id);

      test('a pupil added to the register starts their history with who added them', async () => {
        const pupil = await addOne();
        expect(pupil.history.map((change) => [change.kind, change.by])).toEqual([['added', world.userName]]);
        expect(pupil.etag).toBeDefined();
        await expect(world.store.findPupil(pupil.id)).resolves.toEqual(pupil);
      });

      test('a pupil moved to another class takes their current plan to the new class dashboard', async () => {
        const { pupil, plan } = await withPlan();
        expect(await planIdsIn(KESTRELS)).toContain(plan.id);

        const moved = await world.store.updatePupil(
          { ...pupil, classTeamId: OWLS, className: 'Year 3 Owls' },
          pupil,
        );

        expect(moved.history.at(-1)).toMatchObject({
          kind: 'moved',
          by: world.userName,
          detail: 'Moved from Year 3 Kestrels to Year 3 Owls',
        });
        expect(await planIdsIn(OWLS)).toContain(plan.id);
        expect(await planIdsIn(KESTRELS)).not.toContain(plan.id);
        const owls = await world.store.loadClass(OWLS);
        expect(owls.pupils.map((p) => p.id)).toContain(pupil.id);
        expect((await world.store.openPlan(plan.id)).plan.pupil.className).toBe('Year 3 Owls');
      });

      test('a pupil marked as left leaves the register; their plan is closed and kept as a record', async () => {
        const { pupil, plan } = await withPlan();
        const noDate = await failureOf(world.store.updatePupil({ ...pupil, registerStatus: 'left' }, pupil));
        expect(noDate).toBeInstanceOf(Invalid);
        expect((noDate as Invalid).issues.map((issue) => issue.path)).toEqual(['leftOn']);

        const left = await world.store.updatePupil(
          { ...pupil, registerStatus: 'left', leftOn: '2026-12-18' },
          pupil,
        );

        expect(left.history.at(-1)).toMatchObject({ kind: 'left', detail: 'Left on 18/12/2026' });
        const register = await world.store.loadRegister();
        expect(register.pupils.map((p) => p.id)).not.toContain(pupil.id);
        expect(register.plans.map((p) => p.id)).not.toContain(plan.id);
        expect(await planIdsIn(KESTRELS)).not.toContain(plan.id);
        expect((await world.store.loadClass(KESTRELS)).pupils.map((p) => p.id)).not.toContain(pupil.id);
        const kept = (await world.store.openPlan(plan.id)).plan;
        expect([kept.status, kept.pupil.className]).toEqual(['closed', 'Year 3 Kestrels']);
        const senco = plan.people.senco?.email ?? '';
        expect((await world.store.listPlansForStaff(senco)).map((line) => line.id)).not.toContain(plan.id);
      });

      test('a pupil off the register is listed as a record, with every version of their plan', async () => {
        const { pupil, plan } = await withPlan();
        const stays = await addOne();
        const left = await world.store.updatePupil(
          { ...pupil, registerStatus: 'left', leftOn: '2026-12-18' },
          pupil,
        );
        const off = await world.colleague.updatePupil({ ...stays, registerStatus: 'no-longer-sen' }, stays);

        const records = await world.store.listOffRegister();

        expect(records.pupils).toEqual(expect.arrayContaining([left, off]));
        expect(records.pupils.every((p) => p.registerStatus !== 'active')).toBe(true);
        expect(records.problems).toEqual([]);
        const plans = await world.store.listPupilPlans(pupil.id);
        expect(plans.map((p) => [p.id, p.status, p.pupil.className])).toEqual([
          [plan.id, 'closed', 'Year 3 Kestrels'],
        ]);
        expect(await world.store.listPupilPlans(stays.id)).toEqual([]);
      });

      test('an edit from a stale copy is refused as a conflict carrying theirs; theirs stays', async () => {
        const pupil = await addOne();
        await world.colleague.updatePupil({ ...pupil, preferredName: 'Izzy' }, pupil);

        const error = await failureOf(world.store.updatePupil({ ...pupil, yearGroup: 'Year 4' }, pupil));

        expect(error).toBeInstanceOf(EditConflict);
        expect((error as EditConflict<Pupil>).theirs?.preferredName).toBe('Izzy');
        const stored = await world.store.findPupil(pupil.id);
        expect([stored.preferredName, stored.yearGroup]).toEqual(['Izzy', 'Year 3']);
      });

      test('an edit the register would not accept is refused, naming the field, and nothing changes', async () => {
        const pupil = await addOne();
        const error = await failureOf(
          world.store.updatePupil({ ...pupil, dateOfBirth: '2018-02-30', familyName: '' }, pupil),
        );
        expect(error).toBeInstanceOf(Invalid);
        expect((error as Invalid).issues.map((issue) => issue.path).sort()).toEqual([
          'dateOfBirth',
          'familyName',
        ]);
        await expect(world.store.findPupil(pupil.id)).resolves.toEqual(pupil);
      });

      test("the pupil's history lists each change, with who made it", async () => {
        const pupil = await addOne();
        const older = await world.store.updatePupil({ ...pupil, yearGroup: 'Year 4' }, pupil);
        const off = await world.colleague.updatePupil({ ...older, registerStatus: 'no-longer-sen' }, older);
        const back = await world.store.updatePupil(
          { ...off, registerStatus: 'active', pupilRef: 'R-NEW', preferredName: 'Izzy' },
          off,
        );

        const history = (await world.store.findPupil(pupil.id)).history;
        expect(history).toEqual(back.history);
        expect(history.map((change) => [change.kind, change.detail])).toEqual([
          ['added', ''],
          ['edited', 'Year group changed to Year 4'],
          ['no-longer-sen', ''],
          ['returned', 'Preferred name and Pupil reference changed'],
        ]);
        expect(history[2]?.by).not.toBe(world.userName);
      });

      test('the whole-school register counts active pupils, current plans and booked reviews', async () => {
        const before = await world.store.loadRegister();
        const { plan } = await withPlan();
        await addOne();
        const leaving = await addOne();
        await world.store.updatePupil({ ...leaving, registerStatus: 'no-longer-sen' }, leaving);
        const booked = await world.store.saveReview(
          newReview(plan, {
            status: 'scheduled',
            start: '2027-01-12T15:30:00Z',
            end: '2027-01-12T16:00:00Z',
          }),
        );
        await world.store.saveReview(newReview(plan, { status: 'planned' }));

        const after = await world.store.loadRegister();

        expect([
          after.pupils.length - before.pupils.length,
          after.plans.length - before.plans.length,
          after.booked.length - before.booked.length,
        ]).toEqual([2, 1, 1]);
        expect(after.booked).toContainEqual({ planSeriesId: plan.seriesId, start: booked.start });
        expect(after.problems).toEqual([]);
        const kestrels = await world.store.loadClass(KESTRELS);
        expect(kestrels.booked).toContainEqual({ planSeriesId: plan.seriesId, start: booked.start });
        expect((await world.store.loadClass(world.classTeamId)).booked).not.toContainEqual(
          expect.objectContaining({ planSeriesId: plan.seriesId }),
        );
      });
    });

    describeRegisterContract(() => world);
  });
