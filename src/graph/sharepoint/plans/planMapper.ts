import { z } from 'zod';
import { ClassTeamIdSchema, PlanSeriesIdSchema, PupilIdSchema } from '../../../domain/ids';
import { isoDate, isoDateTime, multiLine, requiredSingleLine, singleLine } from '../../../domain/limits';
import { MyViewsSchema } from '../../../domain/myViews';
import { PlanPeopleSchema } from '../../../domain/people';
import {
  HomeSupportSchema,
  NeedsSchema,
  PlanSchema,
  PlanStatusSchema,
  PlanSummarySchema,
  PupilProfileSchema,
  type Plan,
  type PlanSummary,
} from '../../../domain/plan';
import { LongTermTargetSchema, type ShortTermTarget, type WithdrawnTarget } from '../../../domain/target';
import { NationSchema, StageSchema } from '../../../domain/terminology';
import { STAFF_KEY_COLUMNS } from '../schema';
import {
  decodeItem,
  etagOf,
  finish,
  jsonColumn,
  jsonNote,
  nullableColumn,
  numberColumn,
  textColumn,
  titleOf,
  lastModifiedOf,
  type FieldValues,
  type RawListItem,
  type ItemDecode,
} from '../shared/listItem';

const SummaryFieldsSchema = z.object({
  PlanSeriesId: textColumn(PlanSeriesIdSchema),
  PlanVersion: numberColumn(z.number().int().min(1)),
  PlanStatus: textColumn(PlanStatusSchema),
  PupilId: textColumn(PupilIdSchema),
  PupilName: textColumn(requiredSingleLine('Pupil name')),
  ClassTeamId: textColumn(ClassTeamIdSchema),
  ClassName: textColumn(requiredSingleLine('Class')),
  YearGroup: textColumn(singleLine('Year group')),
  PupilRef: textColumn(singleLine('Pupil reference')),
  PlanStage: textColumn(StageSchema),
  TargetCount: numberColumn(z.number().int().min(0)).default(0),
  AchievedCount: numberColumn(z.number().int().min(0)).default(0),
  NextReviewDate: nullableColumn(isoDate('Next review date')),
  UpdatedBy: textColumn(singleLine('Last updated by')),
  UpdatedAt: nullableColumn(isoDateTime('Last updated')),
});

const PlanFieldsSchema = SummaryFieldsSchema.extend({
  Nation: z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? 'england' : value),
    NationSchema,
  ),
  StartDate: textColumn(isoDate('Start date')),
  ProfileJson: jsonColumn(PupilProfileSchema, {}),
  NeedsJson: jsonColumn(NeedsSchema, {}),
  LongTermTargetsJson: jsonColumn(z.array(LongTermTargetSchema), []),
  HomeSupportJson: jsonColumn(HomeSupportSchema, {}),
  PeopleJson: jsonColumn(PlanPeopleSchema, {}),
  ChildInput: textColumn(multiLine('Expected input from the child')),
  OtherSupport: textColumn(multiLine('Other support')),
  Monitoring: textColumn(multiLine('Monitoring and assessment arrangements')),
  ReviewArrangements: textColumn(multiLine('Review arrangements')),
  PupilViews: textColumn(multiLine("Pupil's views")),
  ParentViews: textColumn(multiLine("Parents' and carers' views")),
  // Schema 8; empty on plans written before it, read as no views yet.
  MyViewsJson: jsonColumn(MyViewsSchema, {}),
  // Schema 9; absent on plans written before it, read as not yet decided.
  NoLongerNeeded: textColumn(multiLine('How we will know the help is no longer needed')),
});

/**
 * Columns that may fall back to their empty value when unreadable: a damaged profile should not
 * lock a SENCO out of the plan, but the problem is still reported so someone can put it right.
 */
const SOFT_PLAN_COLUMNS: ReadonlySet<string> = new Set([
  'ProfileJson',
  'NeedsJson',
  'LongTermTargetsJson',
  'HomeSupportJson',
  'PeopleJson',
  'ChildInput',
  'OtherSupport',
  'Monitoring',
  'ReviewArrangements',
  'PupilViews',
  'ParentViews',
  'MyViewsJson',
  'NoLongerNeeded',
]);

type SummaryFields = z.output<typeof SummaryFieldsSchema>;

/**
 * "Last updated by" is SharePoint's record of who last wrote the plan item (`lastModifiedBy`), not the
 * UpdatedBy column the app also writes: a column is whatever a client sent, so a forged name would pass
 * for someone else's. The time stays the app's UpdatedAt: a save's answer (PATCH of `fields`) does not
 * carry SharePoint's `lastModifiedDateTime`, and what a save returns must be what a reload shows.
 */
const summaryCandidate = (f: SummaryFields, item: RawListItem) => ({
  seriesId: f.PlanSeriesId,
  version: f.PlanVersion,
  status: f.PlanStatus,
  pupil: {
    pupilId: f.PupilId,
    name: f.PupilName,
    classTeamId: f.ClassTeamId,
    className: f.ClassName,
    yearGroup: f.YearGroup,
    pupilRef: f.PupilRef,
  },
  stage: f.PlanStage,
  nextReviewDate: f.NextReviewDate,
  updatedBy: lastModifiedOf(item).by,
  updatedAt: f.UpdatedAt,
});

const withEtag = (etag: string | undefined) => (etag === undefined ? {} : { etag });

