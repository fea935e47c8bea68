import { z } from 'zod';
import { EvidenceIdSchema, LongTermTargetIdSchema, TargetIdSchema } from './ids';
import { isoDate, multiLine, requiredSingleLine, singleLine } from './limits';

/** England's four broad areas of need (SEND Code of Practice 6.28). */
export const AreaOfNeedSchema = z.enum([
  'communication-and-interaction',
  'cognition-and-learning',
  'social-emotional-mental-health',
  'sensory-and-physical',
]);
export type AreaOfNeed = z.infer<typeof AreaOfNeedSchema>;

export const AREA_OF_NEED_LABELS: Readonly<Record<AreaOfNeed, string>> = {
  'communication-and-interaction': 'Communication and interaction',
  'cognition-and-learning': 'Cognition and learning',
  'social-emotional-mental-health': 'Social, emotional and mental health',
  'sensory-and-physical': 'Sensory and/or physical',
};

/** The curriculum or developmental area a target works on. */
export const TargetAreaSchema = z.enum([
  'communication',
  'literacy',
  'mathematics',
  'behaviour',
  'social-skills',
  'emotional-wellbeing',
  'attention-and-organisation',
  'motor-skills',
  'independence',
  'self-care',
  'sensory',
  'other',
]);
export type TargetArea = z.infer<typeof TargetAreaSchema>;

export const TARGET_AREA_LABELS: Readonly<Record<TargetArea, string>> = {
  communication: 'Communication',
  literacy: 'Literacy',
  mathematics: 'Mathematics',
  behaviour: 'Behaviour',
  'social-skills': 'Social skills',
  'emotional-wellbeing': 'Emotional wellbeing',
  'attention-and-organisation': 'Attention and organisation',
  'motor-skills': 'Motor skills',
  independence: 'Independence',
  'self-care': 'Self-care',
  sensory: 'Sensory',
  other: 'Other',
};

/** Scotland's wellbeing indicators (GIRFEC), noted against long-term targets. */
export const ShanarriSchema = z.enum([
  'safe',
  'healthy',
  'achieving',
  'nurtured',
  'active',
  'respected',
  'responsible',
  'included',
]);
export type Shanarri = z.infer<typeof ShanarriSchema>;

/**
 * Where a target stands. `open` while it is being worked on; the rest are the review outcomes the
 * seeds use. `continued` targets are carried into the next version of the plan.
 */
export const TargetOutcomeSchema = z.enum([
  'open',
  'achieved',
  'partly-achieved',
  'not-achieved',
  'continued',
  'discontinued',
]);
export type TargetOutcome = z.infer<typeof TargetOutcomeSchema>;

export const TARGET_OUTCOME_LABELS: Readonly<Record<TargetOutcome, string>> = {
  open: 'In progress',
  achieved: 'Achieved',
  'partly-achieved': 'Partly achieved',
  'not-achieved': 'Not achieved',
  continued: 'Continued',
  discontinued: 'Discontinued',
};

/** A dated observation of progress against a short-term target. Rating 1 (not yet) to 5 (secure). */
export const EvidenceSchema = z.object({
  id: EvidenceIdSchema,
  date: isoDate('Evidence date'),
  rating: z
    .number({ error: 'Rating must be a number from 1 to 5.' })
    .int()
    .min(1, { error: 'Rating must be from 1 to 5.' })
    .max(5, { error: 'Rating must be from 1 to 5.' }),
  note: multiLine('Evidence note').default(''),
  recordedBy: singleLine('Recorded by').default(''),
  etag: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EVIDENCE_RATING_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = {
  1: 'Not yet',
  2: 'Emerging',
  3: 'Developing',
  4: 'Mostly',
  5: 'Secure',
};

/** Usually over one school session (a year); broken down into short-term targets. */
export const LongTermTargetSchema = z.object({
  id: LongTermTargetIdSchema,
  area: TargetAreaSchema,
  text: requiredSingleLine('Long-term target'),
  wellbeing: z.array(ShanarriSchema).default([]),
});
export type LongTermTarget = z.infer<typeof LongTermTargetSchema>;

/** A SMART short-term target, attained in 6-8 weeks or one term. */
export const ShortTermTargetSchema = z.object({
  id: TargetIdSchema,
  longTermTargetId: LongTermTargetIdSchema.nullable().default(null),
  area: TargetAreaSchema,
  /** Written so the child can understand it: "By the end of term Sam will ...". */
  text: requiredSingleLine('Target'),
  successCriteria: multiLine('Success criteria').default(''),
  strategies: multiLine('Strategies and provision').default(''),
  deliveredBy: singleLine('Who delivers it').default(''),
  frequency: singleLine('How often and for how long').default(''),
  targetDate: isoDate('Target date').nullable().default(null),
  outcome: TargetOutcomeSchema.default('open'),
  outcomeComment: multiLine('Outcome comment').default(''),
  evidence: z.array(EvidenceSchema).default([]),
  /**
   * In a later version of the plan, the target of the previous version this one carries on (a new item
   * with a new id), so comparing versions pairs them up; absent for a target first set in this version.
   * A plain string: it names an item of another version, never one this plan can be edited through.
   */
  continuesTargetId: z.string().min(1).max(255).optional(),
  /**
   * The school provision that delivers this target (the provision map): its description, staff and
   * sessions stand for "Strategies and provision" and "Who/how often". Absent when typed by hand.
   */
  provisionId: z.string().min(1).max(255).optional(),
  /** The SharePoint item's eTag when read from the store; absent for a target not yet saved. */
  etag: z.string().optional(),
});
export type ShortTermTarget = z.infer<typeof ShortTermTargetSchema>;

/**
 * A saved target taken out of the plan. It is never deleted: the item stays, with its evidence, as a
 * record of what was tried, shown in the plan's history and kept in a subject access export.
 */
export const WithdrawnTargetSchema = ShortTermTargetSchema.extend({
  /** `YYYY-MM-DD`; empty only for one marked withdrawn by hand in SharePoint without a date. */
  withdrawnOn: z.union([isoDate('Withdrawn on'), z.literal('')]),
});
export type WithdrawnTarget = z.infer<typeof WithdrawnTargetSchema>;
