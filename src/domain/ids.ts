import { z } from 'zod';

/**
 * Branded ids: a plan id cannot be passed where a target id is expected, even though both are
 * SharePoint list item ids (strings of digits) underneath.
 */
const idString = z.string().min(1, { error: 'An id cannot be empty.' }).max(255);

export const PlanIdSchema = idString.brand<'PlanId'>();
export type PlanId = z.infer<typeof PlanIdSchema>;

/** Stable across versions of one pupil's plan: version 2 and version 1 share it. */
export const PlanSeriesIdSchema = idString.brand<'PlanSeriesId'>();
export type PlanSeriesId = z.infer<typeof PlanSeriesIdSchema>;

export const PupilIdSchema = idString.brand<'PupilId'>();
export type PupilId = z.infer<typeof PupilIdSchema>;

export const TargetIdSchema = idString.brand<'TargetId'>();
export type TargetId = z.infer<typeof TargetIdSchema>;

export const LongTermTargetIdSchema = idString.brand<'LongTermTargetId'>();
export type LongTermTargetId = z.infer<typeof LongTermTargetIdSchema>;

export const EvidenceIdSchema = idString.brand<'EvidenceId'>();
export type EvidenceId = z.infer<typeof EvidenceIdSchema>;

export const ReviewIdSchema = idString.brand<'ReviewId'>();
export type ReviewId = z.infer<typeof ReviewIdSchema>;

/** The Microsoft 365 group id of a class team (Teams context `team.groupId`). */
export const ClassTeamIdSchema = idString.brand<'ClassTeamId'>();
export type ClassTeamId = z.infer<typeof ClassTeamIdSchema>;

export const asPlanId = (value: string): PlanId => PlanIdSchema.parse(value);
export const asPlanSeriesId = (value: string): PlanSeriesId => PlanSeriesIdSchema.parse(value);
export const asPupilId = (value: string): PupilId => PupilIdSchema.parse(value);
export const asTargetId = (value: string): TargetId => TargetIdSchema.parse(value);
export const asLongTermTargetId = (value: string): LongTermTargetId => LongTermTargetIdSchema.parse(value);
export const asEvidenceId = (value: string): EvidenceId => EvidenceIdSchema.parse(value);
export const asReviewId = (value: string): ReviewId => ReviewIdSchema.parse(value);
export const asClassTeamId = (value: string): ClassTeamId => ClassTeamIdSchema.parse(value);

/** A provision in the school's catalogue (an intervention or kind of support). */
export const ProvisionIdSchema = idString.brand<'ProvisionId'>();
export type ProvisionId = z.infer<typeof ProvisionIdSchema>;
/** One pupil on one provision for one term. */
export const PlacementIdSchema = idString.brand<'PlacementId'>();
export type PlacementId = z.infer<typeof PlacementIdSchema>;
export const GroupPlanIdSchema = idString.brand<'GroupPlanId'>();
export type GroupPlanId = z.infer<typeof GroupPlanIdSchema>;
export const GroupTargetIdSchema = idString.brand<'GroupTargetId'>();
export type GroupTargetId = z.infer<typeof GroupTargetIdSchema>;
export const asProvisionId = (value: string): ProvisionId => ProvisionIdSchema.parse(value);
export const asPlacementId = (value: string): PlacementId => PlacementIdSchema.parse(value);
export const asGroupPlanId = (value: string): GroupPlanId => GroupPlanIdSchema.parse(value);
export const asGroupTargetId = (value: string): GroupTargetId => GroupTargetIdSchema.parse(value);
