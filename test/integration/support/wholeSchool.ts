/**
 * A whole school's register for the scale test and the bench, put straight into the stand-in's lists
 * (`seedListItems`): thousands of HTTP creates would only measure the network. The rows are what the
 * store writes, from the product's own mappers, so the store reads them like any other item.
 */
import { internalsOf } from '../../../dev/standin/internals';
import type { StandIn } from '../../../dev/standin/server';
import {
  asClassTeamId,
  asPlanId,
  asPlanSeriesId,
  asPupilId,
  type Plan,
  type PlanStatus,
  type Pupil,
} from '../../../src/domain';
import type { IepListIds } from '../../../src/graph/sharepoint/lists';
import { planToFields } from '../../../src/graph/sharepoint/plans/planMapper';
import { pupilToFields } from '../../../src/graph/sharepoint/pupils/pupilMapper';
import { reviewToFields } from '../../../src/graph/sharepoint/reviews/reviewMapper';
import { buildPlan, buildReview, shortTermTarget } from '../../support/planBuilder';

export interface WholeSchoolTarget {
  readonly standIn: StandIn;
  readonly siteId: string;
  readonly listIds: IepListIds;
}

export interface WholeSchoolSize {
  /** Pupils on the active register, each with one current plan. */
  readonly activePupils: number;
  /** Closed versions kept for each pupil: the plan list's history over the years. */
  readonly closedVersionsPerPupil: number;
}

export interface WholeSchoolCounts {
  readonly activePupils: number;
  readonly currentPlans: number;
  readonly booked: number;
  /** Every item in IEP Plans, closed versions included. */
  readonly planItems: number;
}

const CLASS_SIZE = 30;
const PUPILS_PER_CHUNK = 100;
/** One pupil in twenty has left the school: still in the lists, only closed versions, off the register. */
const LEFT_EVERY = 20;
/** One pupil in ten has a review booked; as many again have one already held. */
const BOOKED_EVERY = 10;

/** Class team ids shaped as Microsoft 365 gives them (GUIDs), as the register's range query expects. */
const classTeamIdOf = (classNumber: number): string =>
  `${(0xc1a55000 + classNumber).toString(16)}-0000-4000-8000-${String(classNumber).padStart(12, '0')}`;

const BASE_PLAN: Plan = buildPlan({
  shortTermTargets: [1, 2, 3].map((n) => shortTermTarget(n)),
  updatedBy: 'Ms Priya Shah',
  updatedAt: '2026-11-02T09:00:00.000Z',
});

const pupilAt = (n: number, left: boolean): Omit<Pupil, 'id'> => {
  const classNumber = Math.floor(n / CLASS_SIZE);
  return {
    givenName: ['Zoë', 'Oliver', 'Amelia', 'Mohammed', 'Isla', 'Kacper', 'Ffion'][n % 7] as string,
    familyName: `Pupil-${n}`,
    preferredName: '',
    pupilRef: `SCALE${String(n).padStart(6, '0')}`,
    classTeamId: asClassTeamId(classTeamIdOf(classNumber)),
    className: `Class ${classNumber}`,
    yearGroup: `Year ${1 + (classNumber % 6)}`,
    dateOfBirth: '',
    senStatus: n % 10 === 0 ? 'E' : 'K',
    primaryNeed: 'SLCN',
    registerStatus: left ? 'left' : 'active',
    leftOn: left ? '2026-07-22' : '',
    history: [],
  };
};

const planOf = (pupil: Pupil, version: number, status: PlanStatus): Plan => ({
  ...BASE_PLAN,
  id: asPlanId('new'),
  seriesId: asPlanSeriesId(`scale-series-${pupil.id}`),
  version,
  status,
  pupil: {
    pupilId: pupil.id,
    name: `${pupil.givenName} ${pupil.familyName}`,
    classTeamId: pupil.classTeamId,
    className: pupil.className,
    yearGroup: pupil.yearGroup,
    pupilRef: pupil.pupilRef,
  },
});

/** Seeds the school; returns what the whole-school register should read back. */
export const seedWholeSchool = (target: WholeSchoolTarget, size: WholeSchoolSize): WholeSchoolCounts => {
  const internals = internalsOf(target.standIn);
  const seed = (listId: string, rows: readonly Record<string, unknown>[]): string[] =>
    internals.seedListItems(target.siteId, listId, rows, 'senco@oakfield.example');
  const leavers = Math.floor(size.activePupils / LEFT_EVERY);
  const entries = Array.from({ length: size.activePupils + leavers }, (_, n) =>
    pupilAt(n, n >= size.activePupils),
  );
  const ids = seed(target.listIds.pupils, entries.map(pupilToFields));
  const pupils = entries.map((entry, i) => ({ ...entry, id: asPupilId(ids[i] as string) }));

  // Written in chunks (one fsync each) so 50,000 plan rows are never held at once.
  const versions = size.closedVersionsPerPupil + 1;
  const current: Plan[] = [];
  let planItems = 0;
  for (let from = 0; from < pupils.length; from += PUPILS_PER_CHUNK) {
    const plans = pupils
      .slice(from, from + PUPILS_PER_CHUNK)
      .flatMap((pupil) =>
        Array.from({ length: versions }, (_, v) =>
          planOf(pupil, v + 1, v + 1 === versions && pupil.registerStatus === 'active' ? 'active' : 'closed'),
        ),
      );
    const planIds = seed(target.listIds.plans, plans.map(planToFields));
    planItems += plans.length;
    plans.forEach((plan, i) => {
      if (plan.status === 'active') current.push({ ...plan, id: asPlanId(planIds[i] as string) });
    });
  }

  const reviewed = current.filter((_, i) => i % BOOKED_EVERY === 0);
  seed(
    target.listIds.reviews,
    reviewed.flatMap((plan) => [
      reviewToFields(
        buildReview(plan, { status: 'scheduled', start: '2027-01-12T15:30:00Z', completedOn: null }),
      ),
      reviewToFields(buildReview(plan, { status: 'completed' })),
    ]),
  );
  return {
    activePupils: size.activePupils,
    currentPlans: current.length,
    booked: reviewed.length,
    planItems,
  };
};
