/**
 * Pupils, current plans and booked meetings for the register's tests, built through the domain
 * schemas so each one is something the store could really return. Invented people only.
 */
import {
  asPlanSeriesId,
  PlanSummarySchema,
  PupilSchema,
  type PlanSummary,
  type Pupil,
} from '../../../../domain';
import type { BookedReview } from '../../../../domain/ports';

type PupilInput = Partial<Parameters<typeof PupilSchema.parse>[0] & object>;

export const registerPupil = (id: string, overrides: PupilInput = {}): Pupil =>
  PupilSchema.parse({
    id,
    givenName: 'Sam',
    familyName: 'Okafor',
    classTeamId: 'team-4b',
    className: '4B',
    yearGroup: 'Year 4',
    dateOfBirth: '2016-05-14',
    pupilRef: `A8${id.padStart(11, '0')}`.slice(0, 13),
    senStatus: 'K',
    primaryNeed: 'SPLD',
    ...overrides,
  });

/** The current plan of `pupil`, due for review on `nextReviewDate`. */
export const currentPlan = (
  pupil: Pupil,
  nextReviewDate: string | null,
  overrides: Partial<Parameters<typeof PlanSummarySchema.parse>[0] & object> = {},
): PlanSummary =>
  PlanSummarySchema.parse({
    id: `plan-${pupil.id}`,
    seriesId: `series-${pupil.id}`,
    version: 1,
    status: 'active',
    pupil: {
      pupilId: pupil.id,
      name: `${pupil.givenName} ${pupil.familyName}`,
      classTeamId: pupil.classTeamId,
      className: pupil.className,
      yearGroup: pupil.yearGroup,
      pupilRef: pupil.pupilRef,
    },
    stage: 'sen-support',
    targetCount: 3,
    achievedCount: 1,
    nextReviewDate,
    updatedBy: 'Ms Rahman',
    updatedAt: '2026-10-01T10:00:00Z',
    ...overrides,
  });

export const meetingFor = (plan: PlanSummary, start: string): BookedReview => ({
  planSeriesId: asPlanSeriesId(plan.seriesId),
  start,
});
