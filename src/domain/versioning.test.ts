import { fixedClock } from './clock';
import { Invalid } from './errors';
import { PlanSchema, type Plan, type PlanInput } from './plan';
import { ReviewSchema, type Review } from './review';
import { defaultEnglishTerms } from './termDates';
import { validatePlan } from './validation';
import { assertEditable, startNextVersion, type NextVersionDeps } from './versioning';

const evidence = { id: 'e-1', date: '2025-11-10', rating: 3, note: 'Read 14 of 20 words.' };

const planInput: PlanInput = {
  id: 'plan-1',
  seriesId: 'series-1',
  version: 2,
  status: 'active',
  pupil: { pupilId: 'p-1', name: "Aoife O'Brien", classTeamId: 'team-3b', className: '3B' },
  stage: 'sen-support',
  profile: { strengths: 'Loves drawing', likes: 'Dinosaurs' },
  needs: { summary: 'Specific literacy difficulties', areas: ['cognition-and-learning'] },
  people: { senco: { name: 'Mrs Patel', email: 'senco@school.example' } },
  longTermTargets: [
    { id: 'ltt-1', area: 'literacy', text: 'Aoife will read simple books aloud.', wellbeing: ['achieving'] },
  ],
  shortTermTargets: [
    {
      id: 't-1',
      longTermTargetId: 'ltt-1',
      area: 'literacy',
      text: 'By the end of term Aoife will read 20 high-frequency words on 4 out of 5 occasions',
      strategies: 'Precision teaching',
      deliveredBy: 'Teaching assistant',
      targetDate: '2025-12-19',
      evidence: [evidence],
      etag: '"{A1},3"',
    },
    { id: 't-2', area: 'literacy', text: 'By the end of term Aoife will write her name independently' },
    {
      id: 't-3',
      area: 'motor-skills',
      text: 'By the end of term Aoife will cut along a straight line',
      outcome: 'open',
    },
  ],
  pupilViews: 'I like the word games.',
  startDate: '2025-09-08',
  nextReviewDate: '2025-12-05',
  updatedBy: 'Mrs Patel',
  updatedAt: '2025-11-10T15:00:00Z',
  etag: '"{P1},9"',
};

const plan = (overrides: Partial<PlanInput> = {}): Plan => PlanSchema.parse({ ...planInput, ...overrides });

const review = (overrides: Record<string, unknown> = {}): Review =>
  ReviewSchema.parse({
    id: 'r-1',
    seriesId: 'series-1',
    planId: 'plan-1',
    type: 'termly',
    status: 'completed',
    completedOn: '2025-12-05',
    pupilComments: 'I can read more words now.',
    parentComments: 'She reads to us at bedtime.',
    targetOutcomes: [
      { targetId: 't-1', outcome: 'continued', comment: 'Secure on 14 of 20 words; keep going.' },
      { targetId: 't-2', outcome: 'achieved' },
    ],
    ...overrides,
  });

const deps = (): NextVersionDeps => {
  let n = 0;
  return {
    clock: fixedClock('2025-12-05T16:00:00Z'),
    terms: defaultEnglishTerms(2025),
    newIds: () => `new-${(n += 1)}`,
  };
};

const caught = (fn: () => unknown): Invalid => {
  try {
    fn();
  } catch (error) {
    if (error instanceof Invalid) return error;
    throw error;
  }
  throw new Error('expected Invalid');
};

describe('startNextVersion: the closing version', () => {
  it('is closed with the review outcomes and comments on its targets', () => {
    const { closing } = startNextVersion(plan(), review(), deps());
    expect(closing.status).toBe('closed');
    expect(closing.id).toBe('plan-1');
    expect(closing.version).toBe(2);
    expect(closing.shortTermTargets.map((t) => [t.id, t.outcome, t.outcomeComment])).toEqual([
      ['t-1', 'continued', 'Secure on 14 of 20 words; keep going.'],
      ['t-2', 'achieved', ''],
      ['t-3', 'open', ''],
    ]);
    // Evidence stays with the version it was gathered for.
    expect(closing.shortTermTargets[0]?.evidence).toEqual([{ ...evidence, recordedBy: '' }]);
    expect(closing.etag).toBe('"{P1},9"');
  });

  it('leaves the plan it was given untouched', () => {
    const original = plan();
    const snapshot = structuredClone(original);
    startNextVersion(original, review(), deps());
    expect(original).toEqual(snapshot);
  });
});