/** The dashboard line, read from the summary columns alone (no targets needed). */
export const planSummaryFromItem = (raw: unknown): ItemDecode<PlanSummary> =>
  finish('plan', decodeItem('plan', raw, SummaryFieldsSchema), PlanSummarySchema, (f, item) => ({
    id: item.id,
    ...summaryCandidate(f, item),
    targetCount: f.TargetCount,
    achievedCount: f.AchievedCount,
    ...withEtag(etagOf(item)),
  }));

/**
 * A whole plan version: the plan item plus its targets (already read, evidence joined) and the
 * targets withdrawn from it (present only when there are some).
 */
export const planFromItem = (
  raw: unknown,
  targets: readonly ShortTermTarget[],
  withdrawn: readonly WithdrawnTarget[] = [],
): ItemDecode<Plan> =>
  finish('plan', decodeItem('plan', raw, PlanFieldsSchema, SOFT_PLAN_COLUMNS), PlanSchema, (f, item) => ({
    id: item.id,
    ...summaryCandidate(f, item),
    nation: f.Nation,
    profile: f.ProfileJson,
    needs: f.NeedsJson,
    longTermTargets: f.LongTermTargetsJson,
    shortTermTargets: targets,
    ...(withdrawn.length > 0 ? { withdrawnTargets: withdrawn } : {}),
    homeSupport: f.HomeSupportJson,
    childInput: f.ChildInput,
    otherSupport: f.OtherSupport,
    monitoring: f.Monitoring,
    noLongerNeeded: f.NoLongerNeeded,
    reviewArrangements: f.ReviewArrangements,
    pupilViews: f.PupilViews,
    parentViews: f.ParentViews,
    myViews: f.MyViewsJson,
    people: f.PeopleJson,
    startDate: f.StartDate,
    ...withEtag(etagOf(item)),
  }));

/**
 * Staff a current plan can be found by in "My pupils": SENCO, class teacher, teaching assistants,
 * then professionals with an email, lower-cased and without repeats, at most one per StaffKey column.
 */
export const staffKeysOf = (plan: Pick<Plan, 'people'>): string[] => {
  const { senco, classTeacher, teachingAssistants, professionals } = plan.people;
  const emails = [senco, classTeacher, ...teachingAssistants, ...professionals]
    .map((person) => person?.email.trim().toLowerCase() ?? '')
    .filter((email) => email !== '');
  return [...new Set(emails)].slice(0, STAFF_KEY_COLUMNS.length);
};

/**
 * The columns that record the pupil on a plan version: as they were when it was written, and the class
 * it is listed under while it is current. A pupil's edit writes these to their current versions.
 */
export const planPupilFields = (plan: Pick<Plan, 'pupil' | 'version' | 'status'>): FieldValues => ({
  Title: titleOf(`${plan.pupil.name} (version ${plan.version})`),
  PupilId: plan.pupil.pupilId,
  PupilName: plan.pupil.name,
  ClassTeamId: plan.pupil.classTeamId,
  CurrentClassTeamId: plan.status === 'closed' ? '' : plan.pupil.classTeamId,
  ClassName: plan.pupil.className,
  YearGroup: plan.pupil.yearGroup,
  PupilRef: plan.pupil.pupilRef,
});

/** A closed version's "current" keys: empty, so it leaves class, register and staff queries. */
export const CLOSED_VERSION_KEYS: FieldValues = {
  CurrentClassTeamId: '',
  ...Object.fromEntries(STAFF_KEY_COLUMNS.map((column) => [column, ''])),
};

/** Every column of a plan item. Closed versions drop their "current" keys so they leave class and staff queries. */
export const planToFields = (plan: Plan): FieldValues => {
  const current = plan.status !== 'closed';
  const staff = staffKeysOf(plan);
  const staffColumns = current
    ? Object.fromEntries(STAFF_KEY_COLUMNS.map((column, index) => [column, staff[index] ?? '']))
    : {};
  return {
    ...planPupilFields(plan),
    PlanSeriesId: plan.seriesId,
    PlanVersion: plan.version,
    PlanStatus: plan.status,
    Nation: plan.nation,
    ...(current ? {} : CLOSED_VERSION_KEYS),
    PlanStage: plan.stage,
    TargetCount: plan.shortTermTargets.length,
    AchievedCount: plan.shortTermTargets.filter((target) => target.outcome === 'achieved').length,
    StartDate: plan.startDate,
    NextReviewDate: plan.nextReviewDate ?? '',
    UpdatedBy: plan.updatedBy,
    UpdatedAt: plan.updatedAt ?? '',
    ...staffColumns,
    ProfileJson: jsonNote(plan.profile, 'profile', 'The pupil profile'),
    NeedsJson: jsonNote(plan.needs, 'needs', 'Needs'),
    LongTermTargetsJson: jsonNote(plan.longTermTargets, 'longTermTargets', 'Long-term targets'),
    HomeSupportJson: jsonNote(plan.homeSupport, 'homeSupport', 'Help from home'),
    PeopleJson: jsonNote(plan.people, 'people', 'People involved'),
    ChildInput: plan.childInput,
    OtherSupport: plan.otherSupport,
    Monitoring: plan.monitoring,
    NoLongerNeeded: plan.noLongerNeeded,
    ReviewArrangements: plan.reviewArrangements,
    PupilViews: plan.pupilViews,
    ParentViews: plan.parentViews,
    MyViewsJson: jsonNote(plan.myViews, 'myViews', 'My views'),
  };
};

/** The columns a dashboard line needs: class and staff queries fetch only these. */
export const PLAN_SUMMARY_COLUMNS: readonly string[] = Object.keys(SummaryFieldsSchema.shape);
