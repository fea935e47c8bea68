import {
  asPlanId,
  asPlanSeriesId,
  PlanSchema,
  pupilDisplayName,
  terminologyFor,
  type Clock,
  type NewPlanRequest,
  type Pupil,
  type SchoolSettings,
} from '../../domain';
import { todayIn } from '../../domain/dates';
import { nextReviewDate } from '../../domain/reviewSchedule';

/**
 * The smallest valid plan a SENCO or teacher can start from the dashboard: a draft at the first stage
 * the school's nation offers, starting today, with the next termly review already worked out. The
 * rest is filled in in the editor. Built through PlanSchema so every default the schema knows is applied.
 */
export const newPlanRequest = (pupil: Pupil, settings: SchoolSettings, clock: Clock): NewPlanRequest => {
  const today = todayIn(clock, settings.timeZone);
  const stage = terminologyFor(settings.nation).stages[0] ?? 'sen-support';
  // id, seriesId, version and status belong to the store; placeholders let the schema check the rest.
  const parsed = PlanSchema.parse({
    id: asPlanId('new'),
    seriesId: asPlanSeriesId('new'),
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
    stage,
    startDate: today,
    nextReviewDate: nextReviewDate(today, settings.terms, clock, settings.timeZone),
  });
  const {
    id: _id,
    seriesId: _seriesId,
    version: _version,
    status: _status,
    etag: _etag,
    updatedAt: _at,
    updatedBy: _by,
    ...plan
  } = parsed;
  return { pupil, plan };
};
