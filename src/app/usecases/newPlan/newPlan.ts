import {
  asPlanId,
  asPlanSeriesId,
  PlanSchema,
  pupilDisplayName,
  terminologyFor,
  type Clock,
  type NewPlanRequest,
  type Plan,
  type PlanPeople,
  type Pupil,
  type SchoolSettings,
} from '../../../domain';
import { todayIn } from '../../../domain/dates';
import { nextReviewDate } from '../../../domain/reviewSchedule';

/** Stands in for the ids the store gives a plan on its first save; never sent to SharePoint. */
export const UNSAVED_PLAN_ID = asPlanId('unsaved');

/**
 * The smallest valid plan a SENCO or teacher can start from the dashboard: a draft at the first stage
 * the school's nation offers, starting today, with the next termly review already worked out. It lives
 * only in the editor until the first save. Built through PlanSchema so every default the schema knows
 * is applied.
 */
export const unsavedPlan = (
  pupil: Pupil,
  settings: SchoolSettings,
  clock: Clock,
  people: PlanPeople,
): Plan => {
  const today = todayIn(clock, settings.timeZone);
  return PlanSchema.parse({
    id: UNSAVED_PLAN_ID,
    seriesId: asPlanSeriesId('unsaved'),
    version: 1,
    status: 'draft',
    nation: settings.nation,
    pupil: {
      pupilId: pupil.id,
      name: pupilDisplayName(pupil),
      classTeamId: pupil.classTeamId,
      className: pupil.className,
      yearGroup: pupil.yearGroup,
      pupilRef: pupil.pupilRef,
    },
    stage: terminologyFor(settings.nation).stages[0] ?? 'sen-support',
    startDate: today,
    nextReviewDate: nextReviewDate(today, settings.terms, clock, settings.timeZone),
    people,
  });
};

/** What the store's createPlan takes: the plan as edited, without what the store assigns. */
export const newPlanRequest = (pupil: Pupil, plan: Plan): NewPlanRequest => {
  const {
    id: _id,
    seriesId: _seriesId,
    version: _version,
    status: _status,
    etag: _etag,
    updatedAt: _at,
    updatedBy: _by,
    ...rest
  } = plan;
  return { pupil, plan: rest };
};
