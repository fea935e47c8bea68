/**
 * Realistic plans and reviews for tests, built through the domain schemas (`PlanSchema.parse`,
 * `ReviewSchema.parse`) so every builder result is a plan the app could really hold.
 */
import {
  PlanSchema,
  ReviewSchema,
  TargetAreaSchema,
  type Plan,
  type PlanInput,
  type Review,
  type TargetArea,
} from '../../src/domain';

type ShortTermInput = NonNullable<PlanInput['shortTermTargets']>[number];
type LongTermInput = NonNullable<PlanInput['longTermTargets']>[number];
type ReviewInput = Parameters<typeof ReviewSchema.parse>[0] & object;

const AREAS: readonly TargetArea[] = TargetAreaSchema.options;

/** The nth short-term target (1-based), with every column filled in and a distinctive text. */
export const shortTermTarget = (n: number, overrides: Partial<ShortTermInput> = {}): ShortTermInput => ({
  id: `target-${n}`,
  area: AREAS[(n - 1) % AREAS.length] ?? 'other',
  text: `Target ${n}: by the end of term Sam will read ${n * 10} common exception words.`,
  successCriteria: `Reads ${n * 10} words correctly on three separate days.`,
  strategies: `Precision teaching, 10 minutes; word cards for step ${n}.`,
  deliveredBy: 'Mrs Patel (TA)',
  frequency: '3 x 10 minutes a week',
  targetDate: `2026-0${1 + (n % 7)}-1${n % 10}`,
  outcome: 'open',
  ...overrides,
});

const LONG_TERM_TEXTS = [
  'Sam will become a confident, independent reader.',
  'Sam will make and keep friendships in class.',
  'Sam will manage changes in the school day calmly.',
];

export const longTermTarget = (n: number, overrides: Partial<LongTermInput> = {}): LongTermInput => ({
  id: `ltt-${n}`,
  area: AREAS[(n - 1) % AREAS.length] ?? 'other',
  text: LONG_TERM_TEXTS[(n - 1) % LONG_TERM_TEXTS.length] ?? 'Sam will make progress.',
  wellbeing: ['achieving', 'included'],
  ...overrides,
});

/** A complete, active plan for Sam Taylor in Year 4; override anything. */
export const buildPlan = (overrides: Partial<PlanInput> = {}): Plan =>
  PlanSchema.parse({
    id: 'plan-1',
    seriesId: 'series-1',
    version: 2,
    status: 'active',
    nation: 'england',
    pupil: {
      pupilId: 'pupil-1',
      name: 'Sam Taylor',
      classTeamId: 'class-4b',
      className: '4B',
      yearGroup: 'Year 4',
      pupilRef: 'P-0042',
    },
    stage: 'sen-support',
    profile: {
      strengths: 'Kind, funny, brilliant at Lego and drawing.',
      likes: 'Dinosaurs, football, being a helper.',
      dislikes: 'Loud noises in the hall.',
      anxieties: 'Changes to the timetable.',
      communication: 'Give one instruction at a time and show me a picture.',
    },
    needs: {
      summary: 'Difficulties with phonics and working memory.',
      areas: ['cognition-and-learning', 'communication-and-interaction'],
      identifiedAreas: ['Speech and language delay'],
      assessment: 'Reading age 6y 2m (October).',
    },
    longTermTargets: [longTermTarget(1)],
    shortTermTargets: [shortTermTarget(1)],
    homeSupport: { activities: 'Read together for 10 minutes.', frequency: 'Daily', duration: '10 minutes' },
    childInput: 'Bring my reading book every day.',
    otherSupport: 'Speech and language therapy programme.',
    monitoring: 'Weekly precision teaching probes.',
    noLongerNeeded: 'Reads at the level expected for Year 4 for two terms running.',
    reviewArrangements: 'Termly review with parents.',
    pupilViews: 'I want to read Dinosaur books on my own.',
    parentViews: 'We would like more reading books sent home.',
    people: {
      senco: { name: 'Ms Jones', email: 'jones@school.example' },
      classTeacher: { name: 'Mr Brown', email: 'brown@school.example' },
      teachingAssistants: [{ name: 'Mrs Patel', email: '' }],
      parentsCarers: [{ name: 'Alex Taylor', email: 'alex@example.org', relationship: 'Mother' }],
      professionals: [
        { name: 'Dr Rees', role: 'Speech and language therapist', organisation: 'NHS', email: '' },
      ],
    },
    startDate: '2025-09-08',
    nextReviewDate: '2026-03-24',
    ...overrides,
  });

/** A plan with `count` numbered short-term targets, all linked to the first long-term target. */
export const planWithTargets = (count: number, overrides: Partial<PlanInput> = {}): Plan =>
  buildPlan({
    shortTermTargets: Array.from({ length: count }, (_, i) =>
      shortTermTarget(i + 1, { longTermTargetId: 'ltt-1' }),
    ),
    ...overrides,
  });

/** A completed termly review of `plan`. */
export const buildReview = (plan: Plan, overrides: Partial<ReviewInput> = {}): Review =>
  ReviewSchema.parse({
    id: 'review-1',
    seriesId: plan.seriesId,
    planId: plan.id,
    type: 'termly',
    format: 'in-person',
    status: 'completed',
    start: '2026-03-24T15:30:00Z',
    end: '2026-03-24T16:15:00Z',
    location: 'SENCO office',
    invitees: [
      { name: 'Alex Taylor', role: 'parent-carer', attended: true },
      { name: 'Ms Jones', role: 'senco', internal: true, attended: true },
      { name: 'Dr Rees', role: 'professional', attended: false },
    ],
    agenda: { progress: 'Good progress in phonics.', futureAction: 'New targets for summer term.' },
    pupilComments: 'I like reading now.',
    parentComments: 'Thank you for the support.',
    targetOutcomes: plan.shortTermTargets.map((t, i) => ({
      targetId: t.id,
      outcome: i % 2 === 0 ? 'achieved' : 'partly-achieved',
      comment: `Outcome note ${i + 1}`,
    })),
    invitationsSentOn: '2026-03-03',
    minutesSentOn: '2026-03-27',
    completedOn: '2026-03-24',
    ...overrides,
  });