describe('startNextVersion: the next version', () => {
  it('is the next active version of the same series, with a new id', () => {
    const { next } = startNextVersion(plan(), review(), deps());
    expect(next).toMatchObject({ id: 'new-1', seriesId: 'series-1', version: 3, status: 'active' });
    expect(next.etag).toBeUndefined();
    expect(next.updatedAt).toBeNull();
  });

  it('links a target continued twice to the version just before, not the first one', () => {
    const { next } = startNextVersion(plan(), review(), deps());
    const third = startNextVersion(
      next,
      review({
        planId: next.id,
        targetOutcomes: [{ targetId: next.shortTermTargets[0]?.id, outcome: 'continued' }],
      }),
      deps(),
    );
    expect(third.next.shortTermTargets[0]?.continuesTargetId).toBe(next.shortTermTargets[0]?.id);
  });

  it('carries forward only continued targets, as new open targets without evidence', () => {
    const { next } = startNextVersion(plan(), review(), deps());
    expect(next.shortTermTargets).toHaveLength(1);
    const carried = next.shortTermTargets[0];
    expect(carried).toMatchObject({
      id: 'new-2',
      longTermTargetId: 'ltt-1',
      text: 'By the end of term Aoife will read 20 high-frequency words on 4 out of 5 occasions',
      strategies: 'Precision teaching',
      outcome: 'open',
      outcomeComment: '',
      evidence: [],
    });
    expect(carried?.etag).toBeUndefined();
    // The new item names the target it carries on, so comparing the versions pairs the two.
    expect(carried?.continuesTargetId).toBe('t-1');
    // Reviewed on 05/12/2025, two weeks before Christmas: the new targets are for the spring term.
    expect(carried?.targetDate).toBe('2026-03-27');
  });

  it('keeps the long-term targets, pupil, profile, needs, people and stage', () => {
    const original = plan();
    const { next } = startNextVersion(original, review(), deps());
    expect(next.longTermTargets).toEqual(original.longTermTargets);
    expect(next.pupil).toEqual(original.pupil);
    expect(next.profile).toEqual(original.profile);
    expect(next.needs).toEqual(original.needs);
    expect(next.people).toEqual(original.people);
    expect(next.stage).toBe('sen-support');
  });

  it('starts on the day the review was completed, with the next termly review date', () => {
    const { next } = startNextVersion(plan(), review(), deps());
    expect(next.startDate).toBe('2025-12-05');
    expect(next.nextReviewDate).toBe('2026-03-13');
  });

  it('carries the plan’s one record of views forward: the child’s My views and the parents’ views', () => {
    const myViews = {
      answers: { like: 'I want to read to my class.' },
      feeling: 4 as const,
      helpedBy: 'Mrs Patel',
    };
    const kept = plan({ myViews, parentViews: 'She reads at bedtime.' });
    const { next } = startNextVersion(kept, review({ pupilComments: '', parentComments: '' }), deps());
    expect([next.myViews, next.parentViews, next.pupilViews]).toEqual([
      kept.myViews,
      'She reads at bedtime.',
      'I like the word games.',
    ]);
  });

  it("an older review's typed comments still become the new pupil's and parents' views", () => {
    const { next } = startNextVersion(plan(), review(), deps());
    expect(next.pupilViews).toBe('I can read more words now.');
    expect(next.parentViews).toBe('She reads to us at bedtime.');
  });

  it('is a separate copy: editing it cannot change the closed version', () => {
    const { closing, next } = startNextVersion(plan(), review(), deps());
    next.needs.areas.push('sensory-and-physical');
    next.longTermTargets[0]?.wellbeing.push('included');
    expect(closing.needs.areas).toEqual(['cognition-and-learning']);
    expect(closing.longTermTargets[0]?.wellbeing).toEqual(['achieving']);
  });

  it('is a valid plan', () => {
    const { closing, next } = startNextVersion(plan(), review(), deps());
    expect(validatePlan(next)).toEqual({ ok: true, plan: next });
    expect(validatePlan(closing).ok).toBe(true);
  });

  it('leaves the carried target undated when the term dates do not reach', () => {
    const { next } = startNextVersion(plan(), review(), { ...deps(), terms: [] });
    expect(next.shortTermTargets[0]?.targetDate).toBeNull();
    expect(next.nextReviewDate).toBe('2026-03-06');
  });
});

describe('startNextVersion refuses', () => {
  it('a closed plan', () => {
    const error = caught(() => startNextVersion(plan({ status: 'closed' }), review(), deps()));
    expect(error.issues[0]?.path).toBe('status');
  });

  it('a review of a different version', () => {
    const error = caught(() => startNextVersion(plan(), review({ planId: 'plan-0' }), deps()));
    expect(error.issues).toEqual([
      { path: 'planId', message: 'This review is for a different version of the plan; open that version.' },
    ]);
  });

  it('a review with no completion date', () => {
    const error = caught(() => startNextVersion(plan(), review({ completedOn: null }), deps()));
    expect(error.issues[0]).toEqual({
      path: 'completedOn',
      message: 'Enter the date the review was completed before starting the next version.',
    });
  });

  it('an outcome for a target that is not in the plan', () => {
    const outcomes = [{ targetId: 't-9', outcome: 'achieved' }];
    const error = caught(() => startNextVersion(plan(), review({ targetOutcomes: outcomes }), deps()));
    expect(error.issues[0]?.path).toBe('targetOutcomes.0.targetId');
  });
});

describe('assertEditable', () => {
  it('lets draft and active plans be edited', () => {
    expect(() => assertEditable(plan({ status: 'draft' }))).not.toThrow();
    expect(() => assertEditable(plan({ status: 'active' }))).not.toThrow();
  });

  it('throws Invalid for a closed version, saying what to do', () => {
    const error = caught(() => assertEditable(plan({ status: 'closed' })));
    expect(error.code).toBe('invalid');
    expect(error.item).toEqual({ kind: 'plan', id: 'plan-1' });
    expect(error.message).toBe(
      'Version 2 of this plan is closed and cannot be changed. Open the current version to make changes.',
    );
  });
});
