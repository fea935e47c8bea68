import { z } from 'zod';
import {
  GroupPlanIdSchema,
  GroupTargetIdSchema,
  PlacementIdSchema,
  ProvisionIdSchema,
  PupilIdSchema,
} from './ids';
import { isoDate, multiLine, requiredSingleLine, singleLine } from './limits';
import { AreaOfNeedSchema, TargetAreaSchema, TargetOutcomeSchema } from './target';

/**
 * The provision map's records (seeds 000 and 002: provision mapping and group IEPs). A school's
 * catalogue of additional provision, the pupils on each one per term with their entry and exit
 * measures, and a group plan's shared targets. Money is whole pence throughout, so totals add up
 * exactly; pounds appear only on screen and in exports.
 *
 * A term is named by its first day (`SchoolTerm.start`, `YYYY-MM-DD`): the school's own term dates
 * define it, and the same key is stored on every placement and group plan of that term.
 */
export type TermKey = string;

export const StaffRoleSchema = z.enum(['teacher', 'teaching-assistant', 'specialist', 'external']);
export type StaffRole = z.infer<typeof StaffRoleSchema>;
export const STAFF_ROLE_LABELS: Readonly<Record<StaffRole, string>> = {
  teacher: 'Teacher',
  'teaching-assistant': 'Teaching assistant',
  specialist: 'Specialist staff in school (e.g. ELSA, HLTA)',
  external: 'External professional (e.g. speech and language therapist)',
};

export const DeliverySchema = z.enum(['group', 'one-to-one']);
export type Delivery = z.infer<typeof DeliverySchema>;
export const DELIVERY_LABELS: Readonly<Record<Delivery, string>> = {
  group: 'Small group',
  'one-to-one': '1:1',
};

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(min, { error: `${label} must be at least ${min}.` })
    .max(max, { error: `${label} must be at most ${max}.` });

/** Pence, as a whole number: £12.50 is 1250. At most £100,000. */
export const pence = (label: string) => wholeNumber(label, 0, 10_000_000);

/** How progress on a provision is measured at entry and exit: a reading age in months, a score, a rating. */
export const MeasureSchema = z.object({
  name: singleLine('Measure').default(''),
  /** False for a measure where a fall is progress (e.g. minutes to complete a task). */
  higherIsBetter: z.boolean().default(true),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const ProvisionSchema = z.object({
  id: ProvisionIdSchema,
  name: requiredSingleLine('Name'),
  areaOfNeed: AreaOfNeedSchema,
  delivery: DeliverySchema,
  /** Most pupils in one group; 1 for 1:1. More pupils than this in a term make more groups. */
  groupSize: wholeNumber('Group size', 1, 30),
  staffRole: StaffRoleSchema,
  /** Who delivers it, by name, as staff know them; shared between the provision's groups. */
  staffNames: z.array(singleLine('Member of staff')).max(20).default([]),
  /** Adults in each session (usually 1). */
  staffPerSession: wholeNumber('Staff in each session', 1, 5).default(1),
  sessionsPerWeek: wholeNumber('Sessions per week', 1, 10),
  minutesPerSession: wholeNumber('Minutes per session', 5, 300),
  /** Weeks the provision runs in a whole term (a part term counts its share of these). */
  weeksPerTerm: wholeNumber('Weeks per term', 1, 16),
  /** Cost of one hour of one member of staff in `staffRole`. */
  costPerHourPence: pence('Cost per hour'),
  /** Resources for one group for one whole term (books, licences, materials). */
  resourcesCostPence: pence('Resources cost per term').default(0),
  /** What happens in a session: a linked target's "Strategies and provision" comes from here. */
  description: multiLine('What happens in a session').default(''),
  entryExit: MeasureSchema.default({ name: '', higherIsBetter: true }),
  /** No longer offered: kept for past terms' maps, not offered for new placements. */
  retired: z.boolean().default(false),
  etag: z.string().optional(),
});
export type Provision = z.infer<typeof ProvisionSchema>;
export type NewProvision = Omit<z.input<typeof ProvisionSchema>, 'id' | 'etag'>;

const score = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .min(-100_000, { error: `${label} is too small.` })
    .max(100_000, { error: `${label} is too large.` })
    .nullable()
    .default(null);

/** A child's outcome against one of their group plan's shared targets. */
export const GroupOutcomeSchema = z.object({
  outcome: TargetOutcomeSchema.default('open'),
  comment: multiLine('Outcome comment').default(''),
});
export type GroupOutcome = z.infer<typeof GroupOutcomeSchema>;

/** One pupil on one provision for one term (possibly part of it). */
export const PlacementSchema = z.object({
  id: PlacementIdSchema,
  provisionId: ProvisionIdSchema,
  pupilId: PupilIdSchema,
  term: isoDate('Term'),
  /** The first and last day the pupil attends, inside the term. */
  start: isoDate('Start date'),
  end: isoDate('End date'),
  /** Which of the provision's groups the pupil is in this term (1, 2, ...); each 1:1 pupil is their own. */
  group: wholeNumber('Group', 1, 50).default(1),
  entryScore: score('Entry score'),
  exitScore: score('Exit score'),
  /** The child's own outcome for each shared target of their group plan. */
  outcomes: z.record(z.string(), GroupOutcomeSchema).default({}),
  etag: z.string().optional(),
});
export type Placement = z.infer<typeof PlacementSchema>;
export type NewPlacement = Omit<z.input<typeof PlacementSchema>, 'id' | 'etag'>;

/** A target shared by a group: written once, each child's outcome kept on their placement. */
export const GroupTargetSchema = z.object({
  id: GroupTargetIdSchema,
  area: TargetAreaSchema,
  text: requiredSingleLine('Target'),
  successCriteria: multiLine('Success criteria').default(''),
  targetDate: isoDate('Target date').nullable().default(null),
});
export type GroupTarget = z.infer<typeof GroupTargetSchema>;

/** A group IEP: one provision's group in one term, reviewed together. */
export const GroupPlanSchema = z.object({
  id: GroupPlanIdSchema,
  provisionId: ProvisionIdSchema,
  term: isoDate('Term'),
  group: wholeNumber('Group', 1, 50).default(1),
  targets: z.array(GroupTargetSchema).max(10, { error: 'A group plan has at most 10 targets.' }).default([]),
  reviewDate: isoDate('Review date').nullable().default(null),
  etag: z.string().optional(),
});
export type GroupPlan = z.infer<typeof GroupPlanSchema>;
export type NewGroupPlan = Omit<z.input<typeof GroupPlanSchema>, 'id' | 'etag'>;

/** A group target as it shows in one child's plan and documents: the shared words and their own outcome. */
export interface ChildGroupTarget {
  readonly provisionName: string;
  readonly target: GroupTarget;
  readonly outcome: GroupOutcome;
}
