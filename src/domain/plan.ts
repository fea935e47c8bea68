import { z } from 'zod';
import { ClassTeamIdSchema, PlanIdSchema, PlanSeriesIdSchema, PupilIdSchema } from './ids';
import { isoDate, isoDateTime, multiLine, requiredSingleLine, singleLine } from './limits';
import { MyViewsSchema } from './myViews';
import { PlanPeopleSchema } from './people';
import {
  AreaOfNeedSchema,
  LongTermTargetSchema,
  ShortTermTargetSchema,
  WithdrawnTargetSchema,
} from './target';
import { NationSchema, StageSchema } from './terminology';

/**
 * `draft` until first agreed, `active` while in use, `closed` once a review has produced the next
 * version. Closed versions are evidence (tribunals ask for the last 3-4) and are read-only.
 */
export const PlanStatusSchema = z.enum(['draft', 'active', 'closed']);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

/** The pupil as the plan records them (copied so old versions keep the name and class of their time). */
export const PlanPupilSchema = z.object({
  pupilId: PupilIdSchema,
  name: requiredSingleLine('Pupil name'),
  classTeamId: ClassTeamIdSchema,
  className: requiredSingleLine('Class'),
  yearGroup: singleLine('Year group').default(''),
  pupilRef: singleLine('Pupil reference').default(''),
});
export type PlanPupil = z.infer<typeof PlanPupilSchema>;

/** A one-page profile / communication passport. */
export const PupilProfileSchema = z.object({
  strengths: multiLine('Strengths').default(''),
  likes: multiLine('Likes').default(''),
  dislikes: multiLine('Dislikes').default(''),
  anxieties: multiLine('Anxieties').default(''),
  communication: multiLine('Communication notes').default(''),
});
export type PupilProfile = z.infer<typeof PupilProfileSchema>;

export const NeedsSchema = z.object({
  summary: multiLine('Description of needs').default(''),
  areas: z.array(AreaOfNeedSchema).default([]),
  /** e.g. "fine motor delay", "speech and language delay", "visual needs". */
  identifiedAreas: z.array(singleLine('Identified area')).default([]),
  assessment: multiLine('Assessment information').default(''),
});
export type Needs = z.infer<typeof NeedsSchema>;

export const HomeSupportSchema = z.object({
  activities: multiLine('Help from home').default(''),
  frequency: singleLine('How often (home)').default(''),
  duration: singleLine('How long (home)').default(''),
});
export type HomeSupport = z.infer<typeof HomeSupportSchema>;

export const PlanSchema = z.object({
  id: PlanIdSchema,
  seriesId: PlanSeriesIdSchema,
  version: z.number().int().min(1),
  status: PlanStatusSchema,
  nation: NationSchema.default('england'),
  pupil: PlanPupilSchema,
  stage: StageSchema,
  profile: PupilProfileSchema.default(PupilProfileSchema.parse({})),
  needs: NeedsSchema.default(NeedsSchema.parse({})),
  longTermTargets: z.array(LongTermTargetSchema).default([]),
  shortTermTargets: z.array(ShortTermTargetSchema).default([]),
  /**
   * Saved targets withdrawn from this version, oldest first; absent when there are none. Not part of
   * the plan being worked on (counts, documents and the editor's targets leave them out): kept as records.
   */
  withdrawnTargets: z.array(WithdrawnTargetSchema).optional(),
  homeSupport: HomeSupportSchema.default(HomeSupportSchema.parse({})),
  childInput: multiLine('Expected input from the child').default(''),
  otherSupport: multiLine('Other support').default(''),
  monitoring: multiLine('Monitoring and assessment arrangements').default(''),
  /** How the school and family will know the extra help is no longer needed (the seeds' exit criteria). */
  noLongerNeeded: multiLine('How we will know the help is no longer needed').default(''),
  reviewArrangements: multiLine('Review arrangements').default(''),
  pupilViews: multiLine("Pupil's views").default(''),
  /**
   * The one record of the parents' and carers' views: the editor, the My views page and the review
   * record all show and change this field, and every document prints it once.
   */
  parentViews: multiLine("Parents' and carers' views").default(''),
  /** The child's own answers on the My views page; empty on plans written before it. */
  myViews: MyViewsSchema.default(MyViewsSchema.parse({})),
  people: PlanPeopleSchema.default(PlanPeopleSchema.parse({})),
  startDate: isoDate('Start date'),
  nextReviewDate: isoDate('Next review date').nullable().default(null),
  updatedBy: singleLine('Last updated by').default(''),
  updatedAt: isoDateTime('Last updated').nullable().default(null),
  /** The plan item's eTag when read from the store. */
  etag: z.string().optional(),
});
export type Plan = z.infer<typeof PlanSchema>;
/** What a caller builds; defaults are filled in by `PlanSchema.parse`. */
export type PlanInput = z.input<typeof PlanSchema>;

/** A pupil's plan versions, the newest first; series in a fixed order when versions tie. */
export const newestVersionFirst = (
  a: Pick<PlanSummary, 'version' | 'seriesId'>,
  b: Pick<PlanSummary, 'version' | 'seriesId'>,
): number => b.version - a.version || a.seriesId.localeCompare(b.seriesId);

export const isReadOnly = (plan: Pick<Plan, 'status'>): boolean => plan.status === 'closed';

/** The line a dashboard shows for one plan, kept on the plan item so a class loads in one request. */
export const PlanSummarySchema = z.object({
  id: PlanIdSchema,
  seriesId: PlanSeriesIdSchema,
  version: z.number().int().min(1),
  status: PlanStatusSchema,
  pupil: PlanPupilSchema,
  stage: StageSchema,
  targetCount: z.number().int().min(0),
  achievedCount: z.number().int().min(0),
  nextReviewDate: isoDate('Next review date').nullable(),
  updatedBy: singleLine('Last updated by'),
  updatedAt: isoDateTime('Last updated').nullable(),
  etag: z.string().optional(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const summarisePlan = (plan: Plan): PlanSummary => ({
  id: plan.id,
  seriesId: plan.seriesId,
  version: plan.version,
  status: plan.status,
  pupil: plan.pupil,
  stage: plan.stage,
  targetCount: plan.shortTermTargets.length,
  achievedCount: plan.shortTermTargets.filter((t) => t.outcome === 'achieved').length,
  nextReviewDate: plan.nextReviewDate,
  updatedBy: plan.updatedBy,
  updatedAt: plan.updatedAt,
  ...(plan.etag === undefined ? {} : { etag: plan.etag }),
});
