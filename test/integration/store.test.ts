import {
  asClassTeamId,
  asPlanId,
  asPupilId,
  asTargetId,
  defaultEnglishTerms,
  EditConflict,
  fixedClock,
  Invalid,
  NotFound,
  type Plan,
  type Pupil,
  type ShortTermTarget,
  startNextVersion,
} from '../../src/domain';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { internalsOf } from '../../dev/standin/internals';
import { buildReview, shortTermTarget } from '../support/planBuilder';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_4, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let senco: SharePointIepStore;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  senco = bed.storeFor(SENCO);
  pupils = await senco.addPupils(registerEntries(YEAR_4, 'Year 4 Otters', 5));
});
afterAll(() => bed.close());

const pupil = (index: number): Pupil => pupils[index] as Pupil;
const target = (plan: Plan, index: number): ShortTermTarget =>
  plan.shortTermTargets[index] as ShortTermTarget;
const editTarget = (plan: Plan, index: number, change: Partial<ShortTermTarget>): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t, i) => (i === index ? { ...t, ...change } : t)),
});

describe('the SharePoint IEP store against the local Graph stand-in', () => {
  test('creates a plan as a draft version 1 and reads back exactly what was saved', async () => {
    const created = await senco.createPlan({ pupil: pupil(0), plan: planFor(pupil(0), 3) });
    expect([created.version, created.status, created.updatedBy]).toEqual([1, 'draft', 'Priya Shah']);
    expect(created.shortTermTargets.every((t) => /^\d+$/.test(t.id) && t.etag !== undefined)).toBe(true);
    const opened = await senco.openPlan(created.id);
    expect(opened.problems).toEqual([]);
    expect(opened.plan).toEqual(created);
  });

  test("finds a pupil by id, and says which one when it isn't there", async () => {
    await expect(senco.findPupil(pupil(0).id)).resolves.toEqual(pupil(0));
    await expect(senco.findPupil(asPupilId('9999'))).rejects.toEqual(
      new NotFound({ kind: 'pupil', id: '9999' }),
    );
    await expect(senco.openPlan(asPlanId('9999'))).rejects.toBeInstanceOf(NotFound);
  });

  test('updates, adds and deletes targets and evidence; what the save returns is what a reload shows', async () => {
    const created = await senco.createPlan({ pupil: pupil(1), plan: planFor(pupil(1), 3) });
    const { plan } = await senco.openPlan(created.id);
    const added = {
      ...shortTermTarget(7),
      id: asTargetId('draft-7'),
      evidence: [
        {
          id: 'draft-e1' as never,
          date: '2026-02-09',
          rating: 2,
          note: 'First try',
          recordedBy: 'Tom Bennett',
        },
      ],
    };
    const edited: Plan = {
      ...editTarget(plan, 0, {
        outcome: 'achieved',
        evidence: [
          {
            id: 'draft-e0' as never,
            date: '2026-02-10',
            rating: 5,
            note: 'Read all 10 words',
            recordedBy: 'Tom Bennett',
          },
        ],
      }),
      parentViews: "Mum says she's reading at bedtime.",
    };
    edited.shortTermTargets = [
      target(edited, 0),
      target(edited, 2),
      {
        ...added,
        outcome: 'open',
        longTermTargetId: null,
        outcomeComment: '',
        etag: undefined,
      } as ShortTermTarget,
    ];

    const result = await senco.savePlan(edited, plan);
    expect(result.conflicts).toEqual([]);
    expect(result.failures).toEqual([]);
    const reloaded = await senco.openPlan(plan.id);
    expect(reloaded.plan).toEqual(result.plan);
    expect(reloaded.plan.shortTermTargets.map((t) => t.text)).toEqual([
      target(plan, 0).text,
      target(plan, 2).text,
      added.text,
    ]);
    expect(reloaded.plan.shortTermTargets[2]?.evidence.map((e) => e.note)).toEqual(['First try']);
    expect(reloaded.plan.parentViews).toBe("Mum says she's reading at bedtime.");

    const [summary] = (await senco.loadClass(asClassTeamId(YEAR_4))).plans.filter((p) => p.id === plan.id);
    expect([summary?.targetCount, summary?.achievedCount]).toEqual([3, 1]);
  });

  test('two writers: the second gets an EditConflict with the server’s version, nothing is overwritten', async () => {
    const created = await senco.createPlan({ pupil: pupil(2), plan: planFor(pupil(2), 2) });
    const teacher = bed.storeFor(TEACHER);
    const mine = (await senco.openPlan(created.id)).plan;
    const theirs = (await teacher.openPlan(created.id)).plan;

    const first = await teacher.savePlan(
      editTarget(theirs, 0, { strategies: 'Emma: precision teaching daily' }),
      theirs,
    );
    expect(first.conflicts).toEqual([]);

    const second = await senco.savePlan(
      editTarget(editTarget(mine, 0, { strategies: 'Priya: weekly check-in' }), 1, {
        frequency: 'Daily, 5 minutes',
      }),
      mine,
    );
    expect(second.conflicts).toHaveLength(1);
    const conflict = second.conflicts[0] as EditConflict<ShortTermTarget>;
    expect(conflict).toBeInstanceOf(EditConflict);
    expect(conflict.item).toEqual({ kind: 'target', id: target(mine, 0).id });
    expect(conflict.theirs?.strategies).toBe('Emma: precision teaching daily');
    expect(conflict.theirEtag).toBe(target(first.plan, 0).etag);
    // The user's own version is kept, with the eTag it was read with, so they can compare and choose.
    expect(target(second.plan, 0)).toMatchObject({
      strategies: 'Priya: weekly check-in',
      etag: target(mine, 0).etag,
    });

    const server = (await senco.openPlan(created.id)).plan;
    expect(target(server, 0).strategies).toBe('Emma: precision teaching daily');
    // The other target had no rival edit: it saved.
    expect(target(server, 1).frequency).toBe('Daily, 5 minutes');
  });

  test('a plan-level conflict returns the whole current plan as "theirs"', async () => {
    const created = await senco.createPlan({ pupil: pupil(3), plan: planFor(pupil(3), 1) });
    await bed.storeFor(TEACHER).savePlan({ ...created, pupilViews: 'I like maths now.' }, created);
    const stale = await senco.savePlan({ ...created, pupilViews: 'I want to read on my own.' }, created);
    const conflict = stale.conflicts[0] as EditConflict<Plan>;
    expect(conflict.item).toEqual({ kind: 'plan', id: created.id });
    expect(conflict.theirs?.pupilViews).toBe('I like maths now.');
    expect((await senco.openPlan(created.id)).plan.pupilViews).toBe('I like maths now.');
  });

  test('editing a target someone else deleted is a conflict with nothing on their side', async () => {
    const created = await senco.createPlan({ pupil: pupil(3), plan: planFor(pupil(3), 2) });
    await bed.storeFor(TEACHER).savePlan({ ...created, shortTermTargets: [target(created, 1)] }, created);
    const result = await senco.savePlan(
      editTarget(created, 0, { text: 'By Easter Isla will count to 50.' }),
      created,
    );
    expect(result.conflicts.map((c) => [c.item, c.theirs])).toEqual([
      [{ kind: 'target', id: target(created, 0).id }, null],
    ]);
  });

  test('an invalid edit is refused before anything is sent, naming the field', async () => {
    const created = await senco.createPlan({ pupil: pupil(4), plan: planFor(pupil(4), 1) });
    const before = bed.standIn.stats().httpRequests;
    const error = await senco
      .savePlan(editTarget(created, 0, { text: 'x'.repeat(300) }), created)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).issues[0]?.path).toBe('shortTermTargets.0.text');
    expect(bed.standIn.stats().httpRequests).toBe(before);
  });

  test('My pupils: a plan is found by any staff email on it, apostrophes included, and leaves when closed', async () => {
    const email = "grace.o'brien@oakfield.example";
    const plan = planFor(pupil(4), 2);
    const created = await senco.createPlan({
      pupil: pupil(4),
      plan: {
        ...plan,
        people: {
          ...plan.people,
          teachingAssistants: [{ name: "Grace O'Brien", email: "Grace.O'Brien@oakfield.example" }],
        },
      },
    });
    const mine = await bed.storeFor(TEACHER).listPlansForStaff(email);
    expect(mine.map((p) => p.id)).toEqual([created.id]);

    const review = {
      ...buildReview(created, {
        targetOutcomes: [{ targetId: target(created, 0).id, outcome: 'achieved', comment: 'Secure' }],
      }),
      etag: undefined,
    };
    const next: Plan = {
      ...created,
      status: 'active',
      shortTermTargets: [
        {
          ...target(created, 1),
          id: asTargetId('carry-1'),
          etag: undefined,
          outcome: 'continued',
          evidence: [],
        },
      ],
    };
    const { closed, opened, review: saved } = await senco.commitNextVersion(created, next, review);
    expect([closed.status, opened.version, opened.seriesId, saved.status]).toEqual([
      'closed',
      2,
      created.seriesId,
      'completed',
    ]);
    expect((await bed.storeFor(TEACHER).listPlansForStaff(email)).map((p) => p.id)).toEqual([opened.id]);

    const versions = await senco.listVersions(created.seriesId);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'active'],
      [1, 'closed'],
    ]);
    const old = await senco.openPlan(created.id);
    expect(target(old.plan, 0).outcome).toBe('achieved');
    expect(old.reviews.map((r) => [r.id, r.status, r.completedOn])).toEqual([
      [saved.id, 'completed', '2026-03-24'],
    ]);
    const dashboard = await senco.loadClass(asClassTeamId(YEAR_4));
    expect(dashboard.plans.filter((p) => p.seriesId === created.seriesId).map((p) => p.version)).toEqual([2]);
    await expect(senco.savePlan({ ...old.plan, pupilViews: 'late edit' }, old.plan)).rejects.toBeInstanceOf(
      Invalid,
    );
  });

  test("the domain's next version (as the review page builds it) is committed: version 2 carries the continued target", async () => {
    const created = await senco.createPlan({ pupil: pupil(2), plan: planFor(pupil(2), 2) });
    const review = {
      ...buildReview(created, {
        targetOutcomes: [
          { targetId: target(created, 0).id, outcome: 'achieved', comment: '' },
          { targetId: target(created, 1).id, outcome: 'continued', comment: '' },
        ],
      }),
      etag: undefined,
    };
    let n = 0;
    const { closing, next } = startNextVersion(created, review, {
      clock: fixedClock('2026-03-24T16:00:00Z'),
      terms: defaultEnglishTerms(2025),
      newIds: () => `next-${(n += 1)}`,
    });
    const { closed, opened } = await senco.commitNextVersion(closing, next, review);
    expect([closed.status, opened.version, opened.status]).toEqual(['closed', 2, 'active']);
    expect(opened.shortTermTargets.map((t) => [t.text, t.outcome])).toEqual([
      [target(created, 1).text, 'open'],
    ]);
    // Stored with the link to the target it continues, so comparing the versions pairs them.
    const reread = await senco.openPlan(opened.id);
    expect(reread.plan.shortTermTargets.map((t) => t.continuesTargetId)).toEqual([target(created, 1).id]);
  });

  test('closing a plan someone has just changed is refused and no new version is made', async () => {
    const created = await senco.createPlan({ pupil: pupil(0), plan: planFor(pupil(0), 1) });
    await bed.storeFor(TEACHER).savePlan({ ...created, monitoring: 'Weekly probes' }, created);
    const review = { ...buildReview(created), etag: undefined };
    const error = await senco
      .commitNextVersion(created, { ...created, shortTermTargets: [] }, review)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditConflict);
    expect((error as EditConflict<Plan>).theirs?.monitoring).toBe('Weekly probes');
    expect((await senco.listVersions(created.seriesId)).map((v) => v.version)).toEqual([1]);
  });

  test('reviews are created, updated, and guarded against a second writer', async () => {
    const created = await senco.createPlan({ pupil: pupil(1), plan: planFor(pupil(1), 1) });
    const draft = { ...buildReview(created, { status: 'planned', completedOn: null }), etag: undefined };
    const saved = await senco.saveReview(draft);
    expect(saved.etag).toBeDefined();
    const updated = await senco.saveReview({
      ...saved,
      location: 'Library',
      eventId: 'AAMkAGI2',
      iCalUId: '040000008200E00074C5',
    });
    expect(updated.etag).not.toBe(saved.etag);
    const conflict = await bed
      .storeFor(TEACHER)
      .saveReview({ ...saved, location: 'Hall' })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(EditConflict);
    expect((conflict as EditConflict<typeof saved>).theirs?.location).toBe('Library');
    expect((await senco.openPlan(created.id)).reviews).toEqual([updated]);
  });

  test('a malformed item in a list is reported by id and column; the rest of the class still loads', async () => {
    const [badId] = internalsOf(bed.standIn).seedListItems(
      bed.siteId,
      'IEP Pupils',
      [{ Title: 'Broken', GivenName: 'Broken', ClassTeamId: YEAR_4, ClassName: 'Year 4 Otters' }],
      SENCO.email,
    );
    const dashboard = await senco.loadClass(asClassTeamId(YEAR_4));
    expect(dashboard.pupils.map((p) => p.id).sort()).toEqual(pupils.map((p) => p.id).sort());
    expect(dashboard.problems).toContainEqual({
      item: { kind: 'pupil', id: badId },
      field: 'FamilyName',
      message: 'Last name is required.',
    });
  });
});
